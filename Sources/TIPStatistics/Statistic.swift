/// Statistics: every figure in an edition, with what it counts.
import TIPModel

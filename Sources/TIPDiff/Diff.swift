/// Diffing two editions.
import TIPModel

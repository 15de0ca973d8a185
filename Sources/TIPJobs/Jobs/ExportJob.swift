import TIPDataset
import TIPModel
import TIPReportsFolder

/// `export` as one call: the outputs checked before anything is read, the archive written as a dataset, and
/// the panel CSV written through the shared output plan.
public struct ExportJob: Sendable {
    public var export: DatasetExport

    public init(export: DatasetExport) { self.export = export }

    /// Exports the archive to `database` (and the panel to `panel`), with the notes under `annotations`
    /// (named by the user when `explicit`).
    public func run(database: String, panel: String?, annotations: [String], explicit: Bool) throws -> DatasetExport.Result {
        let inputs = explicit ? annotations : []
        try OutputPlan.check([database] + (panel.map { [$0] } ?? []), inputs: inputs)
        let result = try export.run(database: database, annotations: annotations, explicit: explicit)
        if let panel {
            try OutputPlan.write(
                [OutputPlan.File(path: panel, bytes: Array(PanelCSV.render(result.panel).utf8), named: true)], inputs: inputs)
        }
        return result
    }
}

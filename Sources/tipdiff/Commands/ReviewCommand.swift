import ArgumentParser
import Foundation
import Hummingbird
import Logging
import TIPJobs
import TIPReportsFolder
import TIPReview

/// `tipdiff review`: the change report in the browser, where reviewers select text and leave notes.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Serve the change report on 127.0.0.1 for reviewers to add, edit and resolve notes in the browser.")

    @Argument(help: "The older and newer edition (or year folder); default: the two newest years in Reports/.")
    var editions: [String] = []

    @Option(name: .customLong("annotations"), help: "The notes file to add to (one country); default: the country's file in Annotations/.")
    var annotations: String?

    @Option(help: "The port on 127.0.0.1.")
    var port = 8765

    @OptionGroup var tables: DataOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a port") }
    }

    func run() async throws {
        let pair = try EditionPair.from(editions)
        try LoopbackPort.checkFree(port)
        let folder = try ReportsFolder(data: tables.data)
        let job = ReviewJob(
            report: ReportJob(folder: folder, tool: "tipdiff \(Tipdiff.version)", warn: { Output.warn($0.description) }))
        let plan: ReviewJob.Plan
        do { plan = try job.run(editions: pair, notesFile: annotations) } catch ReviewJob.Failure.oneNotesFileForSeveralCountries {
            throw ValidationError("--annotations names one file: give it for a comparison of one country")
        }
        let session = ReviewSession(
            comparison: plan.result.report.comparison, tool: "tipdiff \(Tipdiff.version)", files: plan.files, targets: plan.targets,
            token: ReviewSession.newToken(), countryKey: folder.countryKey)
        try await serve(session, plan: plan)
    }

    /// Runs the server on 127.0.0.1 until it is stopped, saying where to open it once it listens.
    private func serve(_ session: ReviewSession, plan: ReviewJob.Plan) async throws {
        let hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)"]
        let server = ReviewServer(session: session, hosts: hosts, tokenHelp: "open the address tipdiff review printed")
        let address = "http://127.0.0.1:\(port)/?token=\(session.token)"
        let countries = plan.result.report.comparison.countries.count
        let destinations = Set(plan.targets.values).sorted().joined(separator: ", ")
        // The server's own log only when something goes wrong; requests are not logged.
        var logger = Logger(label: "tipdiff-review")
        logger.logLevel = .warning
        if case .failure(let problem) = ReviewServer.raiseDescriptorLimit() {
            Output.warn("tipdiff review: warning: \(problem); many idle connections may keep the page from loading")
        }
        let app = server.application(
            port: port, logger: logger,
            onServerRunning: { _ in
                Output.write(
                    "reviewing \(plan.result.old) → \(plan.result.new): \(countries) \(countries == 1 ? "country" : "countries"); notes go to \(destinations)\nopen \(address)\n(Ctrl-C stops the server)"
                )
            })
        try await app.runService()
    }
}

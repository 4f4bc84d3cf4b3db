import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// The `xaso` subcommands of the reporting calendar: the console acts as the system admin.
enum SubmissionCLI {
    static let commands: [any ParsableCommand.Type] = [SubmissionsCommand.self, SubmitCommand.self, DeadlinesCommand.self]
}

/// `xaso submissions --unit PROVINCE --period P`: the JSON of `GET units/{province}/submissions`.
struct SubmissionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submissions",
        abstract: "Per commune of a province: state, submitted_at, on_time, completeness, as JSON.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Province code (or a commune, for its own line)") var unit: String
    @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
    @Option(help: "Framework whose figures are expected (default: the province's setting, else CL411)") var framework: String?

    func run() async throws { try printJSON(try await result()) }

    func result() async throws -> SubmissionsDTO {
        let period = try ReportingPeriod.required(self.period)
        let (unit, framework) = (self.unit, self.framework)
        return try await AppRunner.with(database.config()) { app in
            SubmissionsDTO(try await app.store.submissionTable(unitCode: unit, period: period, framework: framework,
                                                               actor: consolePrincipal).overview)
        }
    }
}

/// `xaso submit --unit COMMUNE --period P`.
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit",
                                                    abstract: "Submit a commune's period (figures and report) as a whole.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Commune code") var unit: String
    @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String

    func run() async throws { try printJSON(try await result()) }

    func result() async throws -> SubmissionDTO {
        let period = try ReportingPeriod.required(self.period)
        let unit = self.unit
        return try await AppRunner.with(database.config()) { app in
            let record = try await app.store.submitPeriod(unitCode: unit, period: period, actor: consolePrincipal)
            let province = try await app.store.provinceCode(of: unit) ?? ""
            let rules = try await app.store.deadlines(provinceCode: province)
            return SubmissionDTO(record, deadline: SubmissionDeadlines.deadline(for: period, among: rules))
        }
    }
}

/// `xaso deadlines set --unit PROVINCE --period-kind quarter --days-after N`.
struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deadlines", abstract: "A province's report deadlines.",
                                                    subcommands: [Set.self, List.self])

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a deadline: N days after the national cut-off for a kind of period, or a date for one period.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Province code") var unit: String
        @Option(name: .customLong("period-kind"), help: "month, quarter, half_year, nine_months, year, or one period (2025-Q3)")
        var periodKind: String
        @Option(name: .customLong("days-after"), help: "Days after the cut-off end (0–366)") var daysAfter: Int?
        @Option(help: "A fixed day for one period (2025-09-30)") var date: String?
        @Option(help: "Framework whose figures the province expects (default CL411)") var framework: String?

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> DeadlineDTO {
            let (key, rule) = try SubmissionDeadlines.validate(key: periodKind, daysAfter: daysAfter, date: date)
            let (unit, framework) = (self.unit, self.framework)
            return try await AppRunner.with(database.config()) { app in
                DeadlineDTO(try await app.store.setDeadline(provinceCode: unit, key: key, rule: rule, framework: framework,
                                                            actor: consolePrincipal))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The deadlines a province set, as JSON.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Province code") var unit: String

        func run() async throws {
            let unit = self.unit
            let list = try await AppRunner.with(database.config()) { app in
                try await app.store.deadlines(provinceCode: unit).map(DeadlineDTO.init)
            }
            try printJSON(list)
        }
    }
}

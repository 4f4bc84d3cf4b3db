import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso quality --unit CODE --period P [--format json|csv|xlsx --out F]`: the flags of
/// `GET units/{code}/quality-flags`; `xaso quality check …` marks one checked. The console acts as
/// the system admin.
struct QualityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality", abstract: "Data-quality flags of a commune or of a province's communes, and marking them checked.",
        subcommands: [List.self, Check.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The flags as JSON {\"flags\": […]}, or a CSV or XLSX file.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code, or a province code for all its communes") var unit: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
        @Option(help: "json (default), csv or xlsx") var format: String?
        @Option(name: [.customLong("out"), .customLong("output")],
                help: "Write to this file instead of standard output (--out, as report render and national)") var output: String?

        func run() async throws {
            let format = try TableFormat(parsing: format)
            guard let data = try await output(format) else {
                let dto = try await result()
                if let output {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    encoder.dateEncodingStrategy = .iso8601
                    try encoder.encode(dto).write(to: URL(fileURLWithPath: output))
                } else {
                    try printJSON(dto)
                }
                return
            }
            if let output { try data.write(to: URL(fileURLWithPath: output)) } else { FileHandle.standardOutput.write(data) }
        }

        /// What the command prints as JSON.
        func result() async throws -> QualityFlagsDTO {
            QualityFlagsDTO(flags: try await flags().flags.map(QualityFlagDTO.init))
        }

        /// The CSV or XLSX bytes; nil for json.
        func output(_ format: TableFormat) async throws -> Data? {
            guard format != .json else { return nil }
            let (flags, names, period) = try await self.flags()
            return try QualitySheet.export(flags, names: names, unitCode: unit, period: period).data(format)
        }

        func flags() async throws -> (flags: [DataQualityFlag], names: [String: String], period: ReportingPeriod) {
            let period = try ReportingPeriod.required(self.period)
            let unit = self.unit
            return try await AppRunner.with(database.config()) { app in
                (try await app.store.qualityFlags(unitCode: unit, period: period, actor: consolePrincipal),
                 try await QualityController.unitNames(unit, store: app.store), period)
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark one flag of a commune checked; prints the flag.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "Indicator code") var indicator: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
        @Option(help: "percent_out_of_range, numerator_above_denominator, jump, outlier or ledger_mismatch") var kind: String
        @Option(help: "Why the figure is right after all") var note: String?

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> QualityFlagDTO {
            let input = QualityCheckInput(indicator_code: indicator, period: period, kind: kind, note: note)
            let (period, kind) = try input.parsed()
            let (unit, indicator, note) = (self.unit, self.indicator, self.note)
            return try await AppRunner.with(database.config()) { app in
                QualityFlagDTO(try await app.store.markQualityChecked(unitCode: unit, indicatorCode: indicator, period: period,
                                                                      kind: kind, note: note, actor: consolePrincipal))
            }
        }
    }
}

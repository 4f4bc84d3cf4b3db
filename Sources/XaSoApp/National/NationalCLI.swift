import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso national --period P [--format json|csv|xlsx] [--out FILE]` and `xaso rollups refresh`.
enum NationalCLI {
    static let commands: [any ParsableCommand.Type] = [NationalCommand.self, RollupsCommand.self]
}

/// The same table the API answers, as the system admin sees it.
struct NationalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national", abstract: "Every province's completeness, commune index and verdict counts for a period.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Period (2025-Q3, 2026-H1, 2025-9M, 2025)") var period: String
    @Option(help: "json, csv or xlsx") var format: String?
    @Option(help: "Write the CSV or XLSX to this file instead of standard output") var out: String?

    func run() async throws {
        let format = try TableFormat(parsing: format)
        let dto = try await result()
        guard let data = try NationalTable.sheet(dto).data(format) else { try printJSON(dto); return }
        if let out {
            try data.write(to: URL(fileURLWithPath: out))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    func result() async throws -> NationalDTO {
        let period = try ReportingPeriod.required(period)
        return try await AppRunner.with(database.config()) { app in
            NationalDTO(period: period, rows: try await app.store.nationalRollups(period: period, actor: consolePrincipal))
        }
    }
}

/// `xaso rollups refresh [--period P]`: recomputes every province's roll-up (backfill, or after
/// targets or weights changed, which do not refresh the roll-ups themselves).
struct RollupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollups", abstract: "The national view's stored roll-ups.", subcommands: [Refresh.self])

    struct Refresh: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "refresh", abstract: "Recompute every province's roll-up of a period (every period with figures when omitted).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Period (2025-Q3, …); every period with figures when omitted") var period: String?

        struct Summary: Encodable {
            var rows: Int
            var seconds: Double
        }

        func run() async throws {
            let period = try period.map { try ReportingPeriod.required($0) }
            let started = Date()
            let rows = try await AppRunner.with(database.config()) { app in
                try await app.sqlStore.refreshAllRollups(period: period)
            }
            try printJSON(Summary(rows: rows, seconds: (Date().timeIntervalSince(started) * 100).rounded() / 100))
        }
    }
}

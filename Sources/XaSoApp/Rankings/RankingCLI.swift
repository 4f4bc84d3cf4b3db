import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso rankings --unit PROVINCE --period P [--framework F]`: the same rows the API answers.
struct RankingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rankings", abstract: "A province's communes ranked by the commune digital-transformation index.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Province code") var unit: String
    @Option(help: "Period (2025-Q3, 2026-H1, 2025-9M, 2025)") var period: String
    @Option(help: "Only the indicators of one framework (CL411, NQ71, NQ57-5N …)") var framework: String?

    func run() async throws { try printJSON(try await result()) }

    func result() async throws -> [RankingRow] {
        let period = try ReportingPeriod.required(period)
        return try await AppRunner.with(database.config()) { app in
            try await app.store.provinceRanking(provinceCode: unit, period: period, framework: framework, actor: consolePrincipal)
        }
    }
}

import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso delete values|dossiers|plan`: undoing a wrong import from the console, all-or-nothing and audited.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Undo a wrong import.",
                                                    subcommands: [Values.self, Dossiers.self, Plan.self])

    struct Deleted: Encodable { var deleted: Int }

    struct Values: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a unit's figures of a period (or only some indicators).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Unit code") var unit: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
        @Option(help: "Only these indicator codes, comma-separated") var indicator: String?

        func run() async throws {
            let p = try ReportingPeriod.required(period)
            try printJSON(try await AppRunner.with(database.config()) { app in
                Deleted(deleted: try await app.store.deleteValues(unitCode: unit, period: p, indicators: UndoInputs.list(indicator),
                                                                  actor: consolePrincipal))
            })
        }
    }

    struct Dossiers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a commune's dossiers received in a period's cut-off range, from–to, or --all.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "Period: its cut-off range (2025-Q3 → 15/06–14/09/2025)") var period: String?
        @Option(help: "First day (dd/mm/yyyy or yyyy-mm-dd)") var from: String?
        @Option(help: "Last day, inclusive") var to: String?
        @Flag(help: "Every dossier of the commune") var all = false

        func run() async throws {
            let range = try UndoInputs.dossierRange(period: period, from: from, to: to, all: all ? "true" : nil)
            try printJSON(try await AppRunner.with(database.config()) { app in
                Deleted(deleted: try await app.store.deleteDossiers(unitCode: unit, range: range, actor: consolePrincipal))
            })
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a plan with its tasks, progress and comments.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "Plan id (from `xaso plans list`)") var id: String

        func run() async throws {
            let planID = try PlanQuery.id(id, .planNotFound)
            try printJSON(try await AppRunner.with(database.config()) { app in
                try await app.store.deletePlan(id: planID, unitCode: unit, actor: consolePrincipal)
                return Deleted(deleted: 1)
            })
        }
    }
}

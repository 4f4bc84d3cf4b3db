import ArgumentParser
import Foundation
import XaSoCore
import XaSoFixtures
import XaSoPersistence

/// The `xaso` subcommands for dossiers.
enum DossierCLI {
    static let commands: [any ParsableCommand.Type] = [ProceduresCommand.self, DossiersCommand.self, DevCommand.self]
}

struct ProceduresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "procedures", abstract: "A commune's procedure catalogue.",
                                                    subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import the catalogue (CSV or XLSX) of a commune.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "CSV or XLSX file") var file: String
        @Option(help: "Commune code") var unit: String

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> XaSoStore.DossierImportSummary {
            let data = try readFile(file)
            return try await AppRunner.with(database.config()) { app in
                try await DossierService.importProcedures(data, unitCode: unit, actor: consolePrincipal, store: app.store)
            }
        }
    }
}

struct DossiersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dossiers", abstract: "The dossier ledger and its statistics.",
                                                    subcommands: [Import.self, Stats.self, Late.self, ServiceIndex.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a dossier export (CSV or XLSX); known codes are updated, nothing stored on any error.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "CSV or XLSX file") var file: String
        @Option(help: "Commune code") var unit: String

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> XaSoStore.DossierImportSummary {
            // Streamed from disk: a ten-million-row export needs the memory of one batch.
            let file = self.file
            let summary = try await AppRunner.with(database.config()) { app in
                try await DossierService.importDossiers(.file(file), unitCode: unit, actor: consolePrincipal, store: app.store,
                                                        progress: ProgressLine.standardErrorIfTerminal())
            }
            ProgressLine.finish()
            return summary
        }
    }

    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Statistics for a commune (or every commune of a province, or every province of the country) over a period's cut-off range or from–to.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune or province code") var unit: String?
        @Flag(help: "The whole country: each province's total and the national total") var national = false
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String?
        @Option(help: "First day (dd/mm/yyyy or yyyy-mm-dd)") var from: String?
        @Option(help: "Last day, inclusive") var to: String?

        func validate() throws {
            guard (unit == nil) == national else { throw ValidationError("give either --unit CODE or --national") }
        }

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> DossierService.Result {
            let range = try DossierService.range(period: period, from: from, to: to)
            return try await AppRunner.with(database.config()) { app in
                guard let unit else {
                    return .province(try await DossierService.nationalStatistics(range: range, actor: consolePrincipal, store: app.store))
                }
                return try await DossierService.statistics(unitCode: unit, range: range, store: app.store)
            }
        }
    }

    struct ServiceIndex: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "service-index",
            abstract: "Decision 766 public-service index of a commune's period, or a province's communes ranked.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune or province code") var unit: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025") var period: String

        func run() async throws {
            let period = try ReportingPeriod.required(self.period)
            let result = try await AppRunner.with(database.config()) { app in
                try await ServiceIndexService.index(unitCode: unit, period: period, store: app.store)
            }
            try printJSON(result)
        }
    }

    struct Late: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The late dossiers of a commune and why each counts as late.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "Period") var period: String?
        @Option(help: "First day") var from: String?
        @Option(help: "Last day, inclusive") var to: String?

        func run() async throws {
            let range = try DossierService.range(period: period, from: from, to: to)
            let list = try await AppRunner.with(database.config()) { app in
                try await app.store.lateDossiers(unitCode: unit, range: range)
            }
            try printJSON(list)
        }
    }
}

struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dev", abstract: "Tools for development and benchmarks.",
                                                    subcommands: [GenerateDossiers.self])

    struct GenerateDossiers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-dossiers",
            abstract: "Write a synthetic catalogue and dossier exports (CSV, import headers) into a folder.")
        @Option(help: "Number of communes") var communes = 1
        @Option(help: "Dossiers in all, spread over the communes") var dossiers = 1000
        @Option(help: "Random seed: the same seed writes the same files") var seed: UInt64 = 1
        @Option(help: "Period whose cut-off range the dossiers fall in") var period = "2026-H1"
        @Option(help: "Folder to write into") var out = "generated"
        @Flag(help: "One file for all communes, with a first column 'Mã đơn vị'") var single = false

        func run() async throws {
            guard communes > 0, communes < 10_000, dossiers >= 0 else {
                throw AppError(.invalid, code: .generateInvalid, message: "communes must be 1…9999 and dossiers ≥ 0",
                               vietnamese: "Số xã phải từ 1 đến 9999, số hồ sơ không âm.")
            }
            let range = try ReportingPeriod.required(period).cutOffRange
            let ledger = SyntheticLedger(seed: seed, range: range)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try Data(ledger.catalogueCSV().utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("thu-tuc.csv"))
            var files: [String] = []
            var bytes: [UInt8] = []
            for (i, count) in SyntheticLedger.split(total: dossiers, communes: communes).enumerated() {
                ledger.appendDossierCSV(commune: i + 1, count: count, header: !single || i == 0, unitColumn: single, to: &bytes)
                if !single {
                    let name = "ho-so-\(SyntheticLedger.communeCode(i + 1)).csv"
                    try Data(bytes).write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
                    files.append(name)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            if single {
                try Data(bytes).write(to: URL(fileURLWithPath: out).appendingPathComponent("ho-so.csv"))
                files.append("ho-so.csv")
            }
            try printJSON(["folder": out, "catalogue": "thu-tuc.csv", "dossiers": files.joined(separator: ",")])
        }
    }
}

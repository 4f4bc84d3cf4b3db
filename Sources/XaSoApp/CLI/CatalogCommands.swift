import ArgumentParser
import class Vapor.Application
import struct Vapor.Environment
import XaSoCore

struct UnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "Administrative units.",
                                                    subcommands: [Find.self, Children.self])

    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find units by name, diacritics optional (\"nghi duong\").")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Name or part of it") var query: String
        @Option(help: "At most this many") var limit = 20

        func validate() throws {
            guard (1...QueryLimit.units.maximum).contains(limit) else {
                throw ValidationError("--limit must be a whole number from 1 to \(QueryLimit.units.maximum)")
            }
        }

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> [UnitDTO] {
            try await AppRunner.with(database.config()) { app in
                try await app.store.findUnits(query, limit: limit).map(UnitDTO.init)
            }
        }
    }

    struct Children: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Communes of a province, villages of a commune.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Unit code") var code: String

        func run() async throws {
            let units = try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(code)
                return try await app.store.children(of: code).map(UnitDTO.init)
            }
            try printJSON(units)
        }
    }
}

struct FrameworksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "frameworks", abstract: "Indicator frameworks.",
                                                    subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the frameworks.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let list = try await AppRunner.with(database.config()) { app in
                try await app.store.frameworks().map(FrameworkDTO.init)
            }
            try printJSON(list)
        }
    }
}

struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "indicators", abstract: "Indicators and their targets.",
                                                    subcommands: [List.self, Edit.self, Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a figure of one's own (a count, a percent, yes/no or a short text) with the sentence a report states it in.",
            discussion: """
            Example: xaso indicators add --code NGHIDUONG.01 --framework XS-CDS --name "Số hộ lắp camera an ninh" \\
              --unit hộ --unit-kind count --owner "Công an xã" --scope 11713 \\
              --sentence "Toàn {cap_xa} có {value} hộ lắp camera an ninh kết nối với Công an xã{change}."
            Sentence variables: {value} {numerator} {denominator} {change} and the report's own ({ky}, {cap_xa}, {don_vi} …).
            A yes_no figure takes two sentences: the first when yes, the second when no.
            """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Figure code (letters without diacritics, digits, . - _)") var code: String
        @Option(help: "Framework it joins (XS-CDS, XS-CCHC, …)") var framework: String
        @Option(help: "Vietnamese name") var name: String
        @Option(help: "Unit as written (buổi, người, %)") var unit: String = ""
        @Option(help: "count, percent, yes_no, text or index") var unitKind: String
        @Option(help: "Owner department; repeat for partners, lead first") var owner: [String] = []
        @Option(help: "Sentence a report states it in; repeat for alternatives") var sentence: [String] = []
        @Option(help: "Province or commune code the figure belongs to (omit: every unit)") var scope: String?

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> IndicatorDTO {
            let figure = NewFigure(code: code, frameworkCode: framework, name: name, unit: unit, unitKind: unitKind,
                                   owners: owner, sentences: sentence, scopeUnitCode: scope)
            return IndicatorDTO(try await AppRunner.with(database.config()) { app in
                try await app.store.addFigure(figure, actor: consolePrincipal)
            })
        }
    }


    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an indicator's name, unit, direction or owners.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Indicator code") var code: String
        @Option(help: "Vietnamese name") var name: String?
        @Option(help: "Unit as written (%, điểm, hạng…)") var unit: String?
        @Option(help: "higher or lower (lower for ranks)") var direction: String?
        @Option(help: "Owner department; repeat for partners, lead first") var owner: [String] = []

        func run() async throws {
            let patch = FrameworksController.IndicatorPatch(name: name, unit: unit, direction: direction,
                                                            owners: owner.isEmpty ? nil : owner)
            let changes = try patch.changes()
            let result = try await AppRunner.with(database.config()) { app in
                try await app.store.updateIndicator(code, changes, actor: consolePrincipal)
            }
            try printJSON(IndicatorDTO(result))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List indicators with owners and milestone targets.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Framework code (CL411, NQ71, NQ57-5N)") var framework: String?
        @Option(help: "Show a commune's own targets where it set them") var unit: String?

        func run() async throws {
            let list = try await AppRunner.with(database.config()) { app in
                if let framework, try await app.store.frameworks().contains(where: { $0.code == framework }) == false {
                    throw AppError.notFound(.frameworkNotFound, framework, vietnamese: "Không có bộ chỉ tiêu \(framework).")
                }
                return try await app.store.indicators(framework: framework, unitCode: unit).map(IndicatorDTO.init)
            }
            try printJSON(list)
        }
    }
}

struct TargetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "targets", abstract: "Milestone targets.",
                                                    subcommands: [Set.self])

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a milestone target as written (\"> 50%\", \"Top 50 của thành phố\"); --unit makes it a province's (its communes') or a commune's own.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Indicator code") var indicator: String
        @Option(help: "Milestone year") var year: Int
        @Option(help: "Target as written") var target: String
        @Option(help: "Province code for the province's target, commune code for the commune's own") var unit: String?

        func run() async throws {
            let result = try await AppRunner.with(database.config()) { app in
                try await app.store.setTarget(indicator: indicator, year: year, text: target, unitCode: unit,
                                              actor: consolePrincipal)
            }
            try printJSON(TargetDTO(result))
        }
    }
}

import ArgumentParser
import Foundation
import XaSoCore

/// `xaso`: the same core as the API, for the server's operator and for scripts. Machine-readable
/// output is JSON on stdout; errors go to stderr as `error [code]: message` with exit code 1.
public struct XaSoCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "xaso",
        abstract: "XaSo — digital transformation and administrative reform reporting for communes.",
        subcommands: [
            ServeCommand.self, SeedCommand.self, UnitsCommand.self, FrameworksCommand.self, IndicatorsCommand.self,
            TargetsCommand.self, ValuesCommand.self, EvaluateCommand.self, WarningsCommand.self, UserCommand.self,
        ] + DossierCLI.commands + PlanCLI.commands + ReportCLI.commands + SubmissionCLI.commands + NationalCLI.commands + [DeleteCommand.self, BackupCommand.self, RestoreCommand.self, RankingsCommand.self, QualityCommand.self]
    )
    public init() {}
}

/// Options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database"), help: "Database URL (default: $XASO_DATABASE_URL or sqlite://xaso.sqlite)")
    var databaseURL: String?

    func config(sample: Bool = false) -> AppConfig {
        AppConfig(databaseURL: databaseURL, sample: sample)
    }
}

/// Prints a value as pretty, key-sorted JSON.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// The operator at the server's console acts as the system administrator.
let consolePrincipal = Principal(username: "cli", role: .admin, unitCode: nil, provinceCode: nil)

extension XaSoCommand {
    /// Runs the command and turns domain errors into the documented stderr line and exit code.
    public static func runMain() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let error as AppError {
            FileHandle.standardError.write(Data("error [\(error.code)]: \(error.message)\n".utf8))
            for issue in error.issues {
                FileHandle.standardError.write(Data(
                    "  row \(issue.row), \(issue.field) = \"\(issue.value)\": \(issue.code) — \(issue.message)\n".utf8))
            }
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

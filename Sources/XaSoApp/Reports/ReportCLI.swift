import ArgumentParser

/// The `xaso` subcommands for reports.
enum ReportCLI {
    static let commands: [any ParsableCommand.Type] = []
}

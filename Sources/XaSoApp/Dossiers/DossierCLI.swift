import ArgumentParser

/// The `xaso` subcommands for dossiers.
enum DossierCLI {
    static let commands: [any ParsableCommand.Type] = []
}

import ArgumentParser

/// The `xaso` subcommands for plans.
enum PlanCLI {
    static let commands: [any ParsableCommand.Type] = [PlansCommand.self, TasksCommand.self]
}

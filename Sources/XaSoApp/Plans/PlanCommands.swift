import ArgumentParser
import Foundation
import class Vapor.Application
import XaSoCore
import XaSoPersistence

struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plans", abstract: "Plans and their tasks.",
                                                    subcommands: [Import.self, List.self])

    /// What `plans import` prints: the parsed tasks on a dry run, else what was stored.
    enum ImportOutput: Encodable {
        case preview([TaskPreviewDTO])
        case stored(StoredSummary)

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .preview(let rows): try c.encode(rows)
            case .stored(let summary): try c.encode(summary)
            }
        }
    }

    struct StoredSummary: Encodable, Equatable {
        var plan_id: UUID
        var unit_code: String
        var number: String?
        var date: String?
        var title: String
        var task_count: Int
        var work_task_count: Int
        /// Bodies that match no department of the commune: add them with the API or the web pages.
        var new_departments: [String]
        var warnings: [String]
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a plan from a .docx or text file; --dry-run prints the tasks found as JSON and stores nothing.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The plan: .docx or UTF-8 text") var file: String
        @Option(help: "Commune code") var unit: String
        @Flag(help: "Print the parsed tasks ({number, title, parent_number, lead, partners, deadline}) without storing")
        var dryRun = false
        @Option(help: "Title to use when the document has no title line") var title: String?

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> ImportOutput {
            let data = try readFile(file)
            let (unit, dryRun, fallback) = (self.unit, self.dryRun, self.title ?? "Kế hoạch")
            return try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(unit)
                let parsed = try await PlanDocument.parse(data, unitCode: unit, store: app.store)
                if dryRun { return .preview(TaskPreviewDTO.rows(parsed)) }
                let created = try await app.store.importPlan(parsed, unitCode: unit, fallbackTitle: fallback,
                                                             actor: consolePrincipal)
                let plan = created.plan.plan
                return .stored(StoredSummary(plan_id: created.plan.id, unit_code: unit, number: plan.number,
                                             date: plan.date?.description, title: plan.title, task_count: plan.tasks.count,
                                             work_task_count: plan.workTasks.count,
                                             new_departments: created.newDepartments, warnings: parsed.warnings))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A commune's plans.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> [PlanListItemDTO] {
            let unit = self.unit
            return try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(unit)
                return try await app.store.plans(unitCode: unit).map(PlanListItemDTO.init)
            }
        }
    }
}

struct TasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tasks", abstract: "Tasks of a commune's plans.",
                                                    subcommands: [List.self, Reminders.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Work tasks with their status, as JSON.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "not_started, in_progress, completed, completed_late, overdue (or the Vietnamese label)")
        var status: String?
        @Option(help: "Only tasks this department leads") var department: String?
        @Option(name: .customLong("as-of"), help: "Judge statuses on this day (default: today)") var asOf: String?

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> [TaskDTO] {
            let status = try PlanQuery.status(self.status)
            let today = try PlanQuery.asOf(asOf)
            let (unit, department) = (self.unit, self.department)
            return try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(unit)
                return try await app.store.taskStates(unitCode: unit, department: department, status: status, today: today)
                    .map(TaskDTO.init)
            }
        }
    }

    struct Reminders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Overdue tasks and tasks due within N days, as JSON.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Commune code") var unit: String
        @Option(help: "Days ahead") var days = 7
        @Option(help: "Only tasks this department leads") var department: String?
        @Option(name: .customLong("as-of"), help: "The day to look from (default: today)") var asOf: String?

        func run() async throws {
            let today = try PlanQuery.asOf(asOf)
            let days = try PlanQuery.days(self.days)
            let (unit, department) = (self.unit, self.department)
            let reminders = try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(unit)
                return try await app.store.reminders(unitCode: unit, department: department, withinDays: days, today: today)
            }
            try printJSON(RemindersDTO(reminders))
        }
    }
}

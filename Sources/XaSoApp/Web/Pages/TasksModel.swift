import Foundation
import XaSoCore
import XaSoPersistence

/// A commune's plan tasks as the tasks page shows them: grouped by what needs attention, with the
/// lead departments to filter by. Built without HTTP.
struct TasksModel: Sendable {
    struct Group: Sendable {
        var id: String
        var title: String
        var tasks: [TaskState]
    }

    var unit: AdministrativeUnit
    var groups: [Group]
    /// Every lead department of the commune's tasks (the filter's choices).
    var departments: [String]
    /// The department filtered by, if any.
    var department: String?
    /// The reader: the tasks they may update carry a progress form.
    var principal: Principal? = nil
    /// A refused progress update's message.
    var error: String? = nil

    /// Quá hạn, sắp đến hạn, then the other statuses; a task is in one group only.
    static func group(_ states: [TaskState], dueSoon: Set<UUID>) -> [Group] {
        var overdue: [TaskState] = [], soon: [TaskState] = [], rest: [TaskStatus: [TaskState]] = [:]
        for s in states {
            if s.evaluation.status == .overdue {
                overdue.append(s)
            } else if dueSoon.contains(s.task.id), !s.evaluation.status.isDone {
                soon.append(s)
            } else {
                rest[s.evaluation.status, default: []].append(s)
            }
        }
        var groups = [Group(id: "overdue", title: TaskStatus.overdue.label, tasks: overdue),
                      Group(id: "due-soon", title: L.dueSoon, tasks: soon)]
        for status in [TaskStatus.inProgress, .notStarted, .completedLate, .completed] {
            groups.append(Group(id: status.rawValue, title: status.label, tasks: rest[status] ?? []))
        }
        return groups.filter { !$0.tasks.isEmpty }
    }
}

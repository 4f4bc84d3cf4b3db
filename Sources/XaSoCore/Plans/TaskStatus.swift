import Foundation

/// A task's state as of a day, worked out from its updates and deadline by `TaskStatusRules`.
public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case completed
    case completedLate = "completed_late"
    case overdue

    public var label: String {
        switch self {
        case .notStarted: return "Chưa triển khai"
        case .inProgress: return "Đang thực hiện"
        case .completed: return "Hoàn thành"
        case .completedLate: return "Hoàn thành quá hạn"
        case .overdue: return "Quá hạn"
        }
    }

    public var isDone: Bool { self == .completed || self == .completedLate }
}

/// One cycle of a deadline (the only one for a fixed date) and how it ended.
public struct OccurrenceOutcome: Sendable, Equatable {
    public let due: LocalDay
    public let completedOn: LocalDay?

    public init(due: LocalDay, completedOn: LocalDay?) {
        self.due = due
        self.completedOn = completedOn
    }

    /// Nil while not completed; completing on the due day itself is on time.
    public var onTime: Bool? { completedOn.map { $0 <= due } }
}

extension OccurrenceOutcome: Codable {
    private enum CodingKeys: String, CodingKey {
        case due
        case completedOn = "completed_on"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(due: try c.decodeRequiredDay(forKey: .due), completedOn: try c.decodeDay(forKey: .completedOn))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeDay(due, forKey: .due)
        try c.encodeDay(completedOn, forKey: .completedOn)
    }
}

public struct TaskEvaluation: Sendable, Equatable {
    public init(status: TaskStatus, due: LocalDay?, nextOpenDue: LocalDay?, completedOn: LocalDay?, percent: Int,
                occurrences: [OccurrenceOutcome]) {
        self.status = status
        self.due = due
        self.nextOpenDue = nextOpenDue
        self.completedOn = completedOn
        self.percent = percent
        self.occurrences = occurrences
    }

    public let status: TaskStatus
    /// Due date of the cycle the status describes: the missed one when overdue, the one
    /// completed when completed, else the current one. Nil for "thường xuyên" and no deadline.
    public let due: LocalDay?
    /// Due date of the earliest cycle not yet completed (what the person has to meet next).
    public let nextOpenDue: LocalDay?
    public let completedOn: LocalDay?
    /// Latest reported percentage for the cycle the status describes.
    public let percent: Int
    /// Every cycle from the start up to the current one, in order.
    public let occurrences: [OccurrenceOutcome]

    public func outcome(dueOn date: LocalDay) -> OccurrenceOutcome? {
        occurrences.first { $0.due == date }
    }
}

/// The status rules, as a pure function of deadline, updates, start and today.
public enum TaskStatusRules {
    /// - Parameters:
    ///   - start: first day of the task (its assignment or the plan's date); recurring
    ///     cycles begin with the first due date on or after it.
    ///   - today: the day judged; updates dated later are ignored.
    public static func evaluate(deadline: TaskDeadline, history: ProgressHistory, start: LocalDay,
                                today: LocalDay) -> TaskEvaluation {
        let updates = history.updates.filter { $0.date <= today }

        guard deadline.hasDueDates else {
            // No due date ("thường xuyên"): never late, the latest report decides, so work that is
            // reopened after a completion reads as in progress again.
            guard let latest = updates.last else {
                return TaskEvaluation(status: .notStarted, due: nil, nextOpenDue: nil, completedOn: nil, percent: 0,
                                      occurrences: [])
            }
            let status: TaskStatus
            switch latest.state {
            case .completed: status = .completed
            case .inProgress: status = .inProgress
            case .notStarted: status = .notStarted
            }
            return TaskEvaluation(status: status, due: nil, nextOpenDue: nil,
                                  completedOn: status == .completed ? latest.date : nil,
                                  percent: latest.percent, occurrences: [])
        }

        let dues = occurrenceDues(deadline: deadline, start: start, through: today)

        // Each update belongs to the earliest cycle still open; a completion closes that cycle
        // (late if after its due date). Updates dated inside an already closed cycle are notes.
        var openIndex = 0
        var completedOn: [LocalDay] = []
        var latestInOpen: ProgressUpdate?
        for update in updates {
            if openIndex > 0, update.date <= dues[openIndex - 1] { continue }
            guard openIndex < dues.count else { continue }  // fixed date already completed
            if update.state == .completed {
                completedOn.append(update.date)
                openIndex += 1
                latestInOpen = nil
            } else {
                latestInOpen = update
            }
        }

        let outcomes = dues.enumerated().map { index, due in
            OccurrenceOutcome(due: due, completedOn: index < completedOn.count ? completedOn[index] : nil)
        }
        let nextOpen = openIndex < dues.count ? dues[openIndex] : nil

        func result(_ status: TaskStatus, _ focus: Int, percent: Int) -> TaskEvaluation {
            TaskEvaluation(status: status, due: dues[focus], nextOpenDue: nextOpen,
                           completedOn: focus < completedOn.count ? completedOn[focus] : nil,
                           percent: percent, occurrences: outcomes)
        }

        if openIndex < dues.count, dues[openIndex] < today {
            return result(.overdue, openIndex, percent: latestInOpen?.percent ?? 0)
        }
        if openIndex > 0, today <= dues[openIndex - 1] {
            // Completed ahead of a due date that has not passed yet.
            return result(.completed, openIndex - 1, percent: 100)
        }
        if openIndex < dues.count {
            let status: TaskStatus = latestInOpen?.state == .inProgress ? .inProgress : .notStarted
            return result(status, openIndex, percent: latestInOpen?.percent ?? 0)
        }
        // A fixed date, completed, and its due date has passed.
        let last = dues.count - 1
        return result(outcomes[last].onTime == true ? .completed : .completedLate, last, percent: 100)
    }

    /// The single fixed date, or every recurring due date from `start` up to and including
    /// the first one on or after `today`.
    static func occurrenceDues(deadline: TaskDeadline, start: LocalDay, through today: LocalDay) -> [LocalDay] {
        if case .fixed(let date) = deadline { return [date] }
        var dues: [LocalDay] = []
        var next = deadline.nextDue(onOrAfter: start)
        while let due = next {
            dues.append(due)
            if due >= today { break }
            next = deadline.nextDue(after: due)
        }
        return dues
    }
}

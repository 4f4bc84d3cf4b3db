import Foundation

/// Timeliness of a dossier, judged by calendar day (RULES.md, "Dossier timeliness").
public enum DossierTimeliness: String, Sendable, Codable, CaseIterable, Hashable {
    /// "trước hạn": ended on a day before the due day.
    case early
    /// "đúng hạn": ended on the due day, or the procedure sets no deadline.
    case onTime = "on_time"
    /// "quá hạn": ended (or, unfinished, still open) after the due day.
    case late
    /// "trong hạn": unfinished, and the due day has not passed.
    case withinDeadline = "within_deadline"

    public var label: String {
        switch self {
        case .early: return "Trước hạn"
        case .onTime: return "Đúng hạn"
        case .late: return "Quá hạn"
        case .withinDeadline: return "Trong hạn"
        }
    }
}

/// Where one dossier stands for an inclusive range of days.
public enum DossierStanding: Sendable, Hashable {
    /// Not handled in the range: received after its end, or finished before its start.
    case outside
    /// Result returned on a day in the range.
    case returned(DossierTimeliness)
    /// Refused on a day in the range.
    case rejected
    /// Withdrawn on a day in the range.
    case withdrawn
    /// Not finished by the end of the range; `.withinDeadline` or `.late` judged on its last day.
    case inProgress(DossierTimeliness)
}

public enum DossierDayRules {
    /// A finished dossier: result day before the due day → early, on it → on time, after → late.
    /// No due day means no deadline to miss: on time.
    public static func finished(resultDay: LocalDay, dueDay: LocalDay?) -> DossierTimeliness {
        finished(resultDay: resultDay.dayNumber, dueDay: dueDay?.dayNumber)
    }

    /// An unfinished dossier judged at the end of `day`: late once the due day is behind
    /// it. Open on its due day is still within deadline, just as finishing on it is on time.
    public static func unfinished(dueDay: LocalDay?, at day: LocalDay) -> DossierTimeliness {
        unfinished(dueDay: dueDay?.dayNumber, at: day.dayNumber)
    }

    @inline(__always)
    static func finished(resultDay: Int, dueDay: Int?) -> DossierTimeliness {
        guard let dueDay else { return .onTime }
        if resultDay < dueDay { return .early }
        if resultDay == dueDay { return .onTime }
        return .late
    }

    @inline(__always)
    static func unfinished(dueDay: Int?, at day: Int) -> DossierTimeliness {
        guard let dueDay, dueDay < day else { return .withinDeadline }
        return .late
    }
}

extension Dossier {
    /// Keyed into the system on a later calendar day than it was received.
    public var enteredLate: Bool {
        guard let enteredAt else { return false }
        return enteredAt.dayNumber > receivedAt.dayNumber
    }

    public func standing(in range: DayRange) -> DossierStanding {
        standing(fromDay: range.from.dayNumber, toDay: range.to.dayNumber)
    }

    /// The rule on day numbers, for the statistics loop. A finished outcome without a
    /// result date cannot be placed in time and is treated as unfinished (the ledger
    /// parser refuses such rows).
    @inline(__always)
    func standing(fromDay from: Int, toDay to: Int) -> DossierStanding {
        if receivedAt.dayNumber > to { return .outside }
        if outcome != .inProgress, let result = resultAt?.dayNumber {
            if result < from { return .outside }
            if result <= to {
                switch outcome {
                case .resolved: return .returned(DossierDayRules.finished(resultDay: result, dueDay: dueAt?.dayNumber))
                case .rejected: return .rejected
                case .withdrawn: return .withdrawn
                case .inProgress: break
                }
            }
        }
        return .inProgress(DossierDayRules.unfinished(dueDay: dueAt?.dayNumber, at: to))
    }
}

import Foundation

/// A commune plan ("Kế hoạch số 28/KH-UBND") and its numbered tasks.
public struct Plan: Sendable, Equatable {
    /// Symbol as written after "Số:", e.g. "28/KH-UBND"; nil while the plan is a draft without a number.
    public var number: String?
    /// Issue date ("Nghi Dương, ngày 09 tháng 7 năm 2025").
    public var date: LocalDay?
    /// Summary line under "KẾ HOẠCH".
    public var title: String
    /// The "Căn cứ …" / "Thực hiện …" paragraphs the plan rests on.
    public var legalBasis: [String]
    /// Code of the administrative unit that issued it (5 digits for a commune).
    public var unitCode: String
    /// In document order; a task's parent precedes it.
    public var tasks: [PlanTask]

    public init(number: String? = nil, date: LocalDay? = nil, title: String, legalBasis: [String] = [],
                unitCode: String, tasks: [PlanTask] = []) {
        self.number = number
        self.date = date
        self.title = title
        self.legalBasis = legalBasis
        self.unitCode = unitCode
        self.tasks = tasks
    }

    /// Tasks that carry work: those no other task names as parent. Group headings such as
    /// "1. Nâng cao nhận thức…" are excluded; a group with no sub-tasks ("8.") is work.
    public var workTasks: [PlanTask] { PlanTask.workTasks(in: tasks) }

    /// The task with this path (`PlanTask.path`), if any.
    public func task(path: String) -> PlanTask? { tasks.first { $0.path == path } }
}

extension Plan: Codable {
    private enum CodingKeys: String, CodingKey {
        case number, date, title, tasks
        case legalBasis = "legal_basis"
        case unitCode = "unit_code"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try c.decodeIfPresent(String.self, forKey: .number),
                  date: try c.decodeDay(forKey: .date),
                  title: try c.decode(String.self, forKey: .title),
                  legalBasis: try c.decodeIfPresent([String].self, forKey: .legalBasis) ?? [],
                  unitCode: try c.decode(String.self, forKey: .unitCode),
                  tasks: try c.decodeIfPresent([PlanTask].self, forKey: .tasks) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encodeDay(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(legalBasis, forKey: .legalBasis)
        try c.encode(unitCode, forKey: .unitCode)
        try c.encode(tasks, forKey: .tasks)
    }
}

import Foundation

/// What the person reporting says about the work; overdue and late are worked out, never reported.
public enum ReportedProgress: String, Sendable, Codable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case completed

    public var label: String {
        switch self {
        case .notStarted: return "Chưa triển khai"
        case .inProgress: return "Đang thực hiện"
        case .completed: return "Hoàn thành"
        }
    }
}

/// One progress report on a task.
public struct ProgressUpdate: Sendable, Equatable, Codable {
    public let date: LocalDay
    public let author: String
    public let state: ReportedProgress
    /// 0…100; 100 exactly when the state is completed.
    public let percent: Int
    public let text: String
    /// File name of the evidence attached ("bien-ban-tap-huan.pdf"), if any.
    public let attachmentName: String?

    /// Throws an `AppError` coded `progress.percent_out_of_range`, `progress.inconsistent` or `progress.author_missing`.
    public init(date: LocalDay, author: String, state: ReportedProgress, percent: Int, text: String,
                attachmentName: String? = nil) throws {
        let author = VietnameseText.normalized(author)
        guard !author.isEmpty else {
            throw AppError.progress(.progressAuthorMissing, "the progress update of \(date) has no author",
                                    "Cập nhật tiến độ ngày \(date.shortVietnamese) thiếu người cập nhật.")
        }
        guard (0...100).contains(percent) else {
            throw AppError.progress(.progressPercentOutOfRange, "percent \(percent) is outside 0–100",
                                    "Tỷ lệ hoàn thành \(percent)% nằm ngoài khoảng 0–100%.")
        }
        guard (state == .completed) == (percent == 100) else {
            throw state == .completed
                ? AppError.progress(.progressInconsistent, "state is completed but percent is \(percent): completed means 100",
                                    "Trạng thái “Hoàn thành” nhưng tỷ lệ chỉ \(percent)%: hoàn thành phải là 100%.")
                : AppError.progress(.progressInconsistent, "percent is 100 but state is \(state.rawValue): choose completed",
                                    "Tỷ lệ 100% nhưng trạng thái là “\(state.label)”: hãy chọn “Hoàn thành”.")
        }
        guard state != .notStarted || percent == 0 else {
            throw AppError.progress(.progressInconsistent, "state is not_started but percent is \(percent)",
                                    "Trạng thái “Chưa triển khai” nhưng tỷ lệ là \(percent)%.")
        }
        self.date = date
        self.author = author
        self.state = state
        self.percent = percent
        self.text = VietnameseText.normalized(text)
        self.attachmentName = attachmentName.map(VietnameseText.normalized).flatMap { $0.isEmpty ? nil : $0 }
    }

    public init(from decoder: Decoder) throws {
        enum Keys: String, CodingKey { case date, author, state, percent, text, attachmentName = "attachment_name" }
        let c = try decoder.container(keyedBy: Keys.self)
        try self.init(date: c.decodeRequiredDay(forKey: .date), author: c.decode(String.self, forKey: .author),
                      state: c.decode(ReportedProgress.self, forKey: .state), percent: c.decode(Int.self, forKey: .percent),
                      text: c.decode(String.self, forKey: .text),
                      attachmentName: c.decodeIfPresent(String.self, forKey: .attachmentName))
    }

    public func encode(to encoder: Encoder) throws {
        enum Keys: String, CodingKey { case date, author, state, percent, text, attachmentName = "attachment_name" }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeDay(date, forKey: .date)
        try c.encode(author, forKey: .author)
        try c.encode(state, forKey: .state)
        try c.encode(percent, forKey: .percent)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(attachmentName, forKey: .attachmentName)
    }
}

/// All updates of one task, kept in date order (updates of the same day in the order received).
public struct ProgressHistory: Sendable, Equatable, Codable {
    public private(set) var updates: [ProgressUpdate]

    public init(_ updates: [ProgressUpdate] = []) {
        self.updates = []
        for update in updates { append(update) }
    }

    public mutating func append(_ update: ProgressUpdate) {
        // Insert after every update of the same or an earlier day: a stable order.
        let index = updates.lastIndex(where: { $0.date <= update.date }).map { $0 + 1 } ?? 0
        updates.insert(update, at: index)
    }

    public var latest: ProgressUpdate? { updates.last }
    public var isEmpty: Bool { updates.isEmpty }

    /// Stored as a plain array; decoding re-sorts, so a hand-edited file cannot break the order.
    public init(from decoder: Decoder) throws {
        self.init(try [ProgressUpdate](from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try updates.encode(to: encoder)
    }
}

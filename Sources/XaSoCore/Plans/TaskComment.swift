import Foundation

/// A remark on a task by someone who may comment (`AccessPolicy.canCommentOnTask`), typically a
/// partner department; it does not change the task's status.
public struct TaskComment: Sendable, Equatable {
    public let date: LocalDay
    public let author: String
    /// The author's department when they comment as one.
    public let department: String?
    public let text: String

    /// Throws `comment.empty` when there is nothing to say.
    public init(date: LocalDay, author: String, department: String? = nil, text: String) throws {
        let text = VietnameseText.normalized(text)
        guard !text.isEmpty else {
            throw AppError(.invalid, code: .commentEmpty, message: "the comment is empty",
                           vietnamese: "Nội dung góp ý đang để trống.")
        }
        self.date = date
        self.author = VietnameseText.normalized(author)
        self.department = department.map(VietnameseText.normalized).flatMap { $0.isEmpty ? nil : $0 }
        self.text = text
    }
}

extension TaskComment: Codable {
    private enum CodingKeys: String, CodingKey { case date, author, department, text }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(date: c.decodeRequiredDay(forKey: .date), author: c.decode(String.self, forKey: .author),
                      department: c.decodeIfPresent(String.self, forKey: .department),
                      text: c.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeDay(date, forKey: .date)
        try c.encode(author, forKey: .author)
        try c.encode(department, forKey: .department)
        try c.encode(text, forKey: .text)
    }
}

import FluentKit
import Foundation

/// A plan as stored; its tasks live in `plan_tasks`. Days are ISO text ("2025-07-09"), which sorts
/// and compares the same way on SQLite and PostgreSQL.
final class PlanModel: Model, @unchecked Sendable {
    static let schema = "plans"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "created_by") var createdBy: String

    // data fields
    @Field(key: "unit_code") var unitCode: String
    @OptionalField(key: "number") var number: String?
    @OptionalField(key: "issued_on") var issuedOn: String?
    @Field(key: "title") var title: String
    /// JSON array of the "Căn cứ …" paragraphs.
    @Field(key: "legal_basis") var legalBasis: String

    init() {}
}

final class PlanTaskModel: Model, @unchecked Sendable {
    static let schema = "plan_tasks"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    // relationships (plain columns: the store loads by key, never lazily)
    @Field(key: "plan_id") var planID: UUID
    /// Copied from the plan so a commune's tasks are found without a join.
    @Field(key: "unit_code") var unitCode: String

    // data fields
    /// Document order within the plan, from 0.
    @Field(key: "position") var position: Int
    @Field(key: "number") var number: String
    /// `PlanTask.path`: unique within the plan.
    @Field(key: "path") var path: String
    @OptionalField(key: "parent_number") var parentNumber: String?
    @Field(key: "title") var title: String
    @OptionalField(key: "lead") var lead: String?
    /// `VietnameseText.folded(lead)`: what "tasks of a department" compares.
    @OptionalField(key: "lead_key") var leadKey: String?
    /// JSON array of names.
    @Field(key: "partners") var partners: String
    /// `TaskDeadline.code`.
    @Field(key: "deadline") var deadline: String
    /// Due date of the first cycle not completed yet (ISO day); nil when none is open (a fixed date
    /// completed, "thường xuyên", no deadline). Depends only on the deadline and the updates, so it
    /// stays right until the next write; overdue is `next_due < today`.
    @OptionalField(key: "next_due") var nextDue: String?
    /// Day of the latest progress update (ISO): a status judged on an earlier day must ignore it.
    @OptionalField(key: "last_reported_on") var lastReportedOn: String?
    /// False for group headings ("1. Nâng cao nhận thức…") that other tasks name as parent.
    @Field(key: "is_work") var isWork: Bool
    @OptionalField(key: "expected_output") var expectedOutput: String?
    @OptionalField(key: "indicator_code") var indicatorCode: String?
    @OptionalField(key: "content") var content: String?
    @OptionalField(key: "solution") var solution: String?
    /// JSON array of the dash items.
    @Field(key: "details") var details: String
    @OptionalField(key: "assigned_on") var assignedOn: String?

    init() {}
}

final class TaskProgressModel: Model, @unchecked Sendable {
    static let schema = "task_progress"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date

    // relationships
    @Field(key: "task_id") var taskID: UUID

    // data fields
    /// Order of arrival within the task, from 0: same-day updates keep it.
    @Field(key: "position") var position: Int
    @Field(key: "reported_on") var reportedOn: String
    @Field(key: "author") var author: String
    @Field(key: "state") var state: String
    @Field(key: "percent") var percent: Int
    @Field(key: "note") var note: String
    @OptionalField(key: "attachment_name") var attachmentName: String?

    init() {}
}

final class TaskCommentModel: Model, @unchecked Sendable {
    static let schema = "task_comments"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date

    // relationships
    @Field(key: "task_id") var taskID: UUID

    // data fields
    @Field(key: "written_on") var writtenOn: String
    @Field(key: "author") var author: String
    @OptionalField(key: "department") var department: String?
    @Field(key: "body") var body: String

    init() {}
}

import Foundation

/// How the citizen handed the dossier in.
public enum SubmissionChannel: String, Sendable, Codable, CaseIterable, Hashable {
    /// "trực tuyến": through the national or provincial public service portal.
    case online
    /// "trực tiếp": at the one-stop shop counter.
    case direct
    /// "bưu chính công ích": by public post.
    case post

    public var label: String {
        switch self {
        case .online: return "Trực tuyến"
        case .direct: return "Trực tiếp"
        case .post: return "Bưu chính công ích"
        }
    }
}

/// Where a dossier stands. Every outcome but `inProgress` ends processing and
/// carries the day it ended (`Dossier.resultAt`).
public enum DossierOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    /// "đã trả kết quả": processed and the result returned.
    case resolved
    /// "từ chối": refused, not handled (with a reason).
    case rejected
    /// "rút hồ sơ": withdrawn by the applicant.
    case withdrawn
    /// "đang xử lý": still being processed.
    case inProgress = "in_progress"

    public var label: String {
        switch self {
        case .resolved: return "Đã trả kết quả"
        case .rejected: return "Từ chối"
        case .withdrawn: return "Rút hồ sơ"
        case .inProgress: return "Đang xử lý"
        }
    }

    public var isFinished: Bool { self != .inProgress }
}

/// One application (hồ sơ) for a procedure, as the one-stop shop records it.
/// Times are Vietnam local time; the rules look only at their calendar days.
public struct Dossier: Sendable, Hashable, Codable {
    public var code: String
    public var procedureCode: String
    public var channel: SubmissionChannel
    /// Ngày tiếp nhận.
    public var receivedAt: LocalDateTime
    /// Hạn xử lý; nil when the procedure sets no deadline.
    public var dueAt: LocalDateTime?
    /// Ngày có kết quả: when processing ended (result returned, refused or withdrawn).
    /// Present exactly when `outcome` is not `inProgress`.
    public var resultAt: LocalDateTime?
    public var outcome: DossierOutcome
    /// The fee was paid online.
    public var paidOnline: Bool
    /// Ngày cập nhật hệ thống: when the dossier was keyed into the electronic system.
    public var enteredAt: LocalDateTime?
    /// Số hóa hồ sơ: the dossier's papers and result were digitised; nil when the export does not say.
    public var digitised: Bool?
    /// Tái sử dụng dữ liệu số hóa: data digitised before was reused instead of asked again; nil when unknown.
    public var reusedDigitalData: Bool?

    public init(code: String, procedureCode: String, channel: SubmissionChannel,
                receivedAt: LocalDateTime, dueAt: LocalDateTime?, resultAt: LocalDateTime?,
                outcome: DossierOutcome, paidOnline: Bool = false, enteredAt: LocalDateTime? = nil,
                digitised: Bool? = nil, reusedDigitalData: Bool? = nil) {
        self.code = code
        self.procedureCode = procedureCode
        self.channel = channel
        self.receivedAt = receivedAt
        self.dueAt = dueAt
        self.resultAt = resultAt
        self.outcome = outcome
        self.paidOnline = paidOnline
        self.enteredAt = enteredAt
        self.digitised = digitised
        self.reusedDigitalData = reusedDigitalData
    }

    enum CodingKeys: String, CodingKey {
        case code, channel, outcome
        case procedureCode = "procedure_code"
        case receivedAt = "received_at"
        case dueAt = "due_at"
        case resultAt = "result_at"
        case paidOnline = "paid_online"
        case enteredAt = "entered_at"
        case digitised
        case reusedDigitalData = "reused_digital_data"
    }
}

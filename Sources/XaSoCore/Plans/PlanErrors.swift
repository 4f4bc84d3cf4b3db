import Foundation

/// The plans domain's failures, as `AppError`s with stable codes, so the API, the pages and the
/// CLI report them the same way as every other failure.
extension AppError {
    /// Nothing to read: an empty file, or only blanks.
    public static let planEmptyDocument = AppError(
        .invalid, code: .planEmpty,
        message: "the document is empty: there is nothing to import as a plan; nothing was stored",
        vietnamese: "Tài liệu trống: không có nội dung nào để nhập kế hoạch; chưa có dữ liệu nào được lưu.")

    /// More text than any plan holds (`PlanTextParser.maxTextBytes`): refused before it is read.
    public static func planTooLong(limitBytes: Int) -> AppError {
        let mb = limitBytes >> 20
        return AppError(
            .invalid, code: .planTooLong,
            message: "the document holds more than \(mb) MB of text, more than any plan; nothing was stored",
            vietnamese: "Tài liệu có hơn \(mb) MB chữ, dài hơn mọi kế hoạch; chưa có dữ liệu nào được lưu.")
    }

    /// Text present, but no numbered task ("1.", "1.1.", "a)") and no "Nhiệm vụ:" pillar.
    public static func planNoTasks(section: String?) -> AppError {
        let whereEN = section.map { "in section \"\($0)\"" } ?? "in the document"
        let whereVI = section.map { "trong mục “\($0)”" } ?? "trong tài liệu"
        return AppError(
            .invalid, code: .planNoTasks,
            message: "no numbered task (1., 1.1., a)) and no \"Nhiệm vụ:\" item found \(whereEN); nothing was stored",
            vietnamese: "Không tìm thấy nhiệm vụ nào được đánh số (1., 1.1., a)…) hoặc mục “Nhiệm vụ:” \(whereVI); "
                + "chưa có dữ liệu nào được lưu.")
    }

    /// A deadline value that cannot be meant (month 13, day 0).
    public static func invalidDeadline(_ english: String, _ vietnamese: String) -> AppError {
        AppError(.invalid, code: .deadlineInvalid, message: "invalid deadline: \(english)",
                 vietnamese: "Thời hạn không hợp lệ: \(vietnamese).")
    }

    /// A deadline code (see `TaskDeadline.code`) that does not parse.
    public static func unreadableDeadline(_ text: String) -> AppError {
        AppError(.invalid, code: .deadlineUnreadable,
                 message: "deadline \"\(text)\" is not understood (e.g. 2025-12-31, yearly:12-31, quarterly:31, "
                    + "quarterly:+15, monthly:5, ongoing)",
                 vietnamese: "Không hiểu thời hạn “\(text)” (ví dụ: 31/12/2025, “Ngày 15/12 hằng năm”, “Hằng quý”, "
                    + "“Thường xuyên”).")
    }

    static func progress(_ code: ErrorCode, _ english: String, _ vietnamese: String) -> AppError {
        AppError(.invalid, code: code, message: english, vietnamese: vietnamese)
    }
}

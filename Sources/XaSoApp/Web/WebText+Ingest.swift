import Foundation

/// Labels and messages of the page that reads old reports in.
extension L {
    static let navIngest = "Nhập báo cáo cũ"
    static func ingestTitle(_ unit: String) -> String { "Nhập báo cáo cũ – \(unit)" }
    static let ingestIntro = "Tải lên báo cáo đã ban hành (Word .docx, PDF có lớp chữ, hoặc văn bản .txt – kể cả bản scan không dấu). Hệ thống đọc kỳ báo cáo, bảng chỉ tiêu, các số liệu nêu trong câu và phần viết theo từng mục; kiểm tra, sửa rồi bấm “Lưu”. Số liệu được lưu ở trạng thái nháp, ghi rõ tệp và dòng đã đọc."
    static let ingestChooseFile = "Tệp báo cáo"
    static let ingestPeriodOptional = "Kỳ báo cáo (để trống nếu văn bản đã ghi rõ)"
    static let ingestKindAuto = "Tự nhận theo đề mục của văn bản"
    static let ingestRead = "Đọc báo cáo"
    static let ingestPreviewTitle = "Kết quả đọc báo cáo"
    static let ingestNotFound = "không tìm thấy"
    static func ingestFigures(_ n: Int) -> String { "Số liệu đọc được (\(n))" }
    static let ingestNoFigures = "Không đọc được số liệu chỉ tiêu nào."
    static let ingestFiguresCaption = "Số liệu đọc được, bên cạnh dòng văn bản gốc"
    static let ingestKeep = "Lưu"
    static let ingestSourceLine = "Dòng trong văn bản"
    static let ingestConfidence = "Độ tin cậy"
    static func ingestKeepLabel(_ line: Int) -> String { "Lưu số liệu ở dòng \(line)" }
    static func ingestMatchLabel(_ line: Int) -> String { "Chỉ tiêu của số liệu ở dòng \(line)" }
    static func ingestValueLabel(_ line: Int) -> String { "Giá trị của số liệu ở dòng \(line)" }
    static func ingestLine(_ n: Int) -> String { "Dòng \(n)" }
    static func ingestAsRead(_ text: String) -> String { "Nguyên văn (chưa khôi phục dấu): \(text)" }
    static let ingestDossiers = "Số liệu hồ sơ thủ tục hành chính nêu trong báo cáo"
    static func ingestSections(_ n: Int) -> String { "Các mục của phần viết (\(n))" }
    static let ingestNoSection = "không có mục tương ứng – ghép vào mục trước"
    static let ingestNoDiacritics = "(văn bản không dấu, giữ nguyên như đọc được)"
    static func ingestUnmatched(_ n: Int) -> String { "Dòng có số liệu chưa nhận ra (\(n))" }
    static let ingestSave = "Lưu số liệu và phần viết"
    static func ingestUnknownCode(_ code: String, line: Int) -> String { "Dòng \(line): không có chỉ tiêu mã “\(code)”." }
    static func ingestBadValue(_ text: String, line: Int) -> String { "Dòng \(line): giá trị “\(text)” không phải một số (ví dụ: 85%, ~15%, 36,7)." }
    static func ingestDuplicate(_ code: String) -> String { "Chỉ tiêu \(code) được chọn cho hơn một số liệu; mỗi chỉ tiêu chỉ giữ một số liệu." }
}

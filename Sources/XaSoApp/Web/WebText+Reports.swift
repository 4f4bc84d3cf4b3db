import Foundation
import XaSoCore

/// Labels and messages of the report pages.
extension L {
    static let navReports = "Báo cáo"
    static func reportsTitle(_ unit: String) -> String { "Báo cáo – \(unit)" }
    static let reportKind = "Loại báo cáo"
    static let provinceReportLink = "Lập báo cáo kết quả chuyển đổi số các xã, phường"
    static let openReport = "Mở báo cáo"
    static let chooseReport = "Chọn loại báo cáo và kỳ báo cáo, rồi bấm “Mở báo cáo”."
    static let savedReports = "Báo cáo đã lưu"
    static let noSavedReports = "Chưa lưu báo cáo nào."
    static let reportNumberShort = "Số"
    static let notNumbered = "chưa vào số"
    static func narrativeEdits(_ n: Int) -> String { n == 0 ? "chưa sửa đoạn nào" : "đã sửa \(n) đoạn" }
    static let downloads = "Tải về"
    static let downloadDocx = "Tải DOCX (Word)"
    static let downloadPDF = "Tải PDF"
    static let openPrintable = "Mở bản xem để in"
    static let pdfUnavailableHint = "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải DOCX rồi lưu thành PDF bằng Word."
    static let reportSettings = "Thông tin văn bản"
    static let reportNumber = "Số văn bản"
    static let reportNumberHint = "Để trống nếu văn thư sẽ vào số sau."
    static let reportDate = "Ngày ban hành"
    static let reportDateHint = "Ví dụ: 21/10/2025; để trống để ghi ngày khi ký."
    static let signerName = "Người ký"
    static let signerRole = "Thẩm quyền ký"
    static let signerChairman = "Chủ tịch (TM. Ủy ban nhân dân)"
    static let signerViceChairman = "Phó Chủ tịch (KT. Chủ tịch)"
    static let narrative = "Phần viết của xã"
    static let narrativeHint = "Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” là một gạch đầu dòng; **chữ đậm** giữ in đậm. Xóa hết chữ trong ô để bỏ đoạn đó; để nguyên chữ mặc định thì báo cáo dùng văn bản mặc định."
    static let noNarrative = "Loại báo cáo này không có đoạn nào để xã tự viết."
    static let stillHint = "còn chữ gợi ý trong ngoặc vuông"
    static let saveReport = "Lưu báo cáo"
    static let reportSaved = "Đã lưu báo cáo."
    static let startFromPrevious = "Kế thừa phần viết của kỳ trước"
    static let startFromPreviousHint = "Chép các đoạn xã đã viết ở báo cáo kỳ trước vào những đoạn chưa sửa; số liệu luôn lấy mới."
    static func copiedFromPrevious(_ period: ReportingPeriod, copied: Int) -> String {
        "Đã chép \(copied) đoạn từ báo cáo \(period.vietnameseName)."
    }
    static let readOnlyReport = "Bạn chỉ được xem báo cáo; chỉ quản trị của xã được sửa và lưu."
    static let preview = "Xem trước"
    static let previewFrameTitle = "Bản xem trước của báo cáo"
    static func reportNumberInvalid(_ text: String) -> String { "Số văn bản “\(text)” không hợp lệ: nhập một số nguyên dương." }
    static func unknownNarrativeID(_ id: String) -> String { "Đoạn “\(id)” không có trong báo cáo này; hãy tải lại trang." }
}

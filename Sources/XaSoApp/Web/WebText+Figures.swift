import XaSoCore

/// Vietnamese texts of the figures page (issue #11).
extension L {
    static let navFigures = "Số liệu báo cáo"
    static let reportFramework = "Bộ chỉ tiêu của bảng đánh giá"
    static let reportFrameworkDefault = "Mặc định theo loại báo cáo"
    static func figuresTitle(_ unit: String) -> String { "Số liệu nêu trong báo cáo – \(unit)" }
    static let figuresIntro = "Các số liệu báo cáo nêu bằng câu văn (văn bản đã ban hành, buổi tuyên truyền, biên chế, tài khoản, văn bản ký số, Tổ công nghệ số cộng đồng…). Nhập số liệu ở trang Nhập số liệu hoặc Nhập từ tệp; báo cáo tự viết câu theo mẫu câu dưới đây."
    static let figureCode = "Mã số liệu"
    static let figureCodeHint = "Chữ không dấu, số và dấu . - _; ví dụ NGHIDUONG.01."
    static let figureName = "Tên số liệu"
    static let figureKind = "Loại"
    static let figureUnit = "Đơn vị tính"
    static let figureOwner = "Cơ quan chủ trì"
    static let figureFramework = "Thuộc bộ số liệu"
    static let figureSentence = "Mẫu câu trong báo cáo"
    static let figureSentenceHint = "Dùng {value} cho số liệu, {numerator}/{denominator} cho tử số/mẫu số, {change} cho mức tăng giảm so với kỳ trước, {ky} cho kỳ báo cáo, {cap_xa} cho “xã”/“phường”. Ví dụ: Toàn {cap_xa} có {value} hộ lắp camera an ninh{change}."
    static let figureSentenceNo = "Mẫu câu khi “Không” (chỉ với loại Có/Không)"
    static let figureOwn = "(số liệu riêng)"
    static let addFigure = "Thêm số liệu"
    static func figureAdded(_ code: String) -> String { "Đã thêm số liệu \(code)." }

    static func figureFrameworkText(_ code: String) -> String {
        code == "XS-CCHC" ? "Cải cách hành chính (XS-CCHC)" : "Chuyển đổi số (XS-CDS)"
    }

    static func unitKindText(_ kind: UnitKind) -> String {
        switch kind {
        case .count: return "Số đếm"
        case .percent: return "Tỷ lệ (%)"
        case .yesNo: return "Có/Không"
        case .text: return "Văn bản ngắn"
        case .index: return "Chỉ số"
        case .rank: return "Thứ hạng"
        }
    }
}

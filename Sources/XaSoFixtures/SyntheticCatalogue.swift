import Foundation
import XaSoCore

/// A commune procedure catalogue for tests and benchmarks. Names and fields are
/// those of real commune-level procedures; codes ("X.HT.01") are made up so they
/// can never be mistaken for the national portal's codes. Levels, fees and
/// processing times are plausible, not official.
enum SyntheticCatalogue {
    struct Entry: Sendable {
        let code: String
        let name: String
        let field: String
        let level: OnlineServiceLevel
        let hasFee: Bool
        let onlinePayment: Bool
        /// Calendar days from receipt to the due day; 0 = due the same day.
        let processingDays: Int
        /// Relative share of dossiers.
        let weight: Double
    }

    static let entries: [Entry] = [
        Entry(code: "X.HT.01", name: "Đăng ký khai sinh", field: "Hộ tịch", level: .full, hasFee: false, onlinePayment: false, processingDays: 0, weight: 8),
        Entry(code: "X.HT.02", name: "Đăng ký kết hôn", field: "Hộ tịch", level: .partial, hasFee: false, onlinePayment: false, processingDays: 0, weight: 3),
        Entry(code: "X.HT.03", name: "Đăng ký khai tử", field: "Hộ tịch", level: .full, hasFee: false, onlinePayment: false, processingDays: 0, weight: 3),
        Entry(code: "X.HT.04", name: "Đăng ký nhận cha, mẹ, con", field: "Hộ tịch", level: .partial, hasFee: false, onlinePayment: false, processingDays: 3, weight: 0.3),
        Entry(code: "X.HT.05", name: "Cấp bản sao trích lục hộ tịch", field: "Hộ tịch", level: .full, hasFee: true, onlinePayment: true, processingDays: 0, weight: 6),
        Entry(code: "X.HT.06", name: "Cấp Giấy xác nhận tình trạng hôn nhân", field: "Hộ tịch", level: .full, hasFee: true, onlinePayment: true, processingDays: 3, weight: 5),
        Entry(code: "X.HT.07", name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", field: "Hộ tịch", level: .partial, hasFee: true, onlinePayment: true, processingDays: 3, weight: 1),
        Entry(code: "X.HT.08", name: "Đăng ký lại khai sinh", field: "Hộ tịch", level: .partial, hasFee: false, onlinePayment: false, processingDays: 5, weight: 0.5),
        Entry(code: "X.HT.09", name: "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", field: "Hộ tịch", level: .full, hasFee: false, onlinePayment: false, processingDays: 5, weight: 3),
        Entry(code: "X.HT.10", name: "Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất", field: "Hộ tịch", level: .full, hasFee: false, onlinePayment: false, processingDays: 7, weight: 1),
        Entry(code: "X.CT.01", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản", field: "Chứng thực", level: .partial, hasFee: true, onlinePayment: true, processingDays: 0, weight: 25),
        Entry(code: "X.CT.02", name: "Chứng thực chữ ký trong các giấy tờ, văn bản", field: "Chứng thực", level: .direct, hasFee: true, onlinePayment: false, processingDays: 0, weight: 5),
        Entry(code: "X.CT.03", name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", field: "Chứng thực", level: .direct, hasFee: true, onlinePayment: false, processingDays: 2, weight: 3),
        Entry(code: "X.CT.04", name: "Chứng thực văn bản thỏa thuận phân chia di sản", field: "Chứng thực", level: .direct, hasFee: false, onlinePayment: false, processingDays: 3, weight: 0.5),
        Entry(code: "X.DD.01", name: "Hòa giải tranh chấp đất đai", field: "Đất đai", level: .direct, hasFee: false, onlinePayment: false, processingDays: 30, weight: 0.5),
        Entry(code: "X.DD.02", name: "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", field: "Đất đai", level: .partial, hasFee: true, onlinePayment: true, processingDays: 20, weight: 2),
        Entry(code: "X.DD.03", name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", field: "Đất đai", level: .partial, hasFee: true, onlinePayment: true, processingDays: 10, weight: 2),
        Entry(code: "X.DD.04", name: "Chuyển mục đích sử dụng đất", field: "Đất đai", level: .partial, hasFee: false, onlinePayment: false, processingDays: 15, weight: 0.5),
        Entry(code: "X.BT.01", name: "Trợ giúp xã hội thường xuyên tại cộng đồng", field: "Bảo trợ xã hội", level: .full, hasFee: false, onlinePayment: false, processingDays: 10, weight: 2),
        Entry(code: "X.BT.02", name: "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", field: "Bảo trợ xã hội", level: .full, hasFee: false, onlinePayment: false, processingDays: 3, weight: 0.7),
        Entry(code: "X.BT.03", name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", field: "Bảo trợ xã hội", level: .partial, hasFee: false, onlinePayment: false, processingDays: 30, weight: 0.7),
        Entry(code: "X.BT.04", name: "Thôi hưởng trợ cấp xã hội hằng tháng", field: "Bảo trợ xã hội", level: .full, hasFee: false, onlinePayment: false, processingDays: 3, weight: 0.3),
        Entry(code: "X.NC.01", name: "Giải quyết chế độ mai táng phí đối với người có công với cách mạng", field: "Người có công", level: .partial, hasFee: false, onlinePayment: false, processingDays: 5, weight: 0.3),
        Entry(code: "X.TD.01", name: "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", field: "Thi đua, khen thưởng", level: .direct, hasFee: false, onlinePayment: false, processingDays: 20, weight: 0.3),
        Entry(code: "X.KD.01", name: "Đăng ký thành lập hộ kinh doanh", field: "Thành lập và hoạt động của hộ kinh doanh", level: .full, hasFee: true, onlinePayment: true, processingDays: 3, weight: 1.5),
        Entry(code: "X.KD.02", name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", field: "Thành lập và hoạt động của hộ kinh doanh", level: .full, hasFee: true, onlinePayment: true, processingDays: 3, weight: 0.7),
        Entry(code: "X.KD.03", name: "Chấm dứt hoạt động hộ kinh doanh", field: "Thành lập và hoạt động của hộ kinh doanh", level: .full, hasFee: false, onlinePayment: false, processingDays: 3, weight: 0.4),
        Entry(code: "X.XD.01", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", field: "Hoạt động xây dựng", level: .partial, hasFee: true, onlinePayment: true, processingDays: 15, weight: 1),
        Entry(code: "X.GD.01", name: "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục", field: "Giáo dục và Đào tạo", level: .partial, hasFee: false, onlinePayment: false, processingDays: 20, weight: 0.05),
        Entry(code: "X.VH.01", name: "Xét tặng danh hiệu Gia đình văn hóa hằng năm", field: "Văn hóa cơ sở", level: .direct, hasFee: false, onlinePayment: false, processingDays: 5, weight: 0.2),
        Entry(code: "X.NN.01", name: "Đăng ký việc nuôi con nuôi trong nước", field: "Nuôi con nuôi", level: .partial, hasFee: false, onlinePayment: false, processingDays: 30, weight: 0.05),
    ]
}

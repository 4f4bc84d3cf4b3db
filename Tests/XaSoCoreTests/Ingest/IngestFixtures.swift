import Foundation
import Testing
@testable import XaSoCore

/// What the two reference reports state, transcribed by hand from /work/shared/reference.
enum IngestFixtures {
    struct TableRow {
        var code: String
        var value: Double
        var approximate: Bool
        var target: String
        var verdict: String
    }

    /// Gia Phúc, quý III/2025, section I.1.
    static let giaPhucTable: [TableRow] = [
        TableRow(code: "CL411.01", value: 85, approximate: false, target: "80%", verdict: "Đạt, vượt mục tiêu"),
        TableRow(code: "CL411.02", value: 70, approximate: false, target: "80%", verdict: "Tiệm cận mục tiêu"),
        TableRow(code: "CL411.03", value: 15, approximate: true, target: "> 50%", verdict: "Chưa đạt"),
        TableRow(code: "CL411.04", value: 70, approximate: false, target: "> 70%", verdict: "Đạt mục tiêu"),
        TableRow(code: "CL411.05", value: 95, approximate: false, target: "80%", verdict: "Đạt, vượt mục tiêu"),
        TableRow(code: "CL411.06", value: 70, approximate: false, target: "> 70%", verdict: "Đạt mục tiêu"),
        TableRow(code: "CL411.07", value: 35, approximate: false, target: "> 50%", verdict: "Chưa đạt"),
        TableRow(code: "CL411.08", value: 25, approximate: true, target: "> 30%", verdict: "Chưa đạt"),
        TableRow(code: "CL411.09", value: 90, approximate: false, target: "> 90%", verdict: "Đạt mục tiêu"),
        TableRow(code: "CL411.10", value: 80, approximate: false, target: "> 80%", verdict: "Đạt, vượt mục tiêu"),
    ]

    /// Nghi Dương, 6 tháng đầu năm 2026, "Kết quả giải quyết thủ tục hành chính": the contract's
    /// keys it states. Early and on-time are stated only together (5792), so neither is here.
    static let nghiDuongDossiers: [String: Int] = [
        "received_total": 5892, "online": 5805, "direct": 0, "resolved": 5839, "late": 5, "rejected": 13,
        "withdrawn": 29, "in_progress": 53,
    ]

    /// The headings of each reference and the section of XaSo's kind each is.
    static let giaPhucSections = [
        "danh-gia-tinh-hinh", "danh-gia-muc-tieu", "ket-qua-nhiem-vu", "the-che", "ha-tang-so", "du-lieu-so",
        "an-toan-thong-tin", "nhan-luc-so", "van-hoa-so", "giai-phap-da-trien-khai", "to-chuc-bo-may", "hop-tac",
        "tuyen-truyen", "kinh-phi", "tac-dong-tieu-cuc", "danh-gia-chung", "ton-tai-han-che", "de-xuat", "phuong-huong",
        "muc-tieu-tong-quat", "muc-tieu-cu-the",
    ]

    static let nghiDuongSections = [
        "phan-ket-qua", "chi-dao-dieu-hanh", "hoat-dong-chi-dao", "thong-tin-tuyen-truyen", "ket-qua-cchc-cds",
        "cai-cach-the-che", "cai-cach-tthc", "cai-cach-bo-may", "cai-cach-cong-vu", "cai-cach-tai-chinh", "ha-tang-so",
        "chinh-quyen-so", "kinh-te-so", "xa-hoi-so", "an-toan-thong-tin", "danh-gia-chung", "mat-tich-cuc",
        "ton-tai-han-che", "phan-nhiem-vu",
    ]

    /// A phrase of each section's text as the reference writes it, to check the text went to the right section.
    static let giaPhucSectionPhrases: [String: String] = [
        "the-che": "Ban hành 04 văn bản quy phạm pháp luật",
        "tuyen-truyen": "Tổ chức 13 buổi tuyên truyền",
        "de-xuat": "Đề nghị thành phố, Sở Khoa học và Công nghệ",
        "danh-gia-tinh-hinh": "Trong quý III năm 2025",
    ]

    static let nghiDuongSectionPhrases: [String: String] = [
        "cai-cach-tthc": "Tổng số hồ sơ tiếp nhận là 5892 hồ sơ",
        "cai-cach-bo-may": "Tổng số biên chế công chức được giao trong năm: 40 người",
        "xa-hoi-so": "tổ chức 02 buổi tập huấn",
        "mat-tich-cuc": "Công tác cải cách hành chính, chuyển đổi số luôn được xác định",
    ]

    static var catalogue: IngestCatalogue {
        IngestCatalogue(indicators: (try? FrameworkCatalog.official().indicators) ?? [])
    }

    static func parse(_ text: String, unit: String = "X", name: String? = nil, period: ReportingPeriod? = nil,
                      kind: String? = nil) throws -> IngestedReport {
        try ReportIngestParser(catalogue: catalogue).parse(text, options: .init(unitCode: unit, unitName: name, period: period, kindCode: kind))
    }
}

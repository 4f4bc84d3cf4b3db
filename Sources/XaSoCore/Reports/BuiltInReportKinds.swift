import Foundation

/// The built-in kinds, written as data in the same shape a province's JSON uses. Outlines and
/// wording follow the two reference reports (Gia Phúc quý III/2025, Nghi Dương 6 tháng đầu năm
/// 2026). Narrative items hold a bracketed hint until a person writes the text.
enum BuiltInReportKinds {
    static let all = [quarterlyDigitalSociety, sixMonthReform, annualDigitalTransformation, planProgress] + provinceKinds

    private static func s(_ id: String, _ title: String?, _ level: Int, numbered: Bool = true, restart: Bool = false,
                          inline: Bool = false, _ content: ReportContentTemplate...) -> ReportSectionTemplate {
        ReportSectionTemplate(id: id, title: title, level: level, numbered: numbered, restartNumbering: restart,
                              inline: inline, content: content)
    }

    private static func text(_ t: String) -> ReportContentTemplate { .text(t) }
    private static func dash(_ t: String) -> ReportContentTemplate { .dash(t) }
    private static func gen(_ g: ReportGenerator) -> ReportContentTemplate { .generate(g) }
    /// The figures' sentences (XS-CCHC, XS-CDS: framework-xaso.json), a hint naming those not entered.
    private static func fig(_ codes: String...) -> ReportContentTemplate { ReportContentTemplate(figures: codes) }
    private static func figDash(_ codes: String...) -> ReportContentTemplate { ReportContentTemplate(dash: "", figures: codes) }

    private static let strategy = "Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030"

    // MARK: quarterly

    static let quarterlyDigitalSociety = ReportKindDefinition(
        code: "quarterly-cds",
        name: "Báo cáo quý tình hình thực hiện \(strategy)",
        description: "Bảng chỉ tiêu phát triển xã hội số (STT, chỉ tiêu, cơ quan báo cáo, kết quả, mục tiêu, đánh giá), đánh giá, tồn tại hạn chế và mục tiêu cụ thể, theo mẫu báo cáo quý III/2025 của xã Gia Phúc.",
        periodKinds: [.quarter, .nineMonths],
        summary: ["Tình hình thực hiện \(strategy) theo Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, {ky}"],
        sections: [
            s("danh-gia-tinh-hinh", "ĐÁNH GIÁ TÌNH HÌNH", 1,
              text("Trong {ky}, {co_quan} đã tập trung chỉ đạo, triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội, cải cách hành chính và chuyển đổi số theo chỉ đạo của cấp trên. [Bổ sung đánh giá chung về tình hình của đơn vị.]"), gen(.keyFigures)),
            s("danh-gia-muc-tieu", "Đánh giá tình hình thực hiện các mục tiêu phát triển đã đặt ra về phát triển xã hội số", 2,
              text("Kết quả thực hiện các chỉ tiêu phát triển xã hội số tính đến {ky_ngan} như sau:"),
              gen(.indicatorTable), gen(.indicatorSummary), gen(.verdictChart)),
            s("ket-qua-nhiem-vu", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", 1),
            s("the-che", "Thể chế", 2, fig("XS-CCHC.03", "XS-CCHC.04")),
            s("ha-tang-so", "Hạ tầng số và nền tảng số", 2,
              fig("XS-CDS.27", "XS-CDS.18", "XS-CDS.19", "XS-CDS.21", "XS-CDS.20", "XS-CCHC.17", "XS-CDS.13")),
            s("du-lieu-so", "Dữ liệu số", 2, text("[Nêu kết quả số hóa, quản lý dữ liệu trong {ky}.]")),
            s("an-toan-thong-tin", "An toàn thông tin và bảo mật dữ liệu", 2, fig("XS-CDS.15"),
              text("[Nêu các biện pháp bảo đảm an toàn thông tin đã triển khai.]")),
            s("nhan-luc-so", "Nhân lực số và kỹ năng số", 2, fig("XS-CDS.04", "XS-CDS.10", "XS-CDS.22", "XS-CDS.26")),
            s("van-hoa-so", "Văn hóa số và công dân số", 2, fig("XS-CDS.16", "XS-CDS.17"),
              text("[Nêu các phong trào, hoạt động xây dựng văn hóa số, công dân số.]")),
            s("giai-phap-da-trien-khai", "CÁC GIẢI PHÁP ĐÃ TRIỂN KHAI THỰC HIỆN", 1),
            s("to-chuc-bo-may", "Tổ chức, bộ máy", 2, fig("XS-CDS.01", "XS-CDS.02")),
            s("hop-tac", "Hợp tác trong nước", 2, text("[Nêu các hoạt động phối hợp với doanh nghiệp, đơn vị liên quan.]")),
            s("tuyen-truyen", "Tuyên truyền, phổ biến, nâng cao nhận thức", 2, fig("XS-CDS.03", "XS-CDS.05", "XS-CDS.06", "XS-CDS.07")),
            s("kinh-phi", "Bảo đảm kinh phí", 2, text("[Nêu nguồn kinh phí đã bố trí cho các nhiệm vụ.]")),
            s("tac-dong-tieu-cuc", "Giảm thiểu các tác động tiêu cực của phát triển kinh tế số, xã hội số", 2,
              text("[Đánh giá tác động của phát triển kinh tế số, xã hội số ở địa phương.]")),
            s("danh-gia-chung", "ĐÁNH GIÁ CHUNG", 1),
            // The hint keeps the id it had before the dossier limitations came in, so saved edits still find it.
            s("ton-tai-han-che", "Tồn tại, hạn chế", 2, gen(.limitations), gen(.dossierLimitations),
              .text("[Bổ sung các tồn tại, hạn chế khác nếu có.]", id: "ton-tai-han-che.2")),
            s("de-xuat", "Đề xuất, kiến nghị", 2, text("[Nêu các đề xuất, kiến nghị với cấp trên.]")),
            s("phuong-huong", "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", 1),
            s("muc-tieu-tong-quat", "Mục tiêu tổng quát", 2,
              text("Thúc đẩy chuyển đổi số trên địa bàn {don_vi}, nâng cao tỷ lệ người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và chữ ký số cá nhân; bảo đảm an toàn, an ninh mạng; thu hẹp khoảng cách số giữa các nhóm dân cư.")),
            s("muc-tieu-cu-the", "Mục tiêu cụ thể", 2),
            s("muc-tieu-cuoi-nam", "Đến 31/12/{nam}:", 3, gen(.targets)),
            s("dinh-huong-2030", "Định hướng đến năm 2030:", 3, gen(.direction2030)),
            s("nhiem-vu-giai-phap", "Nhiệm vụ theo trụ cột", 2, gen(.planPillars)),
        ],
        closing: "Trên đây là Báo cáo tình hình thực hiện \(strategy), {ky} của {co_quan}./.",
        recipients: ["- Sở KH&CN (để báo cáo);", "- TT Đảng ủy (để báo cáo);", "- CT, các PCT UBND {cap_xa};",
                     "- Phòng VH - XH;", "- Lưu: VT."])

    // MARK: six-month

    static let sixMonthReform = ReportKindDefinition(
        code: "six-month-cchc",
        name: "Báo cáo 6 tháng kết quả cải cách hành chính, chuyển đổi số",
        description: "Kết quả cải cách hành chính, chuyển đổi số 6 tháng và nhiệm vụ 6 tháng tiếp theo, với đoạn số liệu giải quyết hồ sơ thủ tục hành chính theo mẫu báo cáo 6 tháng đầu năm 2026 của xã Nghi Dương.",
        periodKinds: [.halfYear],
        summary: ["Kết quả thực hiện công tác cải cách hành chính, chuyển đổi số {ky}; nhiệm vụ, giải pháp {ky_sau}"],
        sections: [
            s("phan-ket-qua", "KẾT QUẢ THỰC HIỆN {KY}", 0),
            s("chi-dao-dieu-hanh", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1),
            s("hoat-dong-chi-dao", "Các hoạt động chỉ đạo, điều hành", 2,
              fig("XS-CCHC.01", "XS-CCHC.02"), fig("XS-CDS.01", "XS-CDS.02")),
            s("thong-tin-tuyen-truyen", "Công tác thông tin, tuyên truyền", 2,
              fig("XS-CCHC.05", "XS-CCHC.06", "XS-CDS.05", "XS-CDS.07")),
            s("ket-qua-cchc-cds", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ", 1,
              text("***Về cải cách hành chính***")),
            s("cai-cach-the-che", "Cải cách thể chế", 2, fig("XS-CCHC.03"),
              text("[Nêu các kế hoạch rà soát, kiểm tra, theo dõi thi hành văn bản quy phạm pháp luật.]")),
            s("cai-cach-tthc", "Về cải cách thủ tục hành chính", 2, fig("XS-CCHC.04"),
              gen(.dossierResults), fig("XS-CCHC.15", "XS-CCHC.16")),
            s("cai-cach-bo-may", "Cải cách tổ chức bộ máy", 2, fig("XS-CCHC.09", "XS-CCHC.10", "XS-CCHC.11", "XS-CCHC.12")),
            s("cai-cach-cong-vu", "Cải cách chế độ công vụ", 2, fig("XS-CCHC.08", "XS-CCHC.07")),
            s("cai-cach-tai-chinh", "Về cải cách tài chính công", 2, fig("XS-CCHC.14"),
              text("[Nêu việc giao dự toán, tự chủ tài chính, quy chế chi tiêu nội bộ.]")),
            s("ve-chuyen-doi-so", nil, 2, text("***Về chuyển đổi số***")),
            s("ha-tang-so", "Phát triển hạ tầng số", 2, restart: true, inline: true,
              fig("XS-CDS.27", "XS-CCHC.17", "XS-CDS.18", "XS-CDS.19", "XS-CDS.20", "XS-CDS.13")),
            s("chinh-quyen-so", "Phát triển chính quyền số", 2, inline: true, fig("XS-CDS.12", "XS-CDS.08", "XS-CDS.10", "XS-CDS.11")),
            s("kinh-te-so", "Phát triển kinh tế số", 2, inline: true, fig("XS-CDS.25", "XS-CDS.23", "XS-CDS.24")),
            s("xa-hoi-so", "Phát triển xã hội số", 2, inline: true, fig("XS-CDS.16", "XS-CDS.17", "XS-CDS.04")),
            s("an-toan-thong-tin", "Công tác bảo đảm an toàn, an ninh thông tin mạng", 2, inline: true, fig("XS-CDS.15")),
            s("danh-gia-chung", "ĐÁNH GIÁ CHUNG", 1),
            s("mat-tich-cuc", "Mặt tích cực", 2,
              text("Công tác cải cách hành chính, chuyển đổi số luôn được xác định là một trong những nhiệm vụ trọng tâm, xuyên suốt; được lãnh đạo {don_vi} quan tâm lãnh đạo, chỉ đạo, thống nhất triển khai đồng bộ.")),
            s("ton-tai-han-che", "Tồn tại, hạn chế", 2, gen(.dossierLimitations),
              dash("Nguồn lực đầu tư cho hạ tầng công nghệ thông tin, chuyển đổi số còn hạn chế, chưa đáp ứng yêu cầu phát triển trong giai đoạn mới."),
              dash("Trình độ, kỹ năng số của một bộ phận người dân còn chưa đồng đều; việc sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt chưa thực sự phổ biến.")),
            s("phan-nhiem-vu", "NHIỆM VỤ, GIẢI PHÁP {KY_SAU}", 0,
              text("1. Đẩy mạnh công tác thông tin, tuyên truyền cải cách hành chính, chuyển đổi số."),
              text("2. Tiếp tục thực hiện có hiệu quả các nội dung liên quan đến cải cách thủ tục hành chính; phấn đấu tăng tỷ lệ hồ sơ TTHC được giải quyết trước hạn và đúng hạn, giảm hồ sơ TTHC giải quyết quá hạn."),
              text("3. Nâng cao kỷ luật, kỷ cương hành chính, cải thiện chất lượng phục vụ người dân, doanh nghiệp."),
              text("4. Nâng cao chất lượng hoạt động của các Tổ công nghệ số cộng đồng trên địa bàn {cap_xa}."),
              text("5. Thực hiện thanh toán trực tuyến đối với các TTHC có yêu cầu nghĩa vụ tài chính và có đủ điều kiện thanh toán trực tuyến theo quy định.")),
        ],
        closing: "Trên đây là Báo cáo kết quả thực hiện cải cách hành chính, chuyển đổi số {ky}; nhiệm vụ, giải pháp {ky_sau} của {co_quan}./.",
        recipients: ["- TTĐU (để b/c);", "- TT HĐND (để b/c);", "- Các Ban HĐND {cap_xa} (để b/c);",
                     "- Các đại biểu HĐND {cap_xa} (để b/c);",
                     "- CT, các PCT UBND {cap_xa};", "- Văn phòng HĐND và UBND {cap_xa};", "- Lưu: VT, VHXH."])

    // MARK: annual

    static let annualDigitalTransformation = ReportKindDefinition(
        code: "annual-cds",
        name: "Báo cáo năm kết quả chuyển đổi số",
        description: "Kết quả chuyển đổi số cả năm: chỉ đạo điều hành; chính quyền số (văn bản, chữ ký số, thư điện tử, hội nghị trực tuyến, cổng thông tin, dịch vụ công và hồ sơ theo mức độ); kinh tế số, xã hội số, hạ tầng; bảng chỉ tiêu, biểu đồ, tiến độ kế hoạch; đánh giá, phương hướng năm sau.",
        periodKinds: [.year],
        summary: ["Kết quả thực hiện công tác chuyển đổi số {ky}; phương hướng, nhiệm vụ {ky_sau}"],
        sections: [
            s("ket-qua-nhiem-vu", "KẾT QUẢ THỰC HIỆN {KY}", 1, gen(.keyFigures)),
            s("chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành", 2, fig("XS-CDS.01", "XS-CDS.02")),
            s("chinh-quyen-so", "Phát triển chính quyền số", 2),
            s("van-ban-dieu-hanh", "Hệ thống quản lý văn bản và điều hành", 3, fig("XS-CDS.10", "XS-CDS.11")),
            s("chu-ky-so", "Chữ ký số", 3, fig("XS-CDS.12")),
            s("thu-dien-tu", "Thư điện tử công vụ", 3, fig("XS-CDS.08", "XS-CDS.09")),
            s("hoi-nghi-truc-tuyen", "Hệ thống hội nghị truyền hình trực tuyến", 3, fig("XS-CDS.13", "XS-CDS.14")),
            s("cong-thong-tin", "Cổng/Trang thông tin điện tử", 3, fig("XS-CDS.05", "XS-CDS.06")),
            s("dich-vu-cong", "Cung cấp dịch vụ công trực tuyến, giải quyết thủ tục hành chính", 3,
              gen(.dossierResults), gen(.dossierLevels), gen(.serviceIndex)),
            s("kinh-te-so", "Phát triển kinh tế số", 2, fig("XS-CDS.25", "XS-CDS.23", "XS-CDS.24"),
              text("[Nêu kết quả thương mại điện tử, thanh toán không dùng tiền mặt của người dân và hộ kinh doanh.]")),
            s("xa-hoi-so", "Phát triển xã hội số", 2, fig("XS-CDS.16", "XS-CDS.17", "XS-CDS.04")),
            s("ha-tang-an-toan", "Hạ tầng số và an toàn thông tin", 2,
              fig("XS-CDS.27", "XS-CDS.18", "XS-CDS.19", "XS-CDS.21", "XS-CDS.20", "XS-CDS.22", "XS-CDS.15")),
            s("nhan-thuc-so", "Tuyên truyền, nâng cao nhận thức về chuyển đổi số", 2,
              fig("XS-CDS.03", "XS-CDS.07", "XS-CDS.26")),
            s("ket-qua-chi-tieu", "Kết quả thực hiện các chỉ tiêu chuyển đổi số", 2,
              text("Kết quả thực hiện các chỉ tiêu chuyển đổi số của {don_vi} {ky} như sau:"),
              gen(.indicatorTable), gen(.indicatorSummary), gen(.verdictChart), gen(.trendCharts)),
            s("tien-do-ke-hoach", "Tiến độ thực hiện kế hoạch chuyển đổi số", 2, gen(.planSummary)),
            s("danh-gia-chung", "ĐÁNH GIÁ CHUNG", 1),
            s("ket-qua-dat-duoc", "Kết quả đạt được", 2, gen(.achievements)),
            s("ton-tai-han-che", "Tồn tại, hạn chế", 2, gen(.limitations), gen(.dossierLimitations),
              text("[Bổ sung các tồn tại, hạn chế khác nếu có.]")),
            s("nguyen-nhan", "Nguyên nhân", 2, text("[Nêu nguyên nhân khách quan, chủ quan của các tồn tại, hạn chế.]")),
            s("phuong-huong", "PHƯƠNG HƯỚNG, NHIỆM VỤ {KY_SAU}", 1),
            s("muc-tieu", "Mục tiêu", 2, gen(.targets), gen(.direction2030)),
            s("nhiem-vu-trong-tam", "Nhiệm vụ, giải pháp trọng tâm", 2, gen(.planPillars)),
            s("de-xuat", "ĐỀ XUẤT, KIẾN NGHỊ", 1, text("[Nêu các đề xuất, kiến nghị với cấp trên.]")),
        ],
        closing: "Trên đây là Báo cáo kết quả thực hiện công tác chuyển đổi số {ky}; phương hướng, nhiệm vụ {ky_sau} của {co_quan}./.",
        recipients: ["- Sở KH&CN (để báo cáo);", "- TT Đảng ủy, TT HĐND {cap_xa} (để báo cáo);", "- CT, các PCT UBND {cap_xa};",
                     "- Các phòng, đơn vị thuộc UBND {cap_xa};", "- Lưu: VT."])

    // MARK: plan progress

    static let planProgress = ReportKindDefinition(
        code: "plan-progress",
        name: "Báo cáo tiến độ thực hiện kế hoạch",
        description: "Nhiệm vụ của kế hoạch theo tình trạng và theo cơ quan chủ trì, danh sách nhiệm vụ quá hạn.",
        periodKinds: PeriodKind.allCases,
        summary: ["Tình hình, tiến độ thực hiện {ke_hoach} ({ky})"],
        sections: [
            s("trien-khai", "TÌNH HÌNH TRIỂN KHAI", 1,
              text("[Nêu việc quán triệt, phân công và theo dõi thực hiện kế hoạch.]")),
            s("tien-do", "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ", 1),
            s("tong-hop", "Tổng hợp chung", 2, gen(.planSummary)),
            s("qua-han", "Các nhiệm vụ quá hạn", 2, gen(.planOverdue)),
            s("danh-muc", "Danh mục nhiệm vụ và tình trạng thực hiện", 2, gen(.planTasks)),
            s("danh-gia-chung", "ĐÁNH GIÁ CHUNG", 1),
            s("ket-qua", "Kết quả đạt được", 2, text("[Nêu các kết quả nổi bật.]")),
            s("ton-tai", "Tồn tại, hạn chế và nguyên nhân", 2, text("[Nêu nguyên nhân các nhiệm vụ chậm tiến độ.]")),
            s("nhiem-vu-tiep-theo", "NHIỆM VỤ, GIẢI PHÁP {KY_SAU}", 1,
              text("Các cơ quan chủ trì khẩn trương hoàn thành các nhiệm vụ quá hạn; cập nhật tiến độ thực hiện nhiệm vụ thường xuyên trên hệ thống.")),
        ],
        closing: "Trên đây là Báo cáo tình hình, tiến độ thực hiện {ke_hoach} ({ky}) của {co_quan}./.",
        recipients: ["- TT Đảng ủy (để báo cáo);", "- CT, các PCT UBND {cap_xa};", "- Các phòng, đơn vị thuộc UBND {cap_xa};",
                     "- Lưu: VT."])
}

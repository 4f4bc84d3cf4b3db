import Foundation
import Testing
@testable import XaSoCore
@testable import XaSoDocuments

/// The template filler as a pure function: XML in, XML out, read back as a reader sees it.
@Suite struct TemplateFillerTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    func document(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(Self.w)\"><w:body>\(body)</w:body></w:document>"
    }

    func p(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    func cell(_ paragraphs: String...) -> String { "<w:tc>" + paragraphs.joined() + "</w:tc>" }

    func read(_ xml: String) -> DocxReadBack {
        let reader = DocxReadBack.parse(Data(xml.utf8))
        #expect(reader.error == nil, "not well-formed: \(xml)")
        return reader
    }

    @Test func placeholderSplitAcrossRunsIsFoundAndKeepsItsRunFormatting() throws {
        // As Word saves "{xa}" after a spelling check: "{x" bold in one run, "a}" in the next.
        let xml = document("<w:p><w:r><w:t>Xã </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{x</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>a</w:t></w:r><w:r><w:t>} báo cáo {ky}.</w:t></w:r></w:p>")
        let out = try TemplateFiller.fill(xml: xml, data: TemplateData(fields: ["xa": "Gia Phúc", "ky": "quý III năm 2025"]))
        #expect(read(out).paragraphs == ["Xã Gia Phúc báo cáo quý III năm 2025."])
        #expect(out.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Gia Phúc</w:t>"))
        #expect(!out.contains("{"))
    }

    @Test func valuesAreEscaped() throws {
        let xml = document(p("Ghi chú: {ghi_chu}"))
        let note = "Tỷ lệ <50% & \"chưa đạt\" do thiếu R&D"
        let out = try TemplateFiller.fill(xml: xml, data: TemplateData(fields: ["ghi_chu": note]))
        #expect(out.contains("Tỷ lệ &lt;50% &amp; \"chưa đạt\" do thiếu R&amp;D"))
        #expect(read(out).paragraphs == ["Ghi chú: " + note])
    }

    @Test func escapedTemplateTextAroundPlaceholdersSurvives() throws {
        let xml = document(p("Sở KH&amp;CN &lt;{xa}&gt;"))
        let out = try TemplateFiller.fill(xml: xml, data: TemplateData(fields: ["xa": "A&B"]))
        #expect(read(out).paragraphs == ["Sở KH&CN <A&B>"])
    }

    @Test func loopRepeatsTheTableRowHoldingIt() throws {
        let header = "<w:tr>" + cell(p("STT")) + cell(p("Chỉ tiêu")) + cell(p("Kết quả")) + "</w:tr>"
        // The closing marker is itself split over two runs.
        let template = "<w:tr>" + cell(p("{#chi_tieu}{stt}")) + cell(p("{ten}")) + cell(p("{ket_qua}{/chi_", "tieu}")) + "</w:tr>"
        let total = "<w:tr>" + cell(p("")) + cell(p("Tổng số")) + cell(p("{tong}")) + "</w:tr>"
        let xml = document("<w:tbl><w:tblGrid/>" + header + template + total + "</w:tbl>" + p("Hết."))
        let data = TemplateData(fields: ["tong": "10"], lists: ["chi_tieu": [
            ["stt": "1", "ten": "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "ket_qua": "85%"],
            ["stt": "2", "ten": "Tỷ lệ hộ gia đình có cáp quang", "ket_qua": "95%"],
            ["stt": "3", "ten": "Tỷ lệ <A> & B", "ket_qua": "~15%"],
        ]])
        let out = try TemplateFiller.fill(xml: xml, data: data)
        let reader = read(out)
        #expect(reader.tablesRead == [[
            ["STT", "Chỉ tiêu", "Kết quả"],
            ["1", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "85%"],
            ["2", "Tỷ lệ hộ gia đình có cáp quang", "95%"],
            ["3", "Tỷ lệ <A> & B", "~15%"],
            ["", "Tổng số", "10"],
        ]])
        #expect(reader.paragraphs == ["Hết."])
    }

    @Test func emptyListRemovesTheRow() throws {
        let xml = document("<w:tbl>" + "<w:tr>" + cell(p("A")) + "</w:tr>" + "<w:tr>" + cell(p("{#ds}{x}{/ds}")) + "</w:tr></w:tbl>")
        let out = try TemplateFiller.fill(xml: xml, data: TemplateData(fields: [:], lists: ["ds": []]))
        #expect(read(out).tablesRead == [[["A"]]])
    }

    @Test func loopOverParagraphsDropsMarkerParagraphs() throws {
        let xml = document(p("Nơi nhận:") + p("{#noi_nhan}") + p("{dong}") + p("{/noi_nhan}") + p("{nguoi_ky}"))
        let data = TemplateData(fields: ["nguoi_ky": "Đỗ Thế Ngọc"],
                                lists: ["noi_nhan": [["dong": "- Sở KH&CN (để báo cáo);"], ["dong": "- Lưu: VT."]]])
        let out = try TemplateFiller.fill(xml: xml, data: data)
        #expect(read(out).paragraphs == ["Nơi nhận:", "- Sở KH&CN (để báo cáo);", "- Lưu: VT.", "Đỗ Thế Ngọc"])
        // The same with the loop inside one paragraph: one paragraph per row.
        let compact = try TemplateFiller.fill(xml: document(p("{#noi_nhan}{dong}{/noi_nhan}")), data: data)
        #expect(read(compact).paragraphs == ["- Sở KH&CN (để báo cáo);", "- Lưu: VT."])
    }

    @Test func loopInsideRunningTextRepeatsOnlyItsText() throws {
        let xml = document(p("Gồm: {#ds}{ten} ({so}); {/ds}còn lại."))
        let data = TemplateData(fields: ["so": "?"], lists: ["ds": [["ten": "đất đai", "so": "02"], ["ten": "hộ tịch", "so": "01"]]])
        let out = try TemplateFiller.fill(xml: xml, data: data)
        #expect(read(out).paragraphs == ["Gồm: đất đai (02); hộ tịch (01); còn lại."])
    }

    @Test func inlineLoopAndNestedLoopsAndFlags() throws {
        let xml = document(p("{#nhom}{ten}: {#muc}{ten}{/muc}{/nhom}") + p("{#co_ghi_chu}Có ghi chú.{/co_ghi_chu}") + p("{#khong}Ẩn{/khong}"))
        let data = TemplateData(values: [
            "nhom": .list([["ten": .text("A"), "muc": .list([["ten": .text("a1")], ["ten": .text("a2")]])]]),
            "co_ghi_chu": .flag(true),
            "khong": .flag(false),
        ])
        let out = try TemplateFiller.fill(xml: xml, data: data)
        // Inside "muc", its own "ten" hides the group's.
        #expect(read(out).paragraphs == ["A: a1a2", "Có ghi chú."])
    }

    @Test func valueWithLineBreaks() throws {
        let out = try TemplateFiller.fill(xml: document(p("{chuc_vu}")), data: TemplateData(fields: ["chuc_vu": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]))
        #expect(read(out).paragraphs == ["KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"])
    }

    @Test func unknownPlaceholderIsNamed() {
        let xml = document(p("Người ký: {chu_", "tich}"))
        let error = #expect(throws: TemplateError.self) {
            try TemplateFiller.fill(xml: xml, data: TemplateData(fields: ["xa": "Gia Phúc"]), part: "word/document.xml")
        }
        #expect(error?.code == "template.unknown_placeholder")
        #expect(error?.placeholder == "chu_tich")
        #expect(error?.message.contains("{chu_tich}") == true)
        #expect(error?.message.contains("word/document.xml") == true)
        #expect(error?.vietnamese.contains("{chu_tich}") == true)
    }

    @Test func structuralMistakesAreNamed() {
        func code(_ body: String, _ data: TemplateData = TemplateData(fields: ["x": "1"], lists: ["ds": [["x": "1"]]])) -> String? {
            do {
                _ = try TemplateFiller.fill(xml: document(body), data: data)
                return nil
            } catch {
                return error.code.rawValue
            }
        }
        #expect(code(p("{#ds}{x}")) == "template.unclosed_loop")
        #expect(code(p("{x}{/ds}")) == "template.unexpected_close")
        #expect(code(p("{#x}{/x}")) == "template.not_a_list")
        #expect(code(p("{ds}")) == "template.list_as_field")
        #expect(code("<w:tbl><w:tr>" + cell(p("{#ds}")) + "</w:tr></w:tbl>" + p("{/ds}")) == "template.loop_crosses_table")
        // Braces around something that is not a name are just text.
        #expect(code(p("{ } {1} {a b}")) == nil)
    }

    @Test func listsPlaceholders() {
        let xml = document(p("{xa} {#chi_tieu}{ten}{/chi_tieu} {x", "a}"))
        #expect(TemplateFiller.placeholders(in: xml) == ["xa", "chi_tieu", "ten"])
    }

    /// A whole .docx: body, header and footer filled from a built report.
    @Test func fillsAWholeDocxFromAReport() throws {
        let input = ReportFixtures.quarterlyInput()
        let report = try ReportBuilder.quarterlyDigitalSociety(input)
        let data = ReportTemplateData.make(report: report, input: input)

        let table = "<w:tbl>" + "<w:tr>" + cell(p("STT")) + cell(p("Chỉ tiêu")) + cell(p("Kết quả")) + cell(p("Mục tiêu")) + cell(p("Đánh giá")) + "</w:tr>"
            + "<w:tr>" + cell(p("{#chi_tieu}{stt}")) + cell(p("{ten}")) + cell(p("{ket_qua}")) + cell(p("{muc_tieu}")) + cell(p("{danh_gia}{/chi_tieu}")) + "</w:tr></w:tbl>"
        let body = p("{so_ky_hieu}") + p("{dia_danh_ngay}") + p("Chỉ tiêu chưa đạt của {don_vi}:") + p("{#chua_dat}") + p("- {ten}: {ket_qua}") + p("{/chua_dat}") + table + p("{nguoi_ky}")
        let parts = [
            DocxPart(path: "[Content_Types].xml", xml: "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            DocxPart(path: "word/document.xml", xml: document(body)),
            DocxPart(path: "word/header1.xml", xml: "<w:hdr xmlns:w=\"\(Self.w)\">\(p("UBND {X", "A}"))</w:hdr>"),
            DocxPart(path: "word/footer1.xml", xml: "<w:ftr xmlns:w=\"\(Self.w)\">\(p("{ky_ngan}"))</w:ftr>"),
            DocxPart(path: "word/media/image1.png", data: Data([0x89, 0x50, 0x4E, 0x47])),
        ]
        let template = try DocxArchive.zip(parts)
        #expect(try DocxTemplateFiller.placeholders(docx: template).contains("chua_dat"))
        let filled = try DocxArchive.unzip(try DocxTemplateFiller.fill(docx: template, data: data))
        func part(_ path: String) -> Data { filled.first { $0.path == path }!.data }

        let doc = read(String(decoding: part("word/document.xml"), as: UTF8.self))
        #expect(doc.paragraphs == [
            "Số: 219/BC-UBND", "Gia Phúc, ngày 21 tháng 10 năm 2025", "Chỉ tiêu chưa đạt của xã Gia Phúc:",
            "- Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân: ~15%",
            "- Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến: 35%",
            "- Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa: ~25%",
            "Đỗ Thế Ngọc",
        ])
        let rows = try #require(doc.tablesRead.first)
        #expect(rows.count == 11)
        #expect(rows[3] == ["3", ReportFixtures.giaPhucTable[2].name, "~15%", "> 50%", "Chưa đạt – do người dân chưa phổ cập sử dụng"])
        #expect(read(String(decoding: part("word/header1.xml"), as: UTF8.self)).paragraphs == ["UBND GIA PHÚC"])
        #expect(read(String(decoding: part("word/footer1.xml"), as: UTF8.self)).paragraphs == ["quý III/2025"])
        #expect(part("word/media/image1.png") == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func aDocxWithoutDocumentIsRefused() throws {
        let zip = try DocxArchive.zip([DocxPart(path: "a.txt", xml: "x")])
        #expect(throws: TemplateError.self) { try DocxTemplateFiller.fill(docx: zip, data: TemplateData()) }
    }
}

import Foundation
import Testing
import ZIPFoundation
@testable import XaSoCore
@testable import XaSoDocuments

/// A .docx built here from parts, the way Word lays them out, to read back.
@Suite struct DocxTextExtractorTests {
    static func docx(body: String, deflate: Bool = true) throws -> Data {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """),
            ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """),
            ("word/document.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(w)" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
            """),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: deflate ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func p(_ runs: String, properties: String = "") -> String {
        "<w:p>\(properties)\(runs)</w:p>"
    }

    static func r(_ text: String) -> String {
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    @Test func paragraphsRunsTabsBreaksAndTables() throws {
        let body = [
            Self.p(Self.r("III. NHIỆM VỤ, ") + Self.r("GIẢI PHÁP"),
                   properties: "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"),
            Self.p(""),  // an empty paragraph is dropped
            Self.p(Self.r("1.1.") + "<w:r><w:tab/></w:r>" + Self.r("Tập huấn") + "<w:r><w:br/></w:r>" + Self.r("cán bộ")),
            Self.p(Self.r("Đã ") + "<w:del><w:r><w:delText>xóa </w:delText></w:r></w:del>" + Self.r("sửa")
                   + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                   + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
            "<w:tbl><w:tr><w:tc>\(Self.p(Self.r("Ô 1")))</w:tc><w:tc>\(Self.p(Self.r("Ô 2a")))\(Self.p(Self.r("Ô 2b")))"
                + "</w:tc></w:tr></w:tbl>",
            Self.p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">\(Self.p(Self.r("Hộp chữ")))</mc:Choice>"
                   + "<mc:Fallback>\(Self.p(Self.r("Hộp chữ")))</mc:Fallback></mc:AlternateContent></w:r>"
                   + Self.r("Sau hộp")),
            Self.p(Self.r("A &amp; B") + "<w:r><w:noBreakHyphen/></w:r>" + Self.r("C")),
        ].joined()
        let paragraphs = try DocxTextExtractor.paragraphs(from: try Self.docx(body: body))
        #expect(paragraphs == [
            "III. NHIỆM VỤ, GIẢI PHÁP",
            "1.1.\tTập huấn\ncán bộ",
            "Đã sửa",
            "Ô 1", "Ô 2a", "Ô 2b",
            "Hộp chữ", "Sau hộp",
            "A & B-C",
        ])
    }

    @Test func decomposedTextComesBackComposed() throws {
        let decomposed = "Vie\u{0302}\u{0323}t Nam"
        let paragraphs = try DocxTextExtractor.paragraphs(from: try Self.docx(body: Self.p(Self.r(decomposed)),
                                                                                deflate: false))
        #expect(paragraphs == ["Việt Nam"])
        #expect(paragraphs[0].unicodeScalars.count == 8)
    }

    @Test func planImportFromDocx() throws {
        let lines = ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "I. NHIỆM VỤ, GIẢI PHÁP", "1. Hạ tầng số",
                     "1.1. Rà soát điểm lõm sóng", "Cơ quan chủ trì: Phòng Văn hóa - Xã hội",
                     "1.2. Tập huấn kỹ năng số", "II. TỔ CHỨC THỰC HIỆN"]
        let data = try Self.docx(body: lines.map { Self.p(Self.r($0)) }.joined())
        let plan = try PlanTextParser.parse(paragraphs: try DocxTextExtractor.paragraphs(from: data))
        #expect(plan.title == "Chuyển đổi số năm 2026")
        #expect(plan.tasks.map { $0.planTask() } == [
            PlanTask(number: "1", title: "Hạ tầng số"),
            PlanTask(number: "1.1", title: "Rà soát điểm lõm sóng", parentNumber: "1", lead: "Phòng Văn hóa - Xã hội"),
            PlanTask(number: "1.2", title: "Tập huấn kỹ năng số", parentNumber: "1"),
        ])
    }

    @Test func notADocx() throws {
        #expect(appError { try DocxTextExtractor.paragraphs(from: Data("Kế hoạch".utf8)) }?.code == "docx.unreadable")
        let legacy = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        #expect(appError { try DocxTextExtractor.paragraphs(from: legacy) }?.code == "docx.unreadable")
        let broken = try Self.docx(body: "<w:p><w:r><w:t>chưa đóng</w:r></w:p>")
        #expect(appError { try DocxTextExtractor.paragraphs(from: broken) }?.code == "docx.malformed")
        let missing = URL(fileURLWithPath: "/nonexistent/ke-hoach.docx")
        #expect(appError { try DocxTextExtractor.paragraphs(contentsOf: missing) }?.vietnamese
            == "Không đọc được tệp “ke-hoach.docx”.")
    }

    /// Uploaded Word files share the spreadsheet reader's cap on inflated parts (a ZIP bomb is refused
    /// before it is inflated), both when reading a plan and when filling a template.
    @Test func partThatWouldInflatePastTheLimit() {
        let bomb = TestZip.stored([("word/document.xml", Data("<w:document/>".utf8))],
                                  declaredSizes: ["word/document.xml": 4_000_000_000])
        let error = appError { try DocxTextExtractor.paragraphs(from: bomb) }
        #expect(error?.code == "docx.too_large")
        #expect(error?.vietnamese == "Văn bản Word quá lớn: phần “word/document.xml” khi giải nén vượt quá 128 MB.")
        var unzipError: DocxArchiveError?
        do { _ = try DocxArchive.unzip(bomb) } catch { unzipError = error as? DocxArchiveError }
        #expect(unzipError?.code == "docx.too_large")
    }

    /// Word writes the body on one line; past 10 MB libxml2 refuses such input unless it is streamed.
    @Test func aBodyOfMoreThanTenMegabytesOnOneLine() throws {
        let paragraphs = (1...250_000).map { "Nhiệm vụ số \($0)" }
        let data = try Self.docx(body: paragraphs.map { Self.p(Self.r($0)) }.joined())
        let read = try DocxTextExtractor.paragraphs(from: data)
        #expect(read.count == 250_000)
        #expect(read.last == "Nhiệm vụ số 250000")
    }
}

import Foundation
import Testing
import ZIPFoundation
@testable import XaSoCore
@testable import XaSoDocuments

/// Issue #15 item 4: what one upload may make the readers inflate and collect is bounded, and a
/// file past a bound gets a named error, not minutes of CPU and gigabytes of memory.
@Suite struct BoundedReaderTests {
    /// A real DEFLATE package (ZIPFoundation), so a part of megabytes is a few kilobytes here,
    /// as in the 719 KB file of the issue that held a 700 MB paragraph.
    static func deflated(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                                 provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return try #require(archive.data)
    }

    static func docx(document: Data) throws -> Data {
        let rels = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """
        return try deflated([("_rels/.rels", Data(rels.utf8)), ("word/document.xml", document)])
    }

    static func body(_ paragraphs: String) -> Data {
        Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body>" + paragraphs + "</w:body></w:document>").utf8)
    }

    /// Overwrites every uncompressed-size field (local header offset 22, central directory offset 24)
    /// with `size`: a forged header, which the inflating itself must not believe.
    static func forgeUncompressedSizes(_ data: Data, to size: UInt32) -> Data {
        var bytes = [UInt8](data)
        let le = (0..<4).map { UInt8((size >> (8 * $0)) & 0xFF) }
        var k = 0
        while k + 30 < bytes.count {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 3, bytes[k + 3] == 4 {
                bytes.replaceSubrange(k + 22..<k + 26, with: le)
            } else if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 1, bytes[k + 3] == 2 {
                bytes.replaceSubrange(k + 24..<k + 28, with: le)
            }
            k += 1
        }
        return Data(bytes)
    }

    @Test func defaultsAreTheDocumentedOnes() {
        let limits = DocumentLimits()
        #expect(limits.maxPartBytes == 134_217_728)  // 128 × 1024 × 1024
        #expect(limits.maxTextBytes == 262_144)  // 256 × 1024
        #expect(DocumentLimits.describe(bytes: limits.maxPartBytes) == "128 MB")
        #expect(DocumentLimits.describe(bytes: limits.maxTextBytes) == "256 KB")
    }

    /// A part declaring more than the cap is refused before one byte is inflated.
    @Test func declaredPastTheCapIsRefusedUnread() throws {
        let bomb = TestZip.stored([("_rels/.rels", Data("<Relationships/>".utf8)), ("word/document.xml", Self.body(""))],
                                  declaredSizes: ["word/document.xml": 200 << 20])
        let error = appError { try DocxTextExtractor.paragraphs(from: bomb) }
        #expect(error?.code == "docx.too_large")
        #expect(error?.message == "part word/document.xml inflates past 128 MB")
    }

    /// A part whose header lies (declares 100 bytes, inflates to 2 MB) is stopped by counting what
    /// comes out: the cap is never passed, whatever the file says.
    @Test func inflatingPastTheCapStopsWhileCounting() throws {
        let payload = Data(repeating: UInt8(ascii: "a"), count: 2 << 20)
        let honest = try Self.deflated([("xl/worksheets/sheet1.xml", payload)])
        #expect(honest.count < 20_000)
        let forged = Self.forgeUncompressedSizes(honest, to: 100)
        let archive = try PackageArchive.open(forged)
        let entry = try #require(archive.archive["xl/worksheets/sheet1.xml"])
        #expect(entry.uncompressedSize == 100)
        var outcome = "read"
        do {
            _ = try PackagePart.data(entry, in: archive, bufferSize: 1 << 16, limit: 1 << 20)
        } catch .tooLarge {
            outcome = "tooLarge"
        } catch {
            outcome = "other: \(error)"
        }
        #expect(outcome == "tooLarge")
        // Under a cap above its true size the same part reads whole (the count is of real bytes).
        let intact = try PackageArchive.open(honest)
        let read = try PackagePart.data(try #require(intact.archive["xl/worksheets/sheet1.xml"]), in: intact, limit: 4 << 20)
        #expect(read == payload)
    }

    /// The issue's file in small: one paragraph of 8 MB (a few KB deflated) stops at the
    /// paragraph cap with a named error instead of being collected and parsed.
    @Test func oneHugeParagraphIsRefused() throws {
        let text = String(repeating: "Nhiệm vụ ", count: 8 << 20 / 12)
        let data = try Self.docx(document: Self.body("<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"))
        #expect(data.count < 200_000)
        let error = appError { try DocxTextExtractor.paragraphs(from: data) }
        #expect(error?.code == "docx.paragraph_too_long")
        #expect(error?.message == "paragraph 1 of word/document.xml holds more than 256 KB of text")
        // Many runs adding up past the cap count as one paragraph too.
        let runs = String(repeating: "<w:r><w:t>\(String(repeating: "x", count: 1000))</w:t></w:r>", count: 300)
        let split = try Self.docx(document: Self.body("<w:p><w:r><w:t>Mở đầu</w:t></w:r></w:p><w:p>\(runs)</w:p>"))
        #expect(appError { try DocxTextExtractor.paragraphs(from: split) }?.message
            == "paragraph 2 of word/document.xml holds more than 256 KB of text")
    }

    /// Just under the cap is read as it is: 262,144 bytes of text in one paragraph.
    @Test func aParagraphAtTheCapIsRead() throws {
        let text = String(repeating: "a", count: 262_144)
        let data = try Self.docx(document: Self.body("<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"))
        #expect(try DocxTextExtractor.paragraphs(from: data) == [text])
    }

    /// The plan import's DOCX stops once its text passes the plan cap, not after parsing it all.
    @Test func planDocxStopsAtThePlanCap() throws {
        let paragraph = "<w:p><w:r><w:t>\(String(repeating: "Nội dung nhiệm vụ ", count: 50))</w:t></w:r></w:p>"
        let data = try Self.docx(document: Self.body(String(repeating: paragraph, count: 5_000)))
        let error = appError { try DocxTextExtractor.text(from: data) }
        #expect(error?.code == "plan.too_long")
        // Without the cap (the template reader's use) every paragraph is read.
        #expect(try DocxTextExtractor.paragraphs(from: data).count == 5_000)
    }

    @Test func spreadsheetCellPastTheCap() {
        let long = String(repeating: "b", count: 300_000)
        let inline = HandMadeWorkbook.data(sheets: [("S", "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>")])
        let error = spreadsheetError { try XLSXReader.read(inline) }
        #expect(error?.code == "spreadsheet.cell_too_long")
        #expect(error?.row == 4)
        #expect(error?.column == "C")
        let shared = HandMadeWorkbook.data(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")],
                                           sharedStrings: "<si><t>\(long)</t></si>")
        #expect(spreadsheetError { try XLSXReader.read(shared) }?.code == "spreadsheet.cell_too_long")
    }

    /// The plan parser takes at most 4 MB of text, so its time per upload is bounded too.
    @Test func planTextPastItsCap() {
        let text = "1. Nhiệm vụ\n" + String(repeating: "Nội dung nhiệm vụ rất dài\n", count: (4 << 20) / 27 + 1)
        #expect(text.utf8.count > 4 << 20)
        let error = appError { try PlanTextParser.parse(text) }
        #expect(error?.code == "plan.too_long")
        #expect(error?.vietnamese == "Tài liệu có hơn 4 MB chữ, dài hơn mọi kế hoạch; chưa có dữ liệu nào được lưu.")
    }

    /// Joining many wrapped lines keeps its rules: a hyphen at a line end glues, spaces otherwise.
    @Test func joiningWrappedLines() {
        #expect(PlanTextLines.join(["Nghị quyết 57-", "NQ/TW của", "Bộ Chính trị"]) == "Nghị quyết 57-NQ/TW của Bộ Chính trị")
        #expect(PlanTextLines.join(["a -", "b"]) == "a - b")
        #expect(PlanTextLines.join(["-", "b"]) == "- b")
        let many = PlanTextLines.join(Array(repeating: "từ", count: 20_000))
        #expect(many.utf8.count == 20_000 * 4 + 19_999)  // "từ" is 4 bytes ("t" + U+1EEB), plus 19,999 spaces
    }

    /// A CSV in a legacy code page: the English names the line, the byte and the guess.
    @Test func csvEncodingErrorKeepsLineAndGuess() {
        var bytes = Array("unit_code,indicator_code\n".utf8)
        bytes += [0x31, 0x31, 0x30, 0x35, 0x30, 0x2C, 0xD0, 0xE3, 0x74, 0x0A]  // "11050,Đãt" in Windows-1258-ish bytes
        let error = spreadsheetError { try CSVReader.read(Data(bytes)) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.row == 2)
        let english = error?.englishMessage ?? ""
        #expect(english.hasPrefix("the CSV file is not UTF-8: line 2 has the invalid byte 0x"))
        #expect(english.contains("Windows-1258") || english.contains("TCVN3"))
        #expect(error?.message.contains("dòng 2") == true)
    }
}

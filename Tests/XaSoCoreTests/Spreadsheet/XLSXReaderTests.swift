import Foundation
import Testing
@testable import XaSoDocuments

/// Reading .xlsx made by hand, so every expected value is worked out from the XML, not from the writer.
/// Serial dates were checked with Python: date(1899, 12, 30) + timedelta(days=46031) = 2026-01-09,
/// 45991 = 2025-11-30, 46006 = 2025-12-15; with the 1904 system, date(1904, 1, 1) + 44569 = 2026-01-09.
@Suite struct XLSXReaderTests {
    /// cellXfs: 0 General · 1 "dd/mm/yyyy" · 2 built-in 14 · 3 "dd/mm/yyyy hh:mm" · 4 built-in 10 (0.00%)
    /// · 5 built-in 9 (0%) · 6 "#,##0.00" · 7 built-in 22 (m/d/yy h:mm) · 8 built-in 20 (h:mm).
    static let styles = """
        <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
        <numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="166" formatCode="#,##0.00&quot;đ&quot;"/></numFmts>\
        <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/>\
        <xf numFmtId="10"/><xf numFmtId="9"/><xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="20"/></cellXfs>
        """

    static let sharedStrings = """
        <si><t>Mã đơn vị</t></si>\
        <si><r><t xml:space="preserve">Tên </t></r><r><rPr><b/></rPr><t>đơn vị</t></r></si>\
        <si><t>\("Xã Nghi Dương".nfd)</t></si>\
        <si><t>Đạt</t><rPh sb="0" eb="1"><t>ダ</t></rPh></si>\
        <si><t xml:space="preserve">  khoảng trắng  </t></si>\
        <si><t>A&amp;B &lt;1&gt;</t></si>\
        <si><t>a_x0009_b</t></si>
        """

    static let dataSheet = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
        <c r="C1" t="inlineStr"><is><t>Ngày nhận</t></is></c><c r="D1" t="inlineStr"><is><t>Tỉ lệ</t></is></c>\
        <c r="E1" t="inlineStr"><is><t>Hoàn thành</t></is></c><c r="F1" t="inlineStr"><is><t>Giờ</t></is></c></row>\
        <row r="2"><c r="A2"><v>25</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>46031</v></c>\
        <c r="D2" s="4"><v>0.36699999999999999</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="8"><v>0.5</v></c></row>\
        <row r="3"><c r="A3"><v>36.700000000000003</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" s="2"><v>45991</v></c>\
        <c r="D3" s="5"><v>0.85</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" s="6"><v>1234567.5</v></c></row>\
        <row r="5"><c r="A5" t="str"><f>"Tổng"</f><v>Tổng</v></c><c r="C5" s="3"><v>46031.75</v></c>\
        <c r="D5" s="1"/><c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G5" s="7"><v>46006.3541666667</v></c></row>\
        <row r="6"><c><v>1</v></c><c><v>2</v></c></row>\
        <row r="7"><c r="A7" t="d" s="3"><v>2026-01-09T08:30:00</v></c><c r="B7"><v>0.30000000000000004</v></c>\
        <c r="C7"><v>15.000000000000002</v></c><c r="D7"><v>1E-3</v></c><c r="E7"><v>-0</v></c>\
        <c r="F7" t="inlineStr"><is><r><t xml:space="preserve">Xin </t></r><r><t>chào</t></r></is></c></row>\
        <row r="8"><c r="A8" t="s"><v>4</v></c><c r="B8" t="s"><v>5</v></c><c r="C8" t="s"><v>6</v></c></row>\
        <row r="9"><c r="A9" s="1"/></row>
        """

    static let notesSheet = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú</t></is></c></row>\
        <row r="3"><c r="B3" t="inlineStr"><is><t>x</t></is></c></row>
        """

    static let workbook = HandMadeWorkbook.data(sheets: [("Số liệu", dataSheet), ("Ghi chú", notesSheet)],
                                                sharedStrings: sharedStrings, styles: styles)

    @Test func firstSheetAsShownInExcel() throws {
        let table = try XLSXReader.read(Self.workbook)
        #expect(table.rows == [
            ["Mã đơn vị", "Tên đơn vị", "Ngày nhận", "Tỉ lệ", "Hoàn thành", "Giờ"],
            ["25", "Xã Nghi Dương", "09/01/2026", "36.70%", "TRUE", "12:00"],
            ["36.7", "Đạt", "30/11/2025", "85%", "FALSE", "1234567.5"],
            [],
            ["Tổng", "", "09/01/2026 18:00", "", "#DIV/0!", "", "15/12/2025 08:30"],
            ["1", "2"],
            ["09/01/2026 08:30", "0.3", "15", "0.001", "0", "Xin chào"],
            ["  khoảng trắng  ", "A&B <1>", "a\tb"],
        ])
        #expect(table.rows.joined().allSatisfy { $0.isNFC })
        #expect(table.cell(row: 2, column: 1) == "Xã Nghi Dương")
        #expect(table.cell(row: 5, column: 6) == "15/12/2025 08:30")
        #expect(table.cell(row: 4, column: 0) == "")
    }

    @Test func sheetByPositionAndByName() throws {
        let notes = [["Ghi chú"], [], ["", "x"]]
        #expect(try XLSXReader.sheetNames(Self.workbook) == ["Số liệu", "Ghi chú"])
        #expect(try XLSXReader.read(Self.workbook, sheet: 1).rows == notes)
        #expect(try XLSXReader.read(Self.workbook, sheetNamed: "Ghi chú").rows == notes)
        #expect(try XLSXReader.read(Self.workbook, sheetNamed: "GHI CHÚ".nfd).rows == notes)
        #expect(try XLSXReader.read(Self.workbook, sheetNamed: "Số liệu").rows.count == 8)

        let missing = spreadsheetError { try XLSXReader.read(Self.workbook, sheetNamed: "Tổng hợp") }
        #expect(missing?.code == "xlsx.sheet_not_found")
        #expect(missing?.message == "Bảng tính không có trang tính “Tổng hợp”. Các trang hiện có: “Số liệu”, “Ghi chú”.")
        #expect(spreadsheetError { try XLSXReader.read(Self.workbook, sheet: 2) }?.code == "xlsx.sheet_out_of_range")
    }

    @Test func date1904System() throws {
        let data = HandMadeWorkbook.data(
            sheets: [("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44569</v></c></row>")],
            styles: "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>", date1904: true)
        #expect(try XLSXReader.read(data).rows == [["09/01/2026"]])
    }

    @Test func serialDatesAroundTheLotusLeapDay() {
        let layout = XLSXNumberFormat.DateTimeLayout.date
        #expect(XLSXValueText.dateTime(serial: 1, layout: layout, date1904: false) == "01/01/1900")
        #expect(XLSXValueText.dateTime(serial: 59, layout: layout, date1904: false) == "28/02/1900")
        #expect(XLSXValueText.dateTime(serial: 60, layout: layout, date1904: false) == "29/02/1900")
        #expect(XLSXValueText.dateTime(serial: 61, layout: layout, date1904: false) == "01/03/1900")
        #expect(XLSXValueText.dateTime(serial: 2_958_465, layout: layout, date1904: false) == "31/12/9999")
        #expect(XLSXValueText.dateTime(serial: 46031.999999, layout: .dateTime(seconds: true), date1904: false)
                == "10/01/2026 00:00:00")
    }

    @Test(arguments: [
        ("36.700000000000003", "36.7"), ("15.000000000000002", "15"), ("0.30000000000000004", "0.3"),
        ("85.0", "85"), ("8.5E1", "85"), ("1E-3", "0.001"), ("-0", "0"), ("15000", "15000"),
        ("1234567.89", "1234567.89"), ("123456789012345678", "123456789012346000"), ("-2.5", "-2.5"),
        ("4.0000000000000001E-2", "0.04"),
    ])
    func numbersWithoutFloatNoise(raw: String, shown: String) {
        #expect(XLSXValueText.general(raw) == shown)
    }

    @Test func numberFormatsThatChangeWhatIsRead() {
        #expect(XLSXNumberFormat.parse(code: "dd/mm/yyyy") == .dateTime(.date))
        #expect(XLSXNumberFormat.parse(code: "[$-42A]dd/mm/yyyy hh:mm") == .dateTime(.dateTime(seconds: false)))
        #expect(XLSXNumberFormat.parse(code: "hh:mm:ss") == .dateTime(.time(seconds: true, elapsedHours: false)))
        #expect(XLSXNumberFormat.parse(code: "0.0%") == .percent(minFraction: 1, maxFraction: 1))
        #expect(XLSXNumberFormat.parse(code: "#,##0 \"người\"") == .general)
        #expect(XLSXNumberFormat.parse(code: "#,##0.00 [$₫-42A]") == .general)
        #expect(XLSXNumberFormat.parse(code: "General") == .general)
        #expect(XLSXNumberFormat.parse(code: "mmm-yy") == .dateTime(.date))
    }

    /// Excel writes a sheet on one line; past 10 MB libxml2 refuses it when handed in one piece
    /// ("huge input lookup"). Whitespace between rows makes the part big without costing cells.
    @Test func sheetPartOverTenMegabytes() throws {
        let pad = String(repeating: " ", count: 1 << 20)
        let xml = (1...11).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" + pad }.joined()
        let table = try XLSXReader.read(HandMadeWorkbook.data(sheets: [("Lớn", xml)]))
        #expect(table.rows == (1...11).map { ["\($0)"] })
    }

    // MARK: Damaged files

    @Test func notAZipFile() {
        let text = spreadsheetError { try XLSXReader.read(Data("Mã,Tên\n01,Xã A\n".utf8)) }
        #expect(text?.code == "xlsx.not_zip")
        #expect(text?.message == "Tệp không phải bảng tính Excel .xlsx (không đọc được dạng nén ZIP của .xlsx).")
        #expect(spreadsheetError { try XLSXReader.read(Data()) }?.code == "xlsx.not_zip")
        #expect(spreadsheetError { try XLSXReader.read(Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3])) }?.code == "xlsx.not_zip")
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(spreadsheetError { try XLSXReader.read(xls) }?.code == "xlsx.legacy_or_encrypted")
    }

    @Test func truncatedWorkbook() {
        let half = Self.workbook.prefix(Self.workbook.count / 2)
        #expect(spreadsheetError { try XLSXReader.read(Data(half)) }?.code == "xlsx.not_zip")
    }

    @Test func zipWithoutWorkbook() {
        let data = TestZip.stored([(path: "readme.txt", text: "không phải bảng tính")])
        let error = spreadsheetError { try XLSXReader.read(data) }
        #expect(error?.code == "xlsx.missing_part")
        #expect(error?.message == "Tệp .xlsx thiếu phần “xl/workbook.xml” nên không đọc được.")
    }

    @Test func corruptCompressedPart() throws {
        // A deflated part whose bytes were damaged after writing: the CRC check must catch it.
        var bytes = [UInt8](try XLSXWriter.write(XLSXSheet(name: "A", textRows: [["x"]])))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = (0..<bytes.count - name.count).first { bytes[$0..<$0 + name.count].elementsEqual(name) }!
        for k in (header + name.count + 2)..<(header + name.count + 40) { bytes[k] ^= 0x5A }
        let error = spreadsheetError { try XLSXReader.read(Data(bytes)) }
        #expect(error?.code == "xlsx.corrupt_zip" || error?.code == "xlsx.malformed_xml")
    }

    @Test func partThatWouldInflatePastTheLimit() {
        let parts: [(path: String, data: Data)] = [
            ("_rels/.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>".utf8)),
            ("xl/workbook.xml", Data("<workbook/>".utf8)),
        ]
        let bomb = TestZip.stored(parts, declaredSizes: ["xl/workbook.xml": 4_000_000_000])
        let error = spreadsheetError { try XLSXReader.read(bomb) }
        #expect(error?.code == "xlsx.too_large")
        #expect(error?.message == "Tệp .xlsx quá lớn: phần “xl/workbook.xml” khi giải nén vượt quá 128 MB. "
            + "Hãy chia bảng tính thành nhiều tệp nhỏ hơn.")
    }

    @Test func malformedSheetXML() {
        let data = HandMadeWorkbook.data(sheets: [("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")])
        let error = spreadsheetError { try XLSXReader.read(data) }
        #expect(error?.code == "xlsx.malformed_xml")
        #expect(error?.message.hasPrefix("Tệp .xlsx bị hỏng: phần “xl/worksheets/data0.xml” có XML sai ở dòng") == true)
    }

    @Test func truncatedSheetXML() {
        let cut = "<?xml version=\"1.0\"?><worksheet xmlns=\"\(HandMadeWorkbook.main)\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
        let error = spreadsheetError { try XLSXReader.read(HandMadeWorkbook.data(sheets: [("S", cut)])) }
        #expect(error?.code == "xlsx.malformed_xml")
        let empty = spreadsheetError { try XLSXReader.read(HandMadeWorkbook.data(sheets: [("S", "<?xml version=\"1.0\"?>")])) }
        #expect(empty?.code == "xlsx.malformed_xml")
    }

    @Test func cellFaultsNameTheCell() {
        let badIndex = HandMadeWorkbook.data(
            sheets: [("S", "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>")], sharedStrings: "<si><t>a</t></si>")
        let error = spreadsheetError { try XLSXReader.read(badIndex) }
        #expect(error?.code == "xlsx.bad_shared_string")
        #expect(error?.row == 3)
        #expect(error?.column == "B")

        let badNumber = HandMadeWorkbook.data(sheets: [("S", "<row r=\"2\"><c r=\"C2\"><v>12,5</v></c></row>")])
        let numberError = spreadsheetError { try XLSXReader.read(badNumber) }
        #expect(numberError?.code == "xlsx.bad_number")
        #expect(numberError?.message == "Tệp .xlsx bị hỏng: ô C2 (dòng 2, cột C) ghi là số nhưng chứa “12,5”.")

        let badReference = HandMadeWorkbook.data(sheets: [("S", "<row r=\"2\"><c r=\"2C\"><v>1</v></c></row>")])
        #expect(spreadsheetError { try XLSXReader.read(badReference) }?.code == "xlsx.bad_cell_reference")
    }
}

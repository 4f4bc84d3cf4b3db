import Foundation
import Testing
@testable import XaSoDocuments

@Suite struct XLSXWriterTests {
    static let indicators = XLSXSheet(name: "Chỉ tiêu", rows: [
        ["Mã", "Tên chỉ tiêu", "Kết quả", "Tỉ lệ", "Ngày báo cáo", "Cập nhật"],
        [.text("CL411.01"), .text("Tỷ lệ dân số trưởng thành có điện thoại thông minh".nfd), 36.7, .percent(0.85),
         .date(year: 2026, month: 1, day: 9), .dateTime(year: 2025, month: 12, day: 15, hour: 8, minute: 30)],
        ["CL411.02", .empty, 15000, .percent(0.992), .empty, .empty],
        [],
        [.empty, "A&B <c> \"d\" 'e' _x0041_", -0.5, 1234567.89, "  hai đầu  ", "Dòng 1\nDòng 2\tTab"],
        [.number(0.1 + 0.2), 1e20, 123456789012, "=SUM(A1)"],
    ])

    static let expectedIndicators: [[String]] = [
        ["Mã", "Tên chỉ tiêu", "Kết quả", "Tỉ lệ", "Ngày báo cáo", "Cập nhật"],
        ["CL411.01", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "36.7", "85.0%", "09/01/2026", "15/12/2025 08:30"],
        ["CL411.02", "", "15000", "99.2%"],
        [],
        ["", "A&B <c> \"d\" 'e' _x0041_", "-0.5", "1234567.89", "  hai đầu  ", "Dòng 1\nDòng 2\tTab"],
        ["0.3", "100000000000000000000", "123456789012", "=SUM(A1)"],
    ]

    static let notes = XLSXSheet(name: "Ghi chú & nguồn".nfd, textRows: [["Nguồn"], ["", "Báo cáo quý III/2025"]],
                                 columnWidths: [10, 45.5])

    @Test(arguments: [XLSXWriter.StringStorage.shared, .inline])
    func roundTrip(strings: XLSXWriter.StringStorage) throws {
        let data = try XLSXWriter.write([Self.indicators, Self.notes], strings: strings)
        #expect(try XLSXReader.sheetNames(data) == ["Chỉ tiêu", "Ghi chú & nguồn"])
        let first = try XLSXReader.read(data)
        #expect(first.rows == Self.expectedIndicators)
        #expect(first.rows.joined().allSatisfy { $0.isNFC })
        #expect(try XLSXReader.read(data, sheetNamed: "Ghi chú & nguồn").rows == [["Nguồn"], ["", "Báo cáo quý III/2025"]])
    }

    @Test func sameInputSameBytes() throws {
        #expect(try XLSXWriter.write([Self.indicators, Self.notes]) == XLSXWriter.write([Self.indicators, Self.notes]))
    }

    @Test func readTableWrittenBack() throws {
        let table = SheetTable(rows: [["Mã", "Tên"], ["01", "Xã Nghi Dương"], [], ["", "", "cuối"]])
        let data = try XLSXWriter.write(XLSXSheet(name: "Sheet1", textRows: table.rows))
        #expect(try XLSXReader.read(data) == table)
    }

    @Test func sheetXMLHasBoldFrozenHeaderAndWidths() throws {
        let package = try XLSXPackage(try XLSXWriter.write([Self.indicators, Self.notes]))
        let sheet1 = String(decoding: try package.requiredData("xl/worksheets/sheet1.xml"), as: UTF8.self)
        // Style 4 is General in bold (XLSXCellStyle): every header cell carries it, no data cell does.
        #expect(sheet1.contains("<c r=\"A1\" s=\"4\" t=\"s\"><v>0</v></c>"))
        #expect(sheet1.components(separatedBy: " s=\"4\"").count - 1 == 6)
        #expect(sheet1.contains("<c r=\"C2\"><v>36.7</v></c>"))
        #expect(sheet1.contains("<c r=\"E2\" s=\"1\"><v>46031</v></c>"))
        #expect(sheet1.contains("<c r=\"D2\" s=\"3\"><v>0.85</v></c>"))
        #expect(sheet1.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet1.contains("<dimension ref=\"A1:F6\"/>"))
        // "Tỷ lệ dân số trưởng thành có điện thoại thông minh" is 50 characters: 50 + 2 of padding.
        #expect(sheet1.contains("<col min=\"2\" max=\"2\" width=\"52\" customWidth=\"1\"/>"))
        // Column A: "CL411.01" (8) is the widest shown text; 0.1 + 0.2 is shown as "0.3", not its 19 stored digits.
        #expect(sheet1.contains("<col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\"/>"))
        let sheet2 = String(decoding: try package.requiredData("xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(sheet2.contains("<col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\"/>"))
        #expect(sheet2.contains("<col min=\"2\" max=\"2\" width=\"45.5\" customWidth=\"1\"/>"))
        let styles = String(decoding: try package.requiredData("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
        #expect(styles.contains("<font><b/>"))
        let strings = String(decoding: try package.requiredData("xl/sharedStrings.xml"), as: UTF8.self)
        #expect(strings.contains("<t xml:space=\"preserve\">  hai đầu  </t>"))
        #expect(strings.contains("<t>A&amp;B &lt;c&gt; &quot;d&quot; 'e' _x005F_x0041_</t>"))
    }

    @Test func emptyColumnKeepsExcelsDefaultWidth() throws {
        let package = try XLSXPackage(try XLSXWriter.write(XLSXSheet(name: "A", rows: [["Mã", .empty, "Ghi chú"]], headerRows: 0)))
        let xml = String(decoding: try package.requiredData("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains("<cols><col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/>"
            + "<col min=\"3\" max=\"3\" width=\"9\" customWidth=\"1\"/></cols>"))
        #expect(!xml.contains("<pane"))
    }

    @Test func sharedStringsAreStoredOnce() throws {
        let rows: [[XLSXCell]] = [["Kết quả"]] + Array(repeating: ["Đạt"], count: 50) + [["Không đạt"]]
        let package = try XLSXPackage(try XLSXWriter.write(XLSXSheet(name: "A", rows: rows)))
        let strings = String(decoding: try package.requiredData("xl/sharedStrings.xml"), as: UTF8.self)
        #expect(strings.contains("count=\"52\" uniqueCount=\"3\""))
    }

    @Test func sheetNamesExcelRefuses() {
        let cases: [(String, String)] = [
            ("", "tên trống"),
            ("Báo cáo/Quý III", "có ký tự “/” mà Excel không cho phép"),
            (String(repeating: "x", count: 32), "dài quá 31 ký tự"),
            ("'Nháp", "bắt đầu hoặc kết thúc bằng dấu nháy đơn"),
            ("History", "Excel dành riêng tên này"),
        ]
        for (name, reason) in cases {
            let error = spreadsheetError { try XLSXWriter.write(XLSXSheet(name: name, rows: [["x"]])) }
            #expect(error?.code == "xlsx.bad_sheet_name")
            #expect(error?.message == "Tên trang tính “\(name)” không dùng được: \(reason).")
        }
        let twice = spreadsheetError {
            try XLSXWriter.write([XLSXSheet(name: "Số liệu", rows: []), XLSXSheet(name: "SỐ LIỆU", rows: [])])
        }
        #expect(twice?.message == "Tên trang tính “SỐ LIỆU” không dùng được: trùng tên với trang khác.")
        // 31 characters, each a precomposed Vietnamese letter, is still within the limit.
        #expect(spreadsheetError { try XLSXWriter.write(XLSXSheet(name: String(repeating: "ệ", count: 31), rows: [])) } == nil)
    }

    @Test func cellsExcelCannotHold() {
        #expect(spreadsheetError { try XLSXWriter.write([]) }?.code == "xlsx.no_sheets")

        let notFinite = spreadsheetError { try XLSXWriter.write(XLSXSheet(name: "A", rows: [["x"], [.empty, .number(.nan)]])) }
        #expect(notFinite?.code == "xlsx.bad_cell_value")
        #expect(notFinite?.row == 2)
        #expect(notFinite?.column == "B")
        #expect(notFinite?.message == "Trang “A”, ô B2 (dòng 2, cột B): số không hợp lệ (nan).")

        let badDate = spreadsheetError { try XLSXWriter.write(XLSXSheet(name: "A", rows: [[.date(year: 2026, month: 2, day: 30)]])) }
        #expect(badDate?.message == "Trang “A”, ô A1 (dòng 1, cột A): ngày 30/2/2026 không hợp lệ hoặc nằm ngoài khoảng 01/01/1900–31/12/9999.")

        let long = String(repeating: "a", count: 32_768)
        #expect(spreadsheetError { try XLSXWriter.write(XLSXSheet(name: "A", rows: [[.text(long)]])) }?.code == "xlsx.bad_cell_value")
    }

    @Test func serialNumbersOfDates() {
        // Checked against Python: (date(2026, 1, 9) - date(1899, 12, 30)).days == 46031.
        #expect(XLSXSheetWriter.serial(year: 2026, month: 1, day: 9) == 46031)
        #expect(XLSXSheetWriter.serial(year: 1900, month: 3, day: 1) == 61)
        #expect(XLSXSheetWriter.serial(year: 1900, month: 2, day: 28) == 59)
        #expect(XLSXSheetWriter.serial(year: 1900, month: 1, day: 1) == 1)
        #expect(XLSXSheetWriter.serial(year: 9999, month: 12, day: 31) == 2_958_465)
        #expect(XLSXSheetWriter.serial(year: 2025, month: 2, day: 29) == nil)
        #expect(XLSXSheetWriter.numberText(15) == "15")
        #expect(XLSXSheetWriter.numberText(-0.0) == "0")
        #expect(XLSXSheetWriter.numberText(36.7) == "36.7")
        #expect(XLSXSheetWriter.numberText(1e20) == "1E+20")
    }

    /// Writes a sample for checking with other programs (openpyxl, LibreOffice) when
    /// XASO_SAMPLE_XLSX names a path: `XASO_SAMPLE_XLSX=/tmp/x.xlsx swift test --filter writeSample`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["XASO_SAMPLE_XLSX"] != nil,
                   "XASO_SAMPLE_XLSX names where to write the sample"))
    func writeSample() throws {
        let path = try #require(ProcessInfo.processInfo.environment["XASO_SAMPLE_XLSX"])
        try XLSXWriter.write([Self.indicators, Self.notes]).write(to: URL(fileURLWithPath: path))
        try XLSXWriter.write([Self.indicators, Self.notes], strings: .inline)
            .write(to: URL(fileURLWithPath: path.replacingOccurrences(of: ".xlsx", with: "-inline.xlsx")))
    }
}

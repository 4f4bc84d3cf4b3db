import Foundation
import Testing
@testable import XaSoApp
import XaSoDocuments

/// The CSV side of every exported table (rankings, national, quality flags, early warnings).
@Suite struct SheetExportTests {
    @Test func numbersAreReadableAndUnambiguous() {
        #expect(SheetExport.text(.number(13_452)) == "13452")
        #expect(SheetExport.text(.number(60.416_666)) == "60,42")
        #expect(SheetExport.text(.number(1_234.5)) == "1234,5")
        #expect(SheetExport.text(.number(-3)) == "-3")
        #expect(SheetExport.text(.text("+2")) == "+2")
        #expect(SheetExport.text(.date(year: 2025, month: 10, day: 5)) == "05/10/2025")
    }

    @Test func csvAndXlsxComeFromTheSameCells() throws {
        let export = SheetExport(name: "t", sheet: "Bảng", headers: ["Mã", "Tên", "Chỉ số"],
                                 rows: [[.text("11050"), .text("=Xã Gia Phúc"), .number(60.5)]])
        let csv = String(decoding: export.csv(), as: UTF8.self)
        #expect(csv.contains("11050,'=Xã Gia Phúc,\"60,5\""))
        let sheet = try XLSXReader.read(try export.xlsx())
        #expect(sheet.cell(row: 2, column: 1) == "=Xã Gia Phúc")
        #expect(sheet.cell(row: 2, column: 2) == "60.5")
    }
}

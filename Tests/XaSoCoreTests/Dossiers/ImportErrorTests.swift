import Foundation
import Testing
@testable import XaSoCore

/// Bad input: each a clear issue naming row, column and value, and nothing returned.
@Suite struct ImportErrorTests {
    let procedures: [Procedure]

    init() throws {
        procedures = try smallCatalogue()
    }

    func good(_ code: String) -> [String] {
        ledgerRow(code, "HT-01", "Trực tuyến", "02/03/2026 08:00", "05/03/2026", "04/03/2026 10:00", "Đã trả kết quả")
    }

    func failure(_ rows: [[String]]) throws -> DossierImportFailure {
        try #require(importFailure { try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures) })
    }

    @Test func unknownProcedureCode() throws {
        let f = try failure([ledgerHeader, good("1"),
                             ledgerRow("2", "XX-99", "Trực tuyến", "02/03/2026", "05/03/2026", "", "Đang xử lý")])
        #expect(f.issues.count == 1)
        let issue = f.issues[0]
        #expect(issue.row == 3)
        #expect(issue.column == "Mã thủ tục")
        #expect(issue.value == "XX-99")
        #expect(issue.code == "procedure.unknown")
        #expect(issue.message == "Row 3, column \"Mã thủ tục\": procedure code \"XX-99\" is not in the unit's procedure catalogue.")
        #expect(issue.vietnamese == "Dòng 3, cột “Mã thủ tục”: mã thủ tục “XX-99” không có trong danh mục thủ tục của đơn vị.")
    }

    /// Decision 766's digitisation columns, where an export has them: yes/no or empty ("not said");
    /// anything else is named with its row. Without the columns, a dossier's digitisation is unknown.
    @Test func digitisationColumnsTakeYesOrNo() throws {
        let header = ledgerHeader + ["Số hóa hồ sơ", "Tái sử dụng dữ liệu số hóa"]
        let f = try failure([header, good("1") + ["Có", "Không"], good("2") + ["có lẽ", ""]])
        #expect(f.issues.count == 1)
        #expect(f.issues[0].row == 3)
        #expect(f.issues[0].column == "Số hóa hồ sơ")
        #expect(f.issues[0].value == "có lẽ")
        #expect(f.issues[0].code == "value.invalid")
        let read = try DossierLedgerParser.parse(rows: [header, good("1") + ["x", ""], good("2") + ["Không", "Có"]],
                                                 knownProcedures: procedures)
        #expect(read.map(\.digitised) == [true, false])
        #expect(read.map(\.reusedDigitalData) == [nil, true])
        let without = try DossierLedgerParser.parse(rows: [ledgerHeader, good("1")], knownProcedures: procedures)
        #expect(without[0].digitised == nil && without[0].reusedDigitalData == nil)
    }

    @Test func unparseableDates() throws {
        let f = try failure([ledgerHeader,
                             ledgerRow("1", "HT-01", "Trực tuyến", "31/02/2026", "05/03/2026", "", "Đang xử lý"),
                             ledgerRow("2", "HT-01", "Trực tuyến", "02/03/2026", "ngày mai", "", "Đang xử lý"),
                             ledgerRow("3", "HT-01", "Trực tuyến", "02/03/26", "05/03/2026", "", "Đang xử lý"),
                             ledgerRow("4", "HT-01", "Trực tuyến", "02/03/2026 25:00", "05/03/2026", "", "Đang xử lý")])
        #expect(f.codes == ["date.invalid", "date.invalid", "date.invalid", "date.invalid"])
        #expect(f.issues.map(\.row) == [2, 3, 4, 5])
        #expect(f.issues.map(\.column) == ["Ngày tiếp nhận", "Hạn xử lý", "Ngày tiếp nhận", "Ngày tiếp nhận"])
        #expect(f.issues.map(\.value) == ["31/02/2026", "ngày mai", "02/03/26", "02/03/2026 25:00"])
        #expect(f.issues[0].vietnamese.hasPrefix("Dòng 2, cột “Ngày tiếp nhận”: “31/02/2026” không phải ngày hợp lệ"))
        #expect(f.issues[0].message.hasPrefix("Row 2, column \"Ngày tiếp nhận\": \"31/02/2026\" is not a date"))
    }

    @Test func dueDateBeforeReceipt() throws {
        let f = try failure([ledgerHeader,
                             ledgerRow("1", "HT-01", "Trực tuyến", "10/03/2026 08:00", "09/03/2026 17:00", "", "Đang xử lý")])
        #expect(f.codes == ["date.due_before_receipt"])
        #expect(f.issues[0].row == 2)
        #expect(f.issues[0].column == "Hạn xử lý")
        #expect(f.issues[0].value == "09/03/2026 17:00")
        #expect(f.issues[0].vietnamese == "Dòng 2, cột “Hạn xử lý”: hạn xử lý “09/03/2026 17:00” trước ngày tiếp nhận 10/03/2026.")
        // Due the same day, earlier in the day, is not before receipt: deadlines are days.
        let sameDay = [ledgerHeader,
                       ledgerRow("1", "HT-01", "Trực tuyến", "10/03/2026 08:00", "10/03/2026 07:00", "", "Đang xử lý")]
        #expect(try DossierLedgerParser.parse(rows: sameDay, knownProcedures: procedures).count == 1)
    }

    @Test func duplicateDossierCodeWithinAFile() throws {
        let f = try failure([ledgerHeader, good("HS-1"), good("HS-2"), good(" HS-1 ")])
        #expect(f.codes == ["code.duplicate"])
        #expect(f.issues[0].row == 4)
        #expect(f.issues[0].column == "Mã hồ sơ")
        #expect(f.issues[0].value == "HS-1")
        #expect(f.issues[0].vietnamese == "Dòng 4, cột “Mã hồ sơ”: mã hồ sơ “HS-1” trùng với dòng 2.")
    }

    @Test func wrongHeader() throws {
        // The catalogue file handed in as a ledger: every ledger column but the two it shares is missing.
        let f = try failure([catalogueHeader, ["HT-01", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "Không", ""]])
        #expect(f.issues.allSatisfy { $0.row == 1 && $0.code == "header.missing" })
        #expect(f.issues.map(\.column) == ["Mã hồ sơ", "Hình thức nộp", "Ngày tiếp nhận", "Hạn xử lý",
                                           "Ngày có kết quả", "Kết quả", "Ngày cập nhật hệ thống"])
        #expect(f.issues[0].vietnamese.hasPrefix("Dòng 1 (tiêu đề): thiếu cột “Mã hồ sơ” (tiêu đề cần có: Mã hồ sơ, Mã thủ tục,"))
    }

    @Test func missingAndRepeatedColumns() throws {
        var header = ledgerHeader
        header.removeLast()  // no "Ngày cập nhật hệ thống"
        header.append("MÃ HỒ SƠ")
        let f = try failure([header, good("1")])
        #expect(f.codes == ["header.duplicate", "header.missing"])
        #expect(f.issues[0].column == "MÃ HỒ SƠ")
        #expect(f.issues[0].vietnamese == "Dòng 1 (tiêu đề): cột “MÃ HỒ SƠ” ở cột I trùng với cột “Mã hồ sơ” ở cột A.")
        #expect(f.issues[1].column == "Ngày cập nhật hệ thống")
    }

    @Test func emptyFile() throws {
        let f = try failure([])
        #expect(f.codes == ["file.empty"])
    }

    @Test func headerMatchingIgnoresCaseDiacriticsAndOrder() throws {
        let header = ["ngay cap nhat he thong", "KET QUA", "Ma ho so", "ma thu tuc", "hinh thuc nop",
                      "Ngày  tiếp nhận", "han xu ly", "Ngay co ket qua", "thanh toan truc tuyen", "Ghi chú"]
        let rows = [header, ["", "Đang xử lý", "1", "HT-01", "Trực tuyến", "2026-03-02", "2026-03-05", "", "", "x"]]
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        #expect(dossiers.count == 1)
        #expect(dossiers[0].code == "1")
        #expect(dossiers[0].receivedAt == at(2026, 3, 2))
        #expect(dossiers[0].outcome == .inProgress)
    }

    @Test func allOrNothingListsEveryIssueInRowOrder() throws {
        let rows = [
            ledgerHeader,
            good("1"),
            ledgerRow("2", "", "Fax", "02/03/2026", "05/03/2026", "", "Đã trả kết quả"),
            ["", "", "", "", "", "", "", "", ""],  // blank: skipped but still counted as a row
            ledgerRow("3", "HT-01", "Trực tuyến", "02/03/2026", "05/03/2026", "04/03/2026", "Đang xử lý", "có lẽ"),
            ledgerRow("4", "HT-01", "Trực tuyến", "02/03/2026", "05/03/2026", "01/03/2026", "Hoàn thành", "Có"),
            ledgerRow("5", "HT-01", "Trực tiếp", "02/03/2026", "", "", "", "", "01/03/2026"),
            good("6"),
        ]
        let f = try failure(rows)
        #expect(f.issues.map(\.row) == [3, 3, 3, 5, 5, 6, 6, 7, 7])
        #expect(f.codes == ["value.missing", "value.invalid", "result.missing",
                            "value.invalid", "result.unexpected",
                            "date.result_before_receipt", "payment.without_fee",
                            "value.missing", "date.entered_before_receipt"])
        #expect(f.issues[1].column == "Hình thức nộp" && f.issues[1].value == "Fax")
        #expect(f.issues[3].column == "Thanh toán trực tuyến" && f.issues[3].value == "có lẽ")
        #expect(f.issues[7].column == "Kết quả")
        #expect(!f.truncated)
        #expect(f.vietnamese.split(separator: "\n").count == 9)
    }

    @Test func issuesAreCappedAndTheAppErrorCarriesThem() throws {
        var rows = [ledgerHeader]
        for i in 0..<80 { rows.append(ledgerRow("\(i)", "NOPE", "Trực tuyến", "02/03/2026", "", "", "Đang xử lý")) }
        let f = try failure(rows)
        #expect(f.issues.count == DossierImportFailure.cap)
        #expect(f.truncated)
        let app = f.appError
        #expect(app.kind == .invalid)
        #expect(app.code == "import.invalid")
        #expect(app.issues.count == 50)
        #expect(app.issues[0] == ImportIssue(row: 2, field: "Mã thủ tục", value: "NOPE", code: "procedure.unknown",
                                             message: "Dòng 2, cột “Mã thủ tục”: mã thủ tục “NOPE” không có trong danh mục thủ tục của đơn vị."))
    }

    @Test func catalogueErrors() throws {
        let rows = [
            catalogueHeader,
            ["HT-01", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "Không", ""],
            ["HT-02", "Đăng ký kết hôn", "Hộ tịch", "Mức độ 9", "Không", ""],
            ["HT-01", "Đăng ký khai tử", "", "Một phần", "Có", "Có"],
            ["CT-01", "Chứng thực", "Chứng thực", "Trực tiếp", "Không", "Có"],
        ]
        let f = try #require(importFailure { try ProcedureCatalogParser.parse(rows: rows) })
        #expect(f.issues.map(\.row) == [3, 4, 4, 5])
        #expect(f.codes == ["value.invalid", "value.missing", "code.duplicate", "payment.without_fee"])
        #expect(f.issues[0].column == "Mức độ DVC" && f.issues[0].value == "Mức độ 9")
        #expect(f.issues[2].vietnamese == "Dòng 4, cột “Mã thủ tục”: mã thủ tục “HT-01” trùng với dòng 2.")
    }

    @Test func outcomeSpellings() throws {
        let words: [(String, DossierOutcome)] = [
            ("Đã trả kết quả", .resolved), ("Hoàn thành", .resolved), ("Đã giải quyết", .resolved),
            ("Chờ trả kết quả", .resolved), ("Từ chối", .rejected), ("Không giải quyết", .rejected),
            ("Rút hồ sơ", .withdrawn), ("Công dân rút hồ sơ", .withdrawn), ("Đang xử lý", .inProgress),
            ("Đang giải quyết", .inProgress), ("Chưa trả kết quả", .inProgress), ("Yêu cầu bổ sung", .inProgress),
        ]
        var rows = [ledgerHeader]
        for (i, (word, outcome)) in words.enumerated() {
            rows.append(ledgerRow("\(i)", "HT-01", "Trực tuyến", "02/03/2026", "05/03/2026",
                                  outcome.isFinished ? "03/03/2026" : "", word))
        }
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        #expect(dossiers.map(\.outcome) == words.map(\.1))
    }

    @Test func channelSpellings() throws {
        let words: [(String, SubmissionChannel)] = [
            ("Trực tuyến", .online), ("TRUC TUYEN", .online), ("Nộp qua Dịch vụ công", .online),
            ("Trực tiếp", .direct), ("Tại quầy", .direct), ("Bưu chính công ích", .post), ("Qua bưu điện", .post),
        ]
        var rows = [ledgerHeader]
        for (i, (word, _)) in words.enumerated() {
            rows.append(ledgerRow("\(i)", "HT-01", word, "02/03/2026", "", "", "Đang xử lý"))
        }
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        #expect(dossiers.map(\.channel) == words.map(\.1))
    }
}

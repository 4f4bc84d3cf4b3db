import Foundation
@testable import XaSoCore

/// A local day the test knows is valid.
func day(_ year: Int, _ month: Int, _ d: Int) -> LocalDay {
    precondition(LocalDay.isValid(year: year, month: month, day: d))
    return LocalDay(year, month, d)
}

func at(_ year: Int, _ month: Int, _ d: Int, _ hour: Int = 0, _ minute: Int = 0) -> LocalDateTime {
    LocalDateTime(year: year, month: month, day: d, hour: hour, minute: minute)!
}

/// "dd/mm/yyyy" of a day, as the test rows write it.
func vn(_ date: LocalDay) -> String { date.shortVietnamese }

/// "yyyy-mm-dd" of a day.
func iso(_ date: LocalDay) -> String { date.description }

/// Zero-padded, written out here so the tests do not lean on the code under test.
func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

let ledgerHeader = DossierLedgerParser.headerNames
let catalogueHeader = ProcedureCatalogParser.headerNames

/// One ledger row in template column order.
func ledgerRow(_ code: String, _ procedure: String, _ channel: String, _ received: String, _ due: String,
               _ result: String, _ outcome: String, _ paid: String = "", _ entered: String = "") -> [String] {
    [code, procedure, channel, received, due, result, outcome, paid, entered]
}

/// The failure thrown by `body`, or nil when it did not throw that type.
func importFailure(_ body: () throws -> Any) -> DossierImportFailure? {
    do {
        _ = try body()
        return nil
    } catch let failure as DossierImportFailure {
        return failure
    } catch {
        return nil
    }
}

/// A four-procedure catalogue for small hand-worked cases.
let smallCatalogueRows: [[String]] = [
    catalogueHeader,
    ["HT-01", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "Không", ""],
    ["CT-01", "Chứng thực bản sao từ bản chính", "Chứng thực", "Một phần", "Có", "x"],
    ["DD-01", "Hòa giải tranh chấp đất đai", "Đất đai", "Trực tiếp", "Không", ""],
    ["HT-02", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Toàn trình", "Có", "Không"],
]

func smallCatalogue() throws -> [Procedure] {
    try ProcedureCatalogParser.parse(rows: smallCatalogueRows)
}

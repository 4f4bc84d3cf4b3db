import Foundation
import Testing
@testable import XaSoCore

/// Repeated dossier codes are found from 32-bit fingerprints and confirmed by reading the rows
/// again: a shared fingerprint alone never refuses a file, and a real repeat is always named with
/// the row it repeats, however many suspects there are.
@Suite struct DuplicateCodeTests {
    let procedures: [Procedure]

    init() throws {
        procedures = try smallCatalogue()
    }

    func good(_ code: String) -> [String] {
        ledgerRow(code, "HT-01", "Trực tuyến", "02/03/2026 08:00", "05/03/2026", "04/03/2026 10:00", "Đã trả kết quả")
    }

    /// Every code gets the same fingerprint: each row after the first is a suspect.
    func parseColliding(_ rows: [[String]]) throws -> [Dossier] {
        try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures, codeHash: { _ in 0x1234_5678_9ABC_DEF0 })
    }

    @Test func sharedFingerprintsAloneRefuseNothing() throws {
        // 120 distinct codes, all colliding: more than one list of suspects (50) is settled on the way.
        var rows = [ledgerHeader]
        for i in 1...120 { rows.append(good("HS-\(i)")) }
        // Two spellings of one word (precomposed and decomposed "Ồ") are two codes, as the database sees them.
        rows.append(good("H\u{1ED2}-1"))
        rows.append(good("HO\u{0302}\u{0300}-1"))
        let dossiers = try parseColliding(rows)
        #expect(dossiers.count == 122)
        #expect(dossiers.map(\.code) == rows.dropFirst().map { $0[0] })
    }

    @Test func realRepeatsAmongCollisionsAreNamedWithTheirFirstRow() throws {
        var rows = [ledgerHeader]
        for i in 1...80 { rows.append(good("HS-\(i)")) }
        rows.append(good("HS-7"))       // row 82 repeats row 8
        rows.append(good("HS-81"))
        rows.append(good(" HS-80 "))    // row 84 repeats row 81 (codes are trimmed)
        rows.append(good("HS-7"))       // row 85: the first row is still 8
        let f = try #require(importFailure { try parseColliding(rows) })
        #expect(f.issues.map(\.row) == [82, 84, 85])
        #expect(f.issues.allSatisfy { $0.code == "code.duplicate" && $0.column == "Mã hồ sơ" })
        #expect(f.issues.map(\.value) == ["HS-7", "HS-80", "HS-7"])
        #expect(f.issues[0].vietnamese == "Dòng 82, cột “Mã hồ sơ”: mã hồ sơ “HS-7” trùng với dòng 8.")
        #expect(f.issues[1].message == "Row 84, column \"Mã hồ sơ\": dossier code \"HS-80\" already appears on row 81.")
        #expect(f.issues[2].vietnamese == "Dòng 85, cột “Mã hồ sơ”: mã hồ sơ “HS-7” trùng với dòng 8.")
        #expect(!f.truncated)
    }

    /// A confirmed repeat takes its place in row order among the other issues, after its row's own.
    @Test func repeatsMergeIntoTheIssueListInRowOrder() throws {
        let rows = [
            ledgerHeader,
            good("A"),
            ledgerRow("B", "HT-01", "Fax", "02/03/2026", "05/03/2026", "", "Đang xử lý"),
            ledgerRow("A", "HT-01", "Fax", "02/03/2026", "05/03/2026", "", "Đang xử lý"),
            ledgerRow("C", "NOPE", "Trực tuyến", "02/03/2026", "05/03/2026", "", "Đang xử lý"),
        ]
        for colliding in [false, true] {
            let f = try #require(importFailure {
                colliding ? try parseColliding(rows) : try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
            })
            #expect(f.issues.map(\.row) == [3, 4, 4, 5])
            #expect(f.codes == ["value.invalid", "value.invalid", "code.duplicate", "procedure.unknown"])
        }
    }

    /// More than the cap of repeats: the first 50 issues in row order, marked truncated.
    @Test func manyRepeatsAreCapped() throws {
        var rows = [ledgerHeader]
        for i in 1...10 { rows.append(good("HS-\(i)")) }
        for i in 0..<70 { rows.append(good("HS-\(i % 10 + 1)")) }
        let f = try #require(importFailure { try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures) })
        #expect(f.issues.count == DossierImportFailure.cap)
        #expect(f.truncated)
        #expect(f.issues.map(\.row) == Array(12..<62))
        #expect(f.issues[49].vietnamese == "Dòng 61, cột “Mã hồ sơ”: mã hồ sơ “HS-10” trùng với dòng 11.")
    }

    /// Fingerprints grow past their first table (and past a reserved one) and still find repeats.
    @Test func fingerprintsGrowWithoutLosingCodes() {
        var seen = CodeFingerprints(expectedCodes: 1000)
        var hits = 0
        for i in 0..<5000 where seen.insert("90001-260101-\(i)") { hits += 1 }
        seen.reserve(20_000)
        for i in 5000..<40_000 where seen.insert("90001-260101-\(i)") { hits += 1 }
        #expect(hits == 0)
        #expect(seen.count == 40_000)
        for i in stride(from: 0, to: 40_000, by: 997) where !seen.insert("90001-260101-\(i)") {
            Issue.record("code \(i) was forgotten")
        }
        #expect(seen.count == 40_000)
    }
}

import Foundation
import Testing
@testable import XaSoCore
import XaSoFixtures

@Suite struct SyntheticLedgerTests {
    let generator = SyntheticLedger(seed: 42)

    /// Comma-separated with double-quoted fields, as RFC 4180; enough for the generator's output.
    static func splitCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    // A doubled quote is a quote; a single one closes the field.
                    if let n = chars.next() {
                        if n == "\"" { field.append("\"") } else {
                            quoted = false
                            if n == "," { row.append(field); field = "" } else if n == "\n" {
                                row.append(field); rows.append(row); row = []; field = ""
                            } else { field.append(n) }
                        }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func csvHasTheImportHeadersAndMatchesTheRows() throws {
        let csv = generator.dossierCSV(commune: 1, count: 500)
        let rows = Self.splitCSV(csv)
        #expect(rows.first == ["Mã hồ sơ", "Mã thủ tục", "Hình thức nộp", "Ngày tiếp nhận", "Hạn xử lý",
                               "Ngày có kết quả", "Kết quả", "Thanh toán trực tuyến", "Ngày cập nhật hệ thống"])
        #expect(rows == generator.dossierRows(commune: 1, count: 500))
        let catalogue = Self.splitCSV(generator.catalogueCSV())
        #expect(catalogue.first == ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Mức độ DVC", "Có phí", "Thanh toán trực tuyến"])
        #expect(catalogue == generator.catalogueRows())
        #expect(catalogue.contains { $0[1] == "Đăng ký nhận cha, mẹ, con" })
    }

    @Test func importsCleanlyThroughBothParsers() throws {
        let procedures = try ProcedureCatalogParser.parse(rows: Self.splitCSV(generator.catalogueCSV()))
        #expect(procedures == generator.procedures())
        #expect(Set(procedures.map(\.field)).isSuperset(of: ["Hộ tịch", "Đất đai", "Chứng thực", "Bảo trợ xã hội"]))
        let dossiers = try DossierLedgerParser.parse(rows: Self.splitCSV(generator.dossierCSV(commune: 7, count: 3000)),
                                                     knownProcedures: procedures)
        #expect(dossiers.count == 3000)
        #expect(Set(dossiers.map(\.code)).count == 3000)
        #expect(dossiers[0].code.hasPrefix("90007-"))
    }

    @Test func deterministicAndIndependentOfOtherCommunes() {
        #expect(generator.dossierCSV(commune: 3, count: 200) == SyntheticLedger(seed: 42).dossierCSV(commune: 3, count: 200))
        #expect(generator.dossierCSV(commune: 3, count: 200) != generator.dossierCSV(commune: 4, count: 200))
        #expect(generator.dossierCSV(commune: 3, count: 200) != SyntheticLedger(seed: 43).dossierCSV(commune: 3, count: 200))
        // A longer ledger starts with the shorter one.
        let short = generator.dossierRows(commune: 3, count: 100)
        let long = generator.dossierRows(commune: 3, count: 300)
        #expect(Array(long.prefix(101)) == short)
        #expect(SyntheticLedger.split(total: 10, communes: 3) == [4, 3, 3])
        #expect(SyntheticLedger.communeCode(12) == "90012")
    }

    @Test func provinceFileHasAUnitColumnTheParserIgnores() throws {
        var bytes: [UInt8] = []
        generator.appendDossierCSV(commune: 1, count: 10, unitColumn: true, to: &bytes)
        generator.appendDossierCSV(commune: 2, count: 10, header: false, unitColumn: true, to: &bytes)
        let rows = Self.splitCSV(String(decoding: bytes, as: UTF8.self))
        #expect(rows.count == 21)
        #expect(rows[0][0] == "Mã đơn vị")
        #expect(rows[1][0] == "90001" && rows[20][0] == "90002")
        #expect(try DossierLedgerParser.parse(rows: rows, knownProcedures: generator.procedures()).count == 20)
    }

    /// The national benchmark grows a ledger in steps; the steps must make the same ledger as one go.
    @Test func aLedgerGrownInStepsIsTheLedgerGeneratedAtOnce() {
        var once: [UInt8] = [], steps: [UInt8] = []
        generator.appendDossierCSV(commune: 7, count: 250, to: &once)
        generator.appendDossierCSV(commune: 7, count: 40, to: &steps)
        generator.appendDossierCSV(commune: 7, count: 160, skipping: 40, header: false, to: &steps)
        generator.appendDossierCSV(commune: 7, count: 50, skipping: 200, header: false, to: &steps)
        #expect(steps == once)
        let rows = Self.splitCSV(String(decoding: steps, as: UTF8.self))
        #expect(rows.count == 251)
        #expect(rows[41][0].hasSuffix("-000041") && rows[250][0].hasSuffix("-000250"))
    }

    @Test func shapedLikeARealCommune() throws {
        let dossiers = try DossierLedgerParser.parse(rows: generator.dossierRows(commune: 1, count: 20_000),
                                                     knownProcedures: generator.procedures())
        let s = DossierStatistics.compute(procedures: generator.procedures(), dossiers: dossiers, range: generator.range)
        let onTime = try #require(s.onTimeRate.percent)
        let online = try #require(s.onlineRate.percent)
        #expect(onTime > 97.5 && onTime < 99.8)
        #expect(online > 70)
        #expect(s.carriedOver > 0 && s.inProgress > 0)
        #expect(s.rejected > 0 && s.withdrawn > 0 && s.late > 0 && s.lateEntry > 0)
        #expect(s.post > 0 && s.direct > 0)
        #expect(s.onlinePayment.dossiersPaidOnline > 0)
        #expect(s.lateByField.keys.contains("Hộ tịch"))
        #expect(s.receivedTotal == s.resolved + s.inProgress)
    }
}

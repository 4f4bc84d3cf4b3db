import Foundation
import Testing
@testable import XaSoCore

/// The shipped unit names, checked over the whole list: a name that lost its Vietnamese letters
/// ("Nghi Duong" for "Nghi Dương") reads as a real place, so every name written without any
/// diacritic must have been reviewed (scripts/units/reviewed_unmarked.tsv, which regenerate.py
/// enforces too), and a new unreviewed one fails here.
@Suite struct UnitNameTests {
    /// The repository root, found from this file (Tests/XaSoCoreTests/Domain/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// units.json as written on disk. `UnitCatalog.official()` normalizes names while loading, so
    /// NFC is checked on the raw file, scalar by scalar (Swift's `==` treats NFC and NFD as equal).
    static func rawRows() throws -> [[String: Any]] {
        let data = try Data(contentsOf: root.appendingPathComponent("Sources/XaSoCore/Resources/units.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    /// code → name of every reviewed name without diacritics.
    static func reviewed() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("scripts/units/reviewed_unmarked.tsv"), encoding: .utf8)
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("code\t") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == 3, "reviewed_unmarked.tsv: \(line)")
            #expect(rows[String(cells[0])] == nil, "reviewed twice: \(cells[0])")
            rows[String(cells[0])] = String(cells[1])
        }
        return rows
    }

    /// No tone mark and none of ă â ê ô ơ ư đ: after decomposition, no combining mark and no đ.
    static func hasNoDiacritic(_ name: String) -> Bool {
        !name.decomposedStringWithCanonicalMapping.unicodeScalars.contains {
            $0.properties.generalCategory == .nonspacingMark || $0 == "đ" || $0 == "Đ"
        }
    }

    static func isNFC(_ text: String) -> Bool {
        Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    @Test func diacriticDetectorSeesEveryKindOfMark() {
        #expect(Self.hasNoDiacritic("Ba Dinh"))
        #expect(Self.hasNoDiacritic("Ea H’Leo"))
        #expect(!Self.hasNoDiacritic("Ba Đình"))
        #expect(!Self.hasNoDiacritic("Đak Rong"))  // đ alone
        #expect(!Self.hasNoDiacritic("Nghi Dương"))  // horn only
        #expect(!Self.hasNoDiacritic("Ba Tơ".decomposedStringWithCanonicalMapping))
        #expect(!Self.isNFC("Ba Tơ".decomposedStringWithCanonicalMapping))
        #expect(Self.isNFC("Ba Tơ"))
    }

    @Test func listHasEveryUnitOnceWithNFCNames() throws {
        let rows = try Self.rawRows()
        let codes = rows.compactMap { $0["code"] as? String }
        #expect(codes.count == rows.count)
        #expect(Set(codes).count == codes.count, "codes are unique")
        let communes = rows.filter { $0["parent_code"] is String }
        #expect(communes.count == 3_321)
        #expect(rows.count - communes.count == 34)
        let prefixes = ["tinh": "Tỉnh ", "thanh_pho": "Thành phố ", "xa": "Xã ", "phuong": "Phường ", "dac_khu": "Đặc khu "]
        for row in rows {
            let code = row["code"] as? String ?? "?"
            let name = try #require(row["name"] as? String)
            let fullName = try #require(row["full_name"] as? String)
            #expect(Self.isNFC(name) && Self.isNFC(fullName), "\(code) is not NFC")
            let prefix = try #require(prefixes[row["kind"] as? String ?? ""], "\(code) kind")
            #expect(fullName == prefix + name, "\(code): \(fullName)")
        }
        // The loader keeps them as they are.
        let official = try UnitCatalog.official()
        #expect(official.count == rows.count)
        #expect(zip(official, rows).allSatisfy { unit, row in
            Array(unit.name.unicodeScalars) == Array((row["name"] as? String ?? "").unicodeScalars)
        })
    }

    @Test func everyNameWithoutDiacriticsIsReviewed() throws {
        let reviewed = try Self.reviewed()
        let unmarked = Dictionary(uniqueKeysWithValues: try UnitCatalog.official()
            .filter { Self.hasNoDiacritic($0.name) }.map { ($0.code, $0.name) })
        for (code, name) in unmarked.sorted(by: { $0.key < $1.key }) {
            #expect(reviewed[code] == name, "\(code) '\(name)' has no diacritics and is not in reviewed_unmarked.tsv")
        }
        for (code, name) in reviewed where unmarked[code] != name {
            Issue.record("reviewed_unmarked.tsv: \(code) '\(name)' no longer matches a name without diacritics")
        }
        // 2 provinces (Gia Lai, An Giang) and 173 communes, counted when the list was reviewed.
        #expect(unmarked.count == 175)
    }

    /// Issue #13: Ba Dinh looked like a stripped "Ba Đình", but it is its own name. Ba Tơ had both a
    /// xã Ba Dinh and a xã Ba Đình; Ba Đình became thị trấn Ba Đình in 1987, renamed Ba Tơ in 1990,
    /// today Xã Ba Tơ 21484. The statistics office's list and the province write "Ba Dinh".
    @Test func baDinhOfQuangNgaiIsReviewedAndDistinctFromBaDinh() throws {
        let units = Dictionary(uniqueKeysWithValues: try UnitCatalog.official().map { ($0.code, $0) })
        let baDinh = try #require(units["21499"])
        #expect(baDinh.name == "Ba Dinh")
        #expect(baDinh.fullName == "Xã Ba Dinh")
        #expect(baDinh.parentCode == "51")
        #expect(units["51"]?.name == "Quảng Ngãi")
        #expect(try Self.reviewed()["21499"] == "Ba Dinh")
        #expect(units["21484"]?.fullName == "Xã Ba Tơ")
        // The names with marks are other units.
        #expect(units["00004"]?.fullName == "Phường Ba Đình")
        #expect(units["16171"]?.fullName == "Xã Ba Đình")
        #expect(units["16171"]?.parentCode == "38")
    }
}

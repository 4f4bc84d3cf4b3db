import Foundation
import Testing
@testable import XaSoCore

@Suite("Reading old reports back: damaged copies")
struct DegradedIngestTests {
    static let seeds: [UInt64] = [1, 2, 3]

    static let cases: [(IngestDegrader.Damage, UInt64)] = IngestDegrader.Damage.allCases.flatMap { d in seeds.map { (d, $0) } }

    @Test("Gia Phúc: every table figure and every section, whatever the damage", arguments: cases)
    func giaPhuc(_ damage: IngestDegrader.Damage, _ seed: UInt64) throws {
        let text = IngestDegrader.apply(damage, to: try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"), seed: seed)
        let report = try IngestFixtures.parse(text, name: "Gia Phúc")
        #expect(report.period == "2025-Q3")
        #expect(report.kind == "quarterly-cds")
        for row in IngestFixtures.giaPhucTable {
            let f = report.figures.first { $0.indicatorCode == row.code && $0.origin == .table }
            #expect(f?.value == row.value && f?.approximate == row.approximate, "\(damage.rawValue) #\(seed): \(row.code) → \(String(describing: f))")
        }
        let found = Set(report.sections.compactMap(\.section))
        let missing = IngestFixtures.giaPhucSections.filter { !found.contains($0) }
        #expect(missing.isEmpty, "\(damage.rawValue) #\(seed): sections not found \(missing)")
    }

    @Test("Nghi Dương: every dossier figure and every section, whatever the damage", arguments: cases)
    func nghiDuong(_ damage: IngestDegrader.Damage, _ seed: UInt64) throws {
        let text = IngestDegrader.apply(damage, to: try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"), seed: seed)
        let report = try IngestFixtures.parse(text, name: "Nghi Dương")
        #expect(report.period == "2026-H1")
        #expect(report.kind == "six-month-cchc")
        let stated = Dictionary(uniqueKeysWithValues: report.dossierFigures.stated.map { ($0.key, $0.value) })
        #expect(stated == IngestFixtures.nghiDuongDossiers, "\(damage.rawValue) #\(seed)")
        let found = Set(report.sections.compactMap(\.section))
        let missing = IngestFixtures.nghiDuongSections.filter { !found.contains($0) }
        #expect(missing.isEmpty, "\(damage.rawValue) #\(seed): sections not found \(missing)")
    }

    @Test("Diacritics come back for names matched with certainty; the rest is kept as read and marked")
    func restoredNames() throws {
        let text = IngestDegrader.apply(.stripped, to: try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"), seed: 1)
        let report = try IngestFixtures.parse(text)
        let f = try #require(report.figures.first { $0.indicatorCode == "CL411.01" })
        #expect(f.restored)
        #expect(f.text == "Tỷ lệ dân số trưởng thành có điện thoại thông minh")
        #expect(f.textAsRead.hasPrefix("Ty le dan so truong thanh"))
        // The narrative read without diacritics is kept as it is, and says so.
        let s = try #require(report.sections.first { $0.section == "the-che" })
        #expect(s.text.contains("Ban hanh 04 van ban"))
        #expect(!s.hasDiacritics)
        // Its heading matched the kind's title with certainty: the title comes back with its diacritics.
        #expect(s.heading == "1. Thể chế")
        #expect(report.sections.first { $0.section == "ket-qua-nhiem-vu" }?.heading == "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
        // A heading matched to the kind's own (V.3 "Nhiệm vụ theo trụ cột") comes back with its diacritics.
        #expect(report.sections.contains { $0.section == "nhiem-vu-giai-phap" && $0.heading == "3. Nhiệm vụ theo trụ cột" })
        let original = try IngestFixtures.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"))
        #expect(original.sections.first { $0.section == "the-che" }?.hasDiacritics == true)
    }

    /// Figures the references state in sentences, as XaSo's sets (XS-CCHC, XS-CDS) read them:
    /// right when reported, not required.
    static let giaPhucSentences: [String: Double] = ["XS-CDS.03": 13, "XS-CCHC.03": 4]
    static let nghiDuongSentences: [String: Double] = [
        "XS-CDS.05": 450, "XS-CCHC.03": 1, "XS-CCHC.09": 40, "XS-CCHC.10": 35, "XS-CCHC.11": 309, "XS-CCHC.12": 306,
        "XS-CDS.12": 100, "XS-CDS.25": 100, "XS-CDS.04": 2, "XS-CCHC.15": 10, "XS-CCHC.16": 10, "XS-CCHC.04": 100,
        "XS-CDS.27": 100,
    ]

    /// Recall and precision of figures over damaged copies (docs/ingest.md quotes this output).
    /// Expected: Gia Phúc's ten table figures and Nghi Dương's eight stated dossier figures; every
    /// other figure reported counts against precision.
    @Test("Recall and precision over damaged copies")
    func measure() throws {
        let gp = try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt")
        let nd = try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt")
        var lines: [String] = []
        var totalExpected = 0, totalFound = 0, totalRight = 0, totalReported = 0
        for damage in IngestDegrader.Damage.allCases {
            var expected = 0, found = 0, right = 0, rightReported = 0
            for seed in UInt64(1)...10 {
                for (text, doc) in [(gp, "gp"), (nd, "nd")] {
                    let report = try IngestFixtures.parse(IngestDegrader.apply(damage, to: text, seed: seed))
                    var truth: [String: Double] = [:]
                    if doc == "gp" {
                        for r in IngestFixtures.giaPhucTable { truth[r.code] = r.value }
                    } else {
                        for (k, v) in IngestFixtures.nghiDuongDossiers { truth["dossier.\(k)"] = Double(v) }
                    }
                    var got: [(String, Double)] = report.figures.map { ($0.indicatorCode, $0.value) }
                    got += report.dossierFigures.stated.map { ("dossier.\($0.key)", Double($0.value)) }
                    expected += truth.count
                    found += got.count
                    // Sentence figures of XaSo's sets read right count for precision; recall is the table and the dossiers.
                    let stated = doc == "gp" ? Self.giaPhucSentences : Self.nghiDuongSentences
                    right += got.filter { truth[$0.0] == $0.1 }.count
                    rightReported += got.filter { truth[$0.0] == $0.1 || stated[$0.0] == $0.1 }.count
                }
            }
            totalExpected += expected; totalFound += found; totalRight += right; totalReported += rightReported
            lines.append(String(format: "| %@ | %d | %d | %d | %.1f%% | %.1f%% |", damage.rawValue, expected, found, right,
                                100 * Double(right) / Double(expected), 100 * Double(rightReported) / Double(max(found, 1))))
            #expect(right == expected, "\(damage.rawValue): recall \(right)/\(expected)")
        }
        print("| damage | expected | reported | right | recall | precision |")
        print("|---|---|---|---|---|---|")
        for l in lines { print(l) }
        print(String(format: "| all | %d | %d | %d | %.1f%% | %.1f%% |", totalExpected, totalFound, totalRight,
                     100 * Double(totalRight) / Double(totalExpected), 100 * Double(totalReported) / Double(max(totalFound, 1))))
        #expect(Double(totalReported) / Double(max(totalFound, 1)) >= 0.9)
    }
}

import Foundation
import Testing
@testable import XaSoCore

/// Figures of the catalogue stated in sentences, found through the wording each prints in: a
/// figure added to the catalogue takes part without code.
@Suite("Reading old reports back: catalogue wordings")
struct CatalogueWordingTests {
    static func figure(_ code: String, _ name: String, _ kind: UnitKind) -> Indicator {
        Indicator(code: code, frameworkCode: "TEST", number: "1", name: name, unit: kind == .percent ? "%" : "buổi",
                  unitKind: kind, direction: .higher, owners: ["Phòng Văn hóa - Xã hội"])
    }

    /// The shipped catalogue (with XaSo's figure sets XS-CCHC and XS-CDS and their sentences) and one
    /// figure a commune added itself, with its own sentence.
    static let catalogue = IngestCatalogue(
        indicators: ((try? FrameworkCatalog.official().indicators) ?? []) + [
            { var f = figure("T.OUTREACH", "Số buổi tuyên truyền về chuyển đổi số", .count)
              f.sentences = ["Tổ chức {value} buổi tuyên truyền, phổ biến về chuyển đổi số."]
              return f }(),
        ])

    static func parse(_ name: String, damage: IngestDegrader.Damage? = nil) throws -> IngestedReport {
        var text = try referenceText(name)
        if let damage { text = IngestDegrader.apply(damage, to: text, seed: 7) }
        return try ReportIngestParser(catalogue: catalogue).parse(text, options: .init(unitCode: "X"))
    }

    @Test("Gia Phúc's '13 buổi tuyên truyền' and Nghi Dương's signed documents, staffing and training sessions")
    func wordings() throws {
        for damage in [nil] + IngestDegrader.Damage.allCases {
            let gp = try Self.parse("bao-cao-quy-III-2025-xa-gia-phuc.txt", damage: damage)
            #expect(gp.figures.first { $0.indicatorCode == "T.OUTREACH" }?.value == 13, "\(String(describing: damage))")
            let nd = try Self.parse("bao-cao-6-thang-2026-xa-nghi-duong.txt", damage: damage)
            #expect(nd.figures.first { $0.indicatorCode == "XS-CDS.12" }?.value == 100, "\(String(describing: damage))")
            #expect(nd.figures.first { $0.indicatorCode == "XS-CCHC.09" }?.value == 40, "\(String(describing: damage))")
            #expect(nd.figures.first { $0.indicatorCode == "XS-CDS.04" }?.value == 2, "\(String(describing: damage))")
            #expect(nd.figures.first { $0.indicatorCode == "XS-CCHC.11" }?.value == 309, "\(String(describing: damage))")
            // The table's figures are unchanged by the larger catalogue.
            #expect(gp.figures.filter { $0.origin == .table }.count == 10)
        }
        // "tổ chức 02 buổi tập huấn" is a training session, not an outreach session.
        let nd = try Self.parse("bao-cao-6-thang-2026-xa-nghi-duong.txt")
        #expect(nd.figures.first { $0.indicatorCode == "T.OUTREACH" } == nil)
    }

    @Test("A wording's value is the placeholder named value, or the last; the others are left out")
    func split() {
        let s = IngestCatalogue.split("Kết quả ký số văn bản đi {ky} đạt tỷ lệ {value}%.")
        #expect(s?.before == ["ket", "qua", "ky", "so", "van", "ban", "di", "dat", "ty", "le"])
        #expect(s?.after == [])
        let t = IngestCatalogue.split("Tổ chức {so_buoi} buổi tuyên truyền; đạt {ty_le}%")
        #expect(t?.before == ["dat"])
        #expect(IngestCatalogue.split("Không có chỗ cho số") == nil)
    }
}

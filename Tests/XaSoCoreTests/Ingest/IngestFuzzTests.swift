import Foundation
import Testing
@testable import XaSoCore
import XaSoFixtures

/// Whatever text comes in, the reader answers with a report or a named error, never a crash.
@Suite("Reading old reports back: arbitrary text")
struct IngestFuzzTests {
    static let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                                + "AĂÂĐÊÔƠƯIVXSTHC0123456789 ~≈><≥%/.,;:()-–\n\n\t€|@")

    @Test("Random text, and pieces of the references cut at random, never crash the reader")
    func random() throws {
        var rng = SplitMix64(seed: 42)
        let references = [try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"),
                          try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt")].map(Array.init)
        let parser = ReportIngestParser(catalogue: IngestFixtures.catalogue)
        for round in 0..<150 {
            var text: String
            if round % 2 == 0 {
                text = String((0..<(20 + rng.below(600))).map { _ in Self.alphabet[rng.below(Self.alphabet.count)] })
            } else {
                let doc = references[rng.below(2)]
                let start = rng.below(doc.count - 10)
                text = String(doc[start..<min(doc.count, start + 10 + rng.below(3000))])
            }
            let result = Result { () throws(AppError) -> IngestedReport in
                try parser.parse(text, options: .init(unitCode: "X", period: round % 3 == 0 ? .year(2025) : nil))
            }
            if case .failure(let e) = result {
                #expect(e.code.rawValue.hasPrefix("ingest."), "\(e.code)")
            }
        }
    }
}

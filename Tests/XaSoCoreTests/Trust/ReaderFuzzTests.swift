import Foundation
import Testing
import XaSoCore
import XaSoFixtures
@testable import XaSoDocuments

/// Issue #15: mutations of valid CSV, XLSX and DOCX files — flipped, dropped, inserted and
/// duplicated bytes, truncations — never crash a reader, and every refusal is a named error
/// (`SpreadsheetError` or `AppError` with a code), never a stray library error. A fixed seed keeps
/// CI repeatable; `XASO_FUZZ_CASES` runs more (e.g. 100000) by hand.
@Suite struct ReaderFuzzTests {
    static let cases = ProcessInfo.processInfo.environment["XASO_FUZZ_CASES"].flatMap(Int.init) ?? 1_500

    static func mutate(_ data: Data, _ rng: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        let edits = 1 + rng.below(4)
        for _ in 0..<edits where !bytes.isEmpty {
            let at = rng.below(bytes.count)
            switch rng.below(6) {
            case 0: bytes[at] ^= UInt8(1 << rng.below(8))
            case 1: bytes[at] = UInt8(truncatingIfNeeded: rng.next())
            case 2: bytes.remove(at: at)
            case 3: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
            case 4: bytes.removeSubrange(at...)
            default:
                let length = min(1 + rng.below(64), bytes.count - at)
                bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
            }
        }
        return Data(bytes)
    }

    static func isNamed(_ error: any Error) -> Bool {
        if let e = error as? SpreadsheetError { return !e.code.rawValue.isEmpty && !e.message.isEmpty }
        if let e = error as? AppError { return !e.code.rawValue.isEmpty && !e.vietnamese.isEmpty }
        return false
    }

    /// Runs `read` over `cases` mutations of `seed`; returns the errors that were not named.
    static func fuzz(_ seed: Data, salt: UInt64, _ read: (Data) throws -> Void) -> [String] {
        var rng = SplitMix64(seed: 0x5EED_0000 ^ salt)
        var unnamed: [String] = []
        for _ in 0..<cases {
            let input = mutate(seed, &rng)
            // XASO_FUZZ_TRACE=FILE keeps the case being read, to replay one that hangs or traps.
            if let trace = ProcessInfo.processInfo.environment["XASO_FUZZ_TRACE"] {
                try? input.write(to: URL(fileURLWithPath: trace))
            }
            do {
                try read(input)
            } catch {
                if !isNamed(error), unnamed.count < 5 { unnamed.append("\(type(of: error)): \(error)") }
            }
        }
        return unnamed
    }

    static let csv = Data("""
    unit_code,indicator_code,period,value,note
    11713,CL411.01,2026-H1,85%,
    11713,CL411.03,2026-H1,~15%,"do người dân ""chưa"" phổ cập"
    11713,CL411.07,2026-H1,"36,7%",
    """.utf8)

    @Test func csvMutations() {
        #expect(Self.fuzz(Self.csv, salt: 1) { _ = try CSVReader.read($0) } == [])
        // The legacy encodings' path too: the same text in Windows-1258 bytes is read, not crashed on.
        let latin = Data(Self.csv.map { $0 < 0x80 ? $0 : 0xE0 })
        #expect(Self.fuzz(latin, salt: 2) { _ = try CSVReader.read($0) } == [])
    }

    @Test func xlsxMutations() throws {
        let sheet = XLSXSheet(name: "Số liệu", rows: [
            ["unit_code", "indicator_code", "period", "value", "note"],
            ["11713", "CL411.01", "2026-H1", 85, ""],
            ["11713", "CL411.03", "2026-H1", "~15%", "do người dân chưa phổ cập"],
        ])
        let shared = try XLSXWriter.write(sheet)
        let inline = try XLSXWriter.write(sheet, strings: .inline)
        #expect(Self.fuzz(shared, salt: 3) { _ = try XLSXReader.read($0) } == [])
        #expect(Self.fuzz(inline, salt: 4) { _ = try XLSXReader.read($0) } == [])
    }

    @Test func docxMutations() throws {
        let body = (1...12).map { DocxTextExtractorTests.p(DocxTextExtractorTests.r("\($0). Nhiệm vụ số \($0): triển khai chuyển đổi số")) }.joined()
        let deflated = try DocxTextExtractorTests.docx(body: body)
        let stored = try DocxTextExtractorTests.docx(body: body, deflate: false)
        #expect(Self.fuzz(deflated, salt: 5) { _ = try DocxTextExtractor.paragraphs(from: $0) } == [])
        #expect(Self.fuzz(stored, salt: 6) { _ = try DocxTextExtractor.paragraphs(from: $0) } == [])
    }
}

import Foundation
import Testing
@testable import XaSoDocuments

/// Issue #15 item 9: PDF conversions take a bounded number of slots, wait for LibreOffice without
/// holding a thread, and stop at their timeout. A shell script stands in for `soffice`.
@Suite struct PDFConcurrencyTests {
    /// A fake `soffice`: writes "%PDF-1.4 <name>" for every input into --outdir after `sleep`.
    static func fakeSoffice(sleep seconds: String) throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-fake-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("soffice")
        let text = """
            #!/bin/sh
            out=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --outdir) out="$2"; shift 2 ;;
                *.docx) sleep \(seconds); name=$(basename "$1" .docx); printf '%%PDF-1.4 %s' "$name" > "$out/$name.pdf"; shift ;;
                *) shift ;;
              esac
            done
            """
        try text.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (folder, script.path)
    }

    @Test func convertsThroughTheProcessWithoutBlocking() async throws {
        let (folder, soffice) = try Self.fakeSoffice(sleep: "0")
        defer { try? FileManager.default.removeItem(at: folder) }
        let converter = PDFConverter(executable: soffice, timeout: 60)
        let pdfs = try await converter.convert(documents: [Data("a".utf8), Data("b".utf8)])
        #expect(pdfs.map { String(decoding: $0, as: UTF8.self) } == ["%PDF-1.4 bao-cao-1", "%PDF-1.4 bao-cao-2"])
        // The blocking form gives the same.
        let one = try Self.blocking(converter, Data("c".utf8))
        #expect(String(decoding: one, as: UTF8.self) == "%PDF-1.4 bao-cao-1")
    }

    /// Outside an async context the blocking overload is the one chosen.
    static func blocking(_ converter: PDFConverter, _ docx: Data) throws -> Data {
        try converter.convert(docx: docx)
    }

    @Test func aConversionPastItsTimeoutIsStopped() async throws {
        let (folder, soffice) = try Self.fakeSoffice(sleep: "30")
        defer { try? FileManager.default.removeItem(at: folder) }
        let converter = PDFConverter(executable: soffice, timeout: 1)
        var code: String?
        do { _ = try await converter.convert(docx: Data("x".utf8)) } catch { code = error.code.rawValue }
        #expect(code == "pdf_timeout")
    }

    /// One at a time, one more in line, the next refused at once; a released slot goes to the
    /// first in line.
    @Test func slotsAreBounded() async throws {
        let slots = PDFSlots(count: 1, maxWaiting: 1)
        let first = await slots.acquire()
        #expect(first == 0)
        let waiter = Task { await slots.acquire() }
        while await slots.waitingCount == 0 { await Task.yield() }
        #expect(await slots.acquire() == nil)
        await slots.release(0)
        #expect(await waiter.value == 0)
        await slots.release(0)
        #expect(await slots.acquire() == 0)
    }
}

import Foundation
import Testing
@testable import XaSoApp

/// A page's view rendered from a hand-built model, compared with the HTML stored under
/// `Tests/XaSoAppTests/Snapshots/`. The HTML is stored one tag to a line (a newline between `>` and
/// `<`; text and attribute values are escaped, so none contains "><"), so a change shows as the first
/// line that differs. `XASO_RECORD_SNAPSHOTS=1` writes the files instead; read a recorded file before
/// committing it — a snapshot holds only what was checked once.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["XASO_RECORD_SNAPSHOTS"] == "1" }

    /// The page as stored: the document type, then one tag to a line. The assets' version (a hash of
    /// the CSS and the script) is written as "?v=…", so a stylesheet change does not fail every page.
    static func text(_ node: Node) -> String {
        ("<!DOCTYPE html>" + node.rendered)
            .replacingOccurrences(of: #"\?v=[0-9a-f]+""#, with: "?v=…\"", options: .regularExpression)
            .replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    static func check(_ node: Node, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name + ".html")
        let actual = text(node)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(file.path): run once with XASO_RECORD_SNAPSHOTS=1 and read the file",
                         sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("\(name).html differs from the page rendered: \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// "line 12:\n  expected: …\n  actual:   …", or nil when the two are the same.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : "(end of file)", y = i < a.count ? a[i] : "(end of page)"
            if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
        }
        return "same lines, different bytes"
    }
}

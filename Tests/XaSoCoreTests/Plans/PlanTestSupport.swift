import Foundation
import Testing
@testable import XaSoCore

/// Text of a reference document: the copy committed in Tests/Fixtures/reference (what CI sees),
/// else the shared folder, found by walking up from this source file so that any checkout layout works.
func referenceText(_ name: String) throws -> String {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        for folder in ["Tests/Fixtures/reference", "Fixtures/reference", "shared/reference"] {
            let candidate = dir.appendingPathComponent("\(folder)/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try String(contentsOf: candidate, encoding: .utf8)
            }
        }
        dir = dir.deletingLastPathComponent()
    }
    Issue.record("reference file \(name) not found above \(#filePath)")
    throw CocoaError(.fileNoSuchFile)
}

/// A day the test knows is valid.
func d(_ year: Int, _ month: Int, _ day: Int) -> LocalDay {
    LocalDay(validYear: year, month: month, day: day)!
}

/// The AppError `body` throws, or nil.
func appError(_ body: () throws -> Any) -> AppError? {
    do {
        _ = try body()
        return nil
    } catch let error as AppError {
        return error
    } catch {
        return nil
    }
}

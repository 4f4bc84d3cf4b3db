import Foundation
import Testing
@testable import XaSoCore

/// The error codes are a contract with clients: each declared once, `area.reason`, and documented.
@Suite struct ErrorCodeTests {
    /// The repository root, found by walking up from this file.
    static func repositoryURL(_ path: String) throws -> URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        Issue.record("\(path) not found above \(#filePath)")
        throw CocoaError(.fileNoSuchFile)
    }

    static func repositoryFile(_ path: String) throws -> String {
        try String(contentsOf: try repositoryURL(path), encoding: .utf8)
    }

    @Test func everyCodeIsLowerCaseAreaDotReason() {
        #expect(ErrorCode.all.count > 150)
        for code in ErrorCode.all where !ErrorCode.undotted.contains(code.rawValue) {
            #expect(code.rawValue.wholeMatch(of: /[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+/) != nil, "\(code)")
        }
        // The old undotted codes are real codes, so the exception cannot hide a new one.
        #expect(ErrorCode.undotted.isSubset(of: Set(ErrorCode.all.map(\.rawValue))))
        #expect("period.invalid".wholeMatch(of: /[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+/) != nil)
        #expect("Period.Invalid".wholeMatch(of: /[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+/) == nil)
    }

    @Test func noTwoConstantsShareACode() {
        let codes = ErrorCode.all.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "\(Dictionary(grouping: codes) { $0 }.filter { $1.count > 1 }.keys.sorted())")
    }

    /// `all` is generated beside the constants; a constant added by hand without regenerating it is caught here.
    @Test func allListsEveryDeclaredConstant() throws {
        let folder = try Self.repositoryURL("Sources/XaSoCore/Errors")
        var declared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("ErrorCodes+") && name != "ErrorCodes+All.swift" {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            declared += text.matches(of: /public static let `?\w+`? = ErrorCode\("/).count
        }
        let all = try String(contentsOf: folder.appendingPathComponent("ErrorCodes+All.swift"), encoding: .utf8)
        #expect(declared == ErrorCode.all.count)
        #expect(all.matches(of: /^        \.\w+,$/.anchorsMatchLineEndings()).count == ErrorCode.all.count)
    }

    @Test func docsListEveryCode() throws {
        let text = try Self.repositoryFile("docs/errors.md")
        let listed = Set(text.matches(of: /^\| `([^`]+)` \|/.anchorsMatchLineEndings()).map { String($0.1) })
        #expect(listed == Set(ErrorCode.all.map(\.rawValue)))
    }

    @Test func theWireFormIsTheBareString() throws {
        #expect(ErrorCode.periodInvalid.rawValue == "period.invalid")
        #expect(ErrorCode.reportKindNotFound.description == "report_kind.not_found")
        #expect("error [\(ErrorCode.authThrottled)]" == "error [auth.throttled]")
        let issue = ImportIssue(row: 3, field: "period", value: "2025-Q5", code: .periodInvalid, message: "Kỳ không hợp lệ")
        let json = String(decoding: try JSONEncoder().encode(issue), as: UTF8.self)
        #expect(json.contains(#""code":"period.invalid""#))
        #expect(try JSONDecoder().decode(ImportIssue.self, from: Data(json.utf8)) == issue)
        #expect(ErrorCode.http(status: 404).rawValue == "http.404")
    }

    @Test func notFoundNamesTheAreaOfItsCode() {
        let error = AppError.notFound(.reportKindNotFound, "quy-9", vietnamese: "Không có loại báo cáo quy-9.")
        #expect(error.kind == .notFound)
        #expect(error.code.rawValue == "report_kind.not_found")
        #expect(error.message == "report_kind 'quy-9' does not exist")
    }
}

import Foundation
import Testing
@testable import XaSoApp
import XaSoCore

/// The CLI parses the documented command lines and runs the same core; here on a scratch SQLite file.
@Suite struct CLITests {
    static func scratchDatabase() -> (url: String, path: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-cli-\(UUID().uuidString).sqlite").path
        return ("sqlite://" + path, path)
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("values-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importIsAllOrNothingAndEvaluateJudges() async throws {
        let db = Self.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let bad = try Self.write("unit_code,indicator_code,period,value,note\n11050,CL411.07,2025-Q3,35%,\n11050,CL411.03,2025-Q3,nhiều,\n")
        let importBad = try #require(try XaSoCommand.parseAsRoot(["values", "import", bad, "--database", db.url]) as? ValuesCommand.Import)
        await #expect {
            _ = try await importBad.result()
        } throws: { error in
            let e = error as? AppError
            return e?.code == "import.invalid" && e?.issues.first?.row == 3 && e?.issues.first?.field == "value"
        }

        let good = try Self.write("unit_code,indicator_code,period,value,note\n11050,CL411.07,2025-Q3,35%,đang nâng cấp hạ tầng\n")
        let importGood = try #require(try XaSoCommand.parseAsRoot(["values", "import", good, "--database", db.url]) as? ValuesCommand.Import)
        #expect(try await importGood.result() == .init(inserted: 1, updated: 0))

        let evaluate = try #require(try XaSoCommand.parseAsRoot(
            ["evaluate", "--unit", "11050", "--period", "2025-Q3", "--framework", "CL411", "--database", db.url]) as? EvaluateCommand)
        let list = try await evaluate.result()
        #expect(list.count == 10)
        let e = try #require(list.first { $0.indicator_code == "CL411.07" })
        #expect(e.value == 35)
        #expect(e.target == "> 50%")
        #expect(e.verdict == "Chưa đạt")
        #expect(e.gap == -15)
        #expect(list.filter { $0.verdict_code == "no_data" }.count == 9)

        let find = try #require(try XaSoCommand.parseAsRoot(["units", "find", "nghi duong", "--database", db.url]) as? UnitsCommand.Find)
        #expect(try await find.result().first?.code == "11713")
    }

    @Test func badArgumentsAreRefusedBeforeTouchingTheDatabase() throws {
        #expect(throws: (any Error).self) { try XaSoCommand.parseAsRoot(["evaluate", "--unit", "11050"]) }
        #expect(throws: AppError.self) { try ReportingPeriod.required("2025-Q5") }
    }
}

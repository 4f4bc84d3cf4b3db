import Foundation
import Testing
@testable import XaSoApp
import XaSoCore

/// `xaso plans import` and `xaso tasks list`, parsed from their documented command lines, on a scratch SQLite file.
@Suite struct PlanCLITests {
    @Test func dryRunPrintsTheDocumentedShapeThenImportStores() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ke-hoach-\(UUID().uuidString).txt").path
        try planReferenceText("ke-hoach-nq57-xa-nghi-duong.txt").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }

        let dryRun = try #require(try XaSoCommand.parseAsRoot(
            ["plans", "import", file, "--unit", "11713", "--dry-run", "--database", db.url]) as? PlansCommand.Import)
        guard case .preview(let rows) = try await dryRun.result() else {
            Issue.record("a dry run must print the parsed tasks")
            return
        }
        // What `printJSON` writes, read back without knowing the Swift types.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(PlansCommand.ImportOutput.preview(rows))
        let array = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(array.count == 56)
        for row in array {
            #expect(Set(row.keys) == ["number", "title", "parent_number", "lead", "partners", "deadline"])
            let number = try #require(row["number"] as? String)
            #expect(!number.hasSuffix("."), "\(number)")
        }
        #expect(array[0]["number"] as? String == "1")
        #expect(array[0]["parent_number"] is NSNull)
        let task = try #require(array.first { $0["number"] as? String == "5.10" })
        #expect(task["parent_number"] as? String == "5")
        #expect(task["lead"] is NSNull)
        #expect(task["partners"] as? [String] == [])
        #expect(task["deadline"] is NSNull)
        #expect((task["title"] as? String)?.hasPrefix("Triển khai nền tảng phân tích xử lý dữ liệu tổng hợp") == true)
        #expect(try encoder.encode(rows) == json)  // the bare array of rows, nothing around it

        let list = try #require(try XaSoCommand.parseAsRoot(
            ["tasks", "list", "--unit", "11713", "--database", db.url]) as? TasksCommand.List)
        #expect(try await list.result().isEmpty)

        let store = try #require(try XaSoCommand.parseAsRoot(
            ["plans", "import", file, "--unit", "11713", "--database", db.url]) as? PlansCommand.Import)
        guard case .stored(let summary) = try await store.result() else {
            Issue.record("without --dry-run the plan is stored")
            return
        }
        #expect(summary.task_count == 56)
        #expect(summary.work_task_count == 49)
        #expect(summary.new_departments.isEmpty)

        #expect(try await list.result().count == 49)
        let overdue = try #require(try XaSoCommand.parseAsRoot(
            ["tasks", "list", "--unit", "11713", "--status", "overdue", "--database", db.url]) as? TasksCommand.List)
        #expect(try await overdue.result().isEmpty)
    }

    @Test func badArgumentsAreRefused() async throws {
        #expect(throws: (any Error).self) { try XaSoCommand.parseAsRoot(["plans", "import", "x.txt"]) }
        let list = try #require(try XaSoCommand.parseAsRoot(
            ["tasks", "list", "--unit", "11713", "--status", "late", "--database", "sqlite::memory:"]) as? TasksCommand.List)
        await #expect { _ = try await list.result() } throws: { ($0 as? AppError)?.code == "task.status_invalid" }
    }
}

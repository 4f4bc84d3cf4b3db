import Foundation
import Testing
@testable import XaSoApp
import XaSoCore

/// The import preview's rows as JSON: six keys, always present, slashes as written.
@Suite struct TaskPreviewJSONTests {
    @Test func dryRunJSONShape() throws {
        let parsed = try PlanTextParser.parse(try planReferenceText("ke-hoach-nq57-xa-nghi-duong.txt"))
        let rows = TaskPreviewDTO.rows(parsed)
        // The encoder `printJSON` uses.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(rows)
        let json = String(decoding: data, as: UTF8.self)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 56)
        #expect(Set(array[0].keys) == ["number", "title", "parent_number", "lead", "partners", "deadline"])
        #expect(array[0]["number"] as? String == "1")
        #expect(array[0]["parent_number"] is NSNull)
        #expect(array[1]["number"] as? String == "1.1")
        #expect(array[1]["parent_number"] as? String == "1")
        #expect(array[1]["deadline"] is NSNull)
        #expect(array[1]["partners"] as? [String] == [])
        #expect(json.contains("57-NQ/TW") && !json.contains("\\/"))  // slashes are not escaped
        let decoded = try JSONDecoder().decode([TaskPreviewDTO].self, from: data)
        #expect(decoded == rows)
    }

    @Test func aDeadlineIsItsCode() throws {
        let task = PlanTask(number: "1.2", title: "Báo cáo quý", parentNumber: "1", lead: "Văn phòng HĐND và UBND",
                            partners: ["Công an xã"], deadline: .quarterly(.daysAfterQuarterEnd(15)))
        let row = TaskPreviewDTO(task)
        #expect(row == TaskPreviewDTO(number: "1.2", title: "Báo cáo quý", parentNumber: "1",
                                      lead: "Văn phòng HĐND và UBND", partners: ["Công an xã"], deadline: "quarterly:+15"))
        #expect(TaskPreviewDTO(PlanTask(number: "8", title: "Khác")).deadline == nil)
    }
}

import Foundation
import Testing
@testable import XaSoCore

@Suite struct AssignmentParserTests {
    static let vhxh = "Phòng Văn hóa - Xã hội"

    @Test(arguments: [
        ("Giao Phòng Kinh tế chủ trì, phối hợp với Công an xã và các đơn vị liên quan thực hiện.",
         "Phòng Kinh tế", ["Công an xã", "Các cơ quan, đơn vị"]),
        ("Phòng VH-XH chủ trì; Văn phòng HĐND và UBND, Trung tâm PVHCC phối hợp.",
         vhxh, ["Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"]),
        ("Công an xã chủ trì, phối hợp Các ngân hàng và Phòng Văn hóa - Xã hội",
         "Công an xã", ["Các ngân hàng", vhxh]),
        ("UBND xã giao Phòng Văn hóa xã hội xã chủ trì", vhxh, []),
        ("Các cơ quan, đơn vị", "Các cơ quan, đơn vị", []),
    ])
    func sentenceForms(sentence: String, lead: String, partners: [String]) {
        let parsed = AssignmentParser.parse(sentence)
        #expect(parsed.lead == lead)
        #expect(parsed.partners == partners)
        #expect(parsed.newDepartments.isEmpty)
    }

    @Test func unknownBodiesAreKeptAndReported() {
        let parsed = AssignmentParser.parse("Phòng Kinh tế, Phòng Tài chính - Kế hoạch (tham mưu kinh phí)")
        #expect(parsed.lead == "Phòng Kinh tế")
        #expect(parsed.partners == ["Phòng Tài chính - Kế hoạch"])
        #expect(parsed.newDepartments == ["Phòng Tài chính - Kế hoạch"])
    }

    @Test func departmentsAddedByTheCommuneAreKnown() throws {
        let matcher = DepartmentMatcher(known: DepartmentMatcher.canonicalNames + ["Hội Nông dân", "Đoàn Thanh niên"])
        let plan = try PlanTextParser.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"), matcher: matcher)
        #expect(!plan.newDepartments.contains("Hội Nông dân"))
        #expect(!plan.newDepartments.contains("Đoàn Thanh niên"))
        #expect(plan.tasks.last?.partners == ["Trung tâm Phục vụ hành chính công", "Hội Nông dân", "Đoàn Thanh niên"])
    }
}

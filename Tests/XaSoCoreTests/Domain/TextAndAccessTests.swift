import Testing
@testable import XaSoCore

@Suite struct VietnameseTextTests {
    @Test func foldsDiacriticsCaseAndPunctuation() {
        #expect(VietnameseText.folded("Nghi Dương") == "nghi duong")
        #expect(VietnameseText.folded("ĐỒNG THÁP") == "dong thap")
        #expect(VietnameseText.folded("Phòng Văn hóa - Xã hội") == "phong van hoa xa hoi")
        #expect(VietnameseText.folded("Mã hồ sơ".decomposedStringWithCanonicalMapping) == "ma ho so")
        #expect(VietnameseText.normalized("  Xã   Gia\u{00A0}Phúc ") == "Xã Gia Phúc")
    }

    @Test func searchWithoutDiacritics() {
        let units = [
            AdministrativeUnit(code: "31", name: "Hải Phòng", fullName: "Thành phố Hải Phòng", kind: "thanh_pho", parentCode: nil),
            AdministrativeUnit(code: "11311", name: "Nghi Dương", fullName: "Xã Nghi Dương", kind: "xa", parentCode: "31"),
            AdministrativeUnit(code: "11312", name: "Nghi Đức", fullName: "Xã Nghi Đức", kind: "xa", parentCode: "31"),
        ]
        let search = UnitSearch(units: units)
        #expect(search.find("nghi duong").map(\.code) == ["11311"])
        #expect(search.find("NGHI").map(\.code).sorted() == ["11311", "11312"])
        #expect(search.find("hai phong").map(\.code) == ["31"])
        #expect(search.find("xa nghi d").count == 2)
        #expect(search.find("  ").isEmpty)
    }
}

@Suite struct AccessPolicyTests {
    let culture = "Phòng Văn hóa - Xã hội"
    let commune = Principal(username: "a", role: .communeAdmin, unitCode: "11311", provinceCode: "31")
    var officer: Principal {
        Principal(username: "d", role: .departmentOfficer, unitCode: "11311", provinceCode: "31", department: culture)
    }
    let province = Principal(username: "p", role: .provinceOfficer, unitCode: "31", provinceCode: "31")

    @Test func departmentOfficerWritesOnlyOwnIndicators() {
        // "hoá" and "hóa" place the tone differently; both fold to the same name.
        #expect(AccessPolicy.canWriteValue(officer, unitCode: "11311", indicatorOwners: ["Phòng Văn hoá - Xã hội"]))
        #expect(AccessPolicy.canWriteValue(officer, unitCode: "11311", indicatorOwners: [culture]))
        #expect(!AccessPolicy.canWriteValue(officer, unitCode: "11311", indicatorOwners: ["Phòng Kinh tế"]))
        #expect(!AccessPolicy.canWriteValue(officer, unitCode: "99999", indicatorOwners: [culture]))
    }

    @Test func readScopes() {
        #expect(AccessPolicy.canRead(commune, unitCode: "11311", provinceCode: "31"))
        #expect(!AccessPolicy.canRead(commune, unitCode: "11312", provinceCode: "31"))
        #expect(AccessPolicy.canRead(province, unitCode: "11312", provinceCode: "31"))
        #expect(!AccessPolicy.canRead(province, unitCode: "01001", provinceCode: "01"))
        #expect(!AccessPolicy.canWriteValue(province, unitCode: "11312", indicatorOwners: [culture]))
    }

    @Test func valueStates() {
        #expect(ValueState.draft.canMove(to: .submitted))
        #expect(ValueState.submitted.canMove(to: .approved))
        #expect(ValueState.submitted.canMove(to: .returned))
        #expect(!ValueState.draft.canMove(to: .approved))
        #expect(!ValueState.approved.canMove(to: .draft))
    }
}

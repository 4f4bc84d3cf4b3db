import Foundation
import FluentKit

final class UnitModel: Model, @unchecked Sendable {
    static let schema = "units"

    // managed fields
    @ID(custom: "code", generatedBy: .user) var id: String?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "full_name") var fullName: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "parent_code") var parentCode: String?
    /// Lower case, no diacritics, for search without typing marks.
    @Field(key: "folded_name") var foldedName: String

    init() {}
}

final class DepartmentModel: Model, @unchecked Sendable {
    static let schema = "departments"

    @ID(key: .id) var id: UUID?
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String

    init() {}
}

import FluentKit
import Foundation

/// One province's weights: pillar code → weight, as JSON.
final class IndexWeightsModel: Model, @unchecked Sendable {
    static let schema = "index_weights"

    @ID(custom: "province_code", generatedBy: .user) var id: String?
    @Field(key: "weights") var weights: String
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    init() {}
}

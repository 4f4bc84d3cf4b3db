import Foundation
import XaSoCore

public struct DossierImportSummary: Sendable, Codable, Equatable {
    public var unitCode: String
    public var rows: Int
    public var inserted: Int
    public var updated: Int

    enum CodingKeys: String, CodingKey {
        case rows, inserted, updated
        case unitCode = "unit_code"
    }

    public init(unitCode: String, rows: Int, inserted: Int, updated: Int) {
        self.unitCode = unitCode
        self.rows = rows
        self.inserted = inserted
        self.updated = updated
    }
}

/// Codes of a batch that another commune's ledger already holds, each with that commune's code.
public struct DossierCodesOfOtherUnit: Error, Sendable {
    public var codes: [String: String]

    public init(codes: [String: String]) {
        self.codes = codes
    }
}

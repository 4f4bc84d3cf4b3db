import Foundation
import XaSoCore

/// The parts of an indicator an admin may change; nil leaves a field as it is.
public struct IndicatorChanges: Sendable, Codable, Equatable {
    public var name: String?
    public var unit: String?
    public var direction: Direction?
    public var owners: [String]?
    public var output: String?
    public var note: String?

    public init(name: String? = nil, unit: String? = nil, direction: Direction? = nil, owners: [String]? = nil,
                output: String? = nil, note: String? = nil) {
        self.name = name
        self.unit = unit
        self.direction = direction
        self.owners = owners
        self.output = output
        self.note = note
    }
}

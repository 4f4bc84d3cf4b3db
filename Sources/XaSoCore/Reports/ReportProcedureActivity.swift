import Foundation

/// A procedure that had dossiers in the report's days: what the annual report names.
public struct ReportProcedureActivity: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var level: OnlineServiceLevel?
    public var received: Int
    public var paidOnline: Int

    public init(code: String, name: String, level: OnlineServiceLevel?, received: Int, paidOnline: Int) {
        self.code = code
        self.name = VietnameseText.normalized(name)
        self.level = level
        self.received = received
        self.paidOnline = paidOnline
    }
}

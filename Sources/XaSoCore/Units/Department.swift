import Foundation

/// A commune's department (phòng chuyên môn) or a partner body that reports figures (a bank branch, the police).
public struct Department: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case department
        case partner
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// What every commune starts with after the 2025 reorganisation; owners in the frameworks use these names.
    public static let standard: [Department] = [
        Department(name: "Văn phòng HĐND và UBND", kind: .department),
        Department(name: "Phòng Văn hóa - Xã hội", kind: .department),
        Department(name: "Phòng Kinh tế", kind: .department),
        Department(name: "Trung tâm Phục vụ hành chính công", kind: .department),
        Department(name: "Công an xã", kind: .partner),
        Department(name: "Các ngân hàng", kind: .partner),
        Department(name: "Các cơ quan, đơn vị", kind: .partner),
    ]

    /// Matches a typed department name to a known one, ignoring case and diacritics.
    public static func match(_ name: String, in known: [String]) -> String? {
        let key = VietnameseText.folded(name)
        return known.first { VietnameseText.folded($0) == key }
    }
}

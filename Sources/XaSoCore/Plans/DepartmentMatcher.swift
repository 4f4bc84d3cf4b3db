import Foundation

/// Maps a body's name as people write it ("Phòng VH-XH", "Trung tâm PVHCC", "Văn phòng UBND xã",
/// "Công an xã (về xác thực danh tính)") to one of the commune's known departments.
/// Comparison is on folded text with abbreviations spelled out, so case, diacritics and
/// punctuation do not matter. A name that matches nothing is reported, never dropped.
public struct DepartmentMatcher: Sendable {
    /// The commune departments named in the reference plan's appendices.
    public static let canonicalNames = Department.standard.map(\.name)

    /// Other ways of writing the canonical names, as keys after `key(_:)`.
    public static let standardAliases: [String: String] = [
        "van phong hdnd ubnd": "Văn phòng HĐND và UBND",
        "van phong ubnd": "Văn phòng HĐND và UBND",
        "van phong": "Văn phòng HĐND và UBND",
        "van hoa xa hoi": "Phòng Văn hóa - Xã hội",
        "kinh te": "Phòng Kinh tế",
        "phuc vu hanh chinh cong": "Trung tâm Phục vụ hành chính công",
        "bo phan mot cua": "Trung tâm Phục vụ hành chính công",
        "bo phan tiep nhan va tra ket qua": "Trung tâm Phục vụ hành chính công",
        "cong an": "Công an xã",
        "ngan hang": "Các ngân hàng",
        "cac to chuc tin dung": "Các ngân hàng",
        "cac don vi": "Các cơ quan, đơn vị",
        "cac co quan": "Các cơ quan, đơn vị",
        "cac don vi lien quan": "Các cơ quan, đơn vị",
        "cac don vi co lien quan": "Các cơ quan, đơn vị",
        "cac co quan don vi lien quan": "Các cơ quan, đơn vị",
        "cac co quan don vi co lien quan": "Các cơ quan, đơn vị",
        "cac nganh don vi": "Các cơ quan, đơn vị",
        "cac nganh don vi lien quan": "Các cơ quan, đơn vị",
        "cac phong ban nganh don vi": "Các cơ quan, đơn vị",
        "cac phong ban nganh co quan don vi": "Các cơ quan, đơn vị",
        "cac phong chuyen mon co quan don vi": "Các cơ quan, đơn vị",
        // The reference plan's appendix misprints "Các" as "Cơ".
        "co co quan don vi": "Các cơ quan, đơn vị",
    ]

    public let known: [String]
    private let lookup: [String: String]

    /// - Parameters:
    ///   - known: the unit's department names (canonical spelling); user-added ones included.
    ///   - aliases: extra spellings keyed by `DepartmentMatcher.key(_:)`; an alias whose
    ///     target is not in `known` is ignored.
    public init(known: [String] = DepartmentMatcher.canonicalNames,
                aliases: [String: String] = DepartmentMatcher.standardAliases) {
        self.known = known.map(VietnameseText.normalized)
        var lookup: [String: String] = [:]
        let knownKeys = Set(self.known.map(Self.key))
        for (alias, target) in aliases where knownKeys.contains(Self.key(target)) {
            let name = self.known.first { Self.key($0) == Self.key(target) }!
            lookup[Self.key(alias)] = name
        }
        // Exact names win over aliases.
        for name in self.known { lookup[Self.key(name)] = name }
        self.lookup = lookup
    }

    public static let standard = DepartmentMatcher()

    /// The known department `name` refers to, or nil.
    public func match(_ name: String) -> String? {
        for candidate in Self.candidateKeys(name) {
            if let found = lookup[candidate] { return found }
        }
        return nil
    }

    public struct Resolution: Sendable, Equatable {
        /// Canonical name for known bodies, the cleaned written name otherwise; same order as given.
        public let names: [String]
        /// Written names that matched nothing, once each, to offer to the user as new departments.
        public let newDepartments: [String]
    }

    public func resolve(_ names: [String]) -> Resolution {
        var resolved: [String] = []
        var unknown: [String] = []
        for raw in names {
            let cleaned = Self.displayName(raw)
            guard !cleaned.isEmpty else { continue }
            if let known = match(cleaned) {
                resolved.append(known)
            } else {
                resolved.append(cleaned)
                if !unknown.contains(where: { Self.key($0) == Self.key(cleaned) }) { unknown.append(cleaned) }
            }
        }
        return Resolution(names: resolved, newDepartments: unknown)
    }

    /// The written name without role notes in brackets or edge punctuation, first letter
    /// capitalised: "các nhà mạng viễn thông" → "Các nhà mạng viễn thông".
    public static func displayName(_ name: String) -> String {
        var text = VietnameseText.normalized(stripParentheses(name))
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:-–").union(.whitespaces))
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst()
    }

    /// Folded, brackets removed, abbreviations spelled out: the form names are compared in.
    public static func key(_ name: String) -> String {
        var words = VietnameseText.folded(stripParentheses(name)).split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            let next = i + 1 < words.count ? words[i + 1] : nil
            switch w {
            case "vh" where next == "xh":
                out += ["van", "hoa", "xa", "hoi"]; i += 2; continue
            case "vhxh":
                out += ["van", "hoa", "xa", "hoi"]
            case "ttpvhcc", "ttphvhcc":
                out += ["trung", "tam", "phuc", "vu", "hanh", "chinh", "cong"]
            case "pvhcc":
                out += ["phuc", "vu", "hanh", "chinh", "cong"]
            case "hcc":
                out += ["hanh", "chinh", "cong"]
            case "tt" where i == 0:
                out += ["trung", "tam"]
            case "vp" where i == 0:
                out += ["van", "phong"]
            default:
                out.append(w)
            }
            i += 1
        }
        // Council and committee are compared in their usual short forms.
        var joined = out.joined(separator: " ")
        joined = joined.replacingOccurrences(of: "hoi dong nhan dan", with: "hdnd")
        joined = joined.replacingOccurrences(of: "uy ban nhan dan", with: "ubnd")
        words = joined.split(separator: " ").map(String.init)
        return words.joined(separator: " ")
    }

    /// Keys to try in order: as written, then without the trailing "xã" / "của xã" that
    /// documents add ("Phòng Kinh tế xã", "Trung tâm Phục vụ Hành chính công xã").
    static func candidateKeys(_ name: String) -> [String] {
        let full = key(name)
        var keys = [full]
        for suffix in [" cua xa", " xa"] where full.hasSuffix(suffix) {
            keys.append(String(full.dropLast(suffix.count)))
        }
        for prefix in ["phong "] where full.hasPrefix(prefix) {
            // "Phòng Văn hóa - Xã hội" is found by its exact name; this serves spellings
            // such as "Phòng Văn hóa xã hội xã" whose short form is an alias.
            keys += keys.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        }
        return keys
    }

    static func stripParentheses(_ text: String) -> String {
        var out = ""
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }
}

import Foundation

/// The commune (or province) a report is issued by, with the names the text needs: "xã Gia Phúc",
/// "Ủy ban nhân dân xã Gia Phúc", "XÃ GIA PHÚC" in the header.
public struct ReportUnit: Codable, Sendable, Equatable {
    public var code: String
    /// "Gia Phúc".
    public var name: String
    /// "xã", "phường", "đặc khu"; "tỉnh", "thành phố" for a province.
    public var kindWord: String
    /// A superior body printed above the issuing body, when a province's template has one.
    public var superior: String?
    /// The place in the date line; the unit's name unless a commune dates documents elsewhere.
    public var place: String?
    /// The body that issues for the unit ("Sở Khoa học và Công nghệ"); nil: its people's committee.
    public var office: String?

    public init(code: String, name: String, kindWord: String = "xã", superior: String? = nil, place: String? = nil,
                office: String? = nil) {
        self.code = code
        self.name = VietnameseText.normalized(name)
        self.kindWord = VietnameseText.normalized(kindWord)
        self.superior = superior
        self.place = place
        self.office = office.map(VietnameseText.normalized)
    }

    /// From the official unit list: kind "xa" → "xã", "phuong" → "phường", "dac_khu" → "đặc khu",
    /// "tinh" → "tỉnh", "thanh_pho" (a centrally-run city) → "thành phố".
    public init(_ unit: AdministrativeUnit, superior: String? = nil) {
        let word: String
        switch unit.kind {
        case "phuong": word = "phường"
        case "dac_khu": word = "đặc khu"
        case "thi_tran": word = "thị trấn"
        case "tinh": word = "tỉnh"
        case "thanh_pho": word = "thành phố"
        default: word = "xã"
        }
        self.init(code: unit.code, name: unit.name, kindWord: word, superior: superior)
    }

    /// "xã Gia Phúc".
    public var fullName: String { "\(kindWord) \(name)" }
    /// "Ủy ban nhân dân xã Gia Phúc"; with an office, "Sở Khoa học và Công nghệ thành phố Hải Phòng".
    public var authorityName: String { "\(office ?? "Ủy ban nhân dân") \(fullName)" }
    /// "UBND xã Gia Phúc", as tables name the reporting body.
    public var shortAuthorityName: String { "UBND \(fullName)" }
    /// The left header column: "ỦY BAN NHÂN DÂN" / "XÃ GIA PHÚC"; with an office, the people's
    /// committee over it as Decree 30 heads a department's documents: "UBND THÀNH PHỐ HẢI PHÒNG" /
    /// "SỞ KHOA HỌC VÀ CÔNG NGHỆ".
    public var issuingBody: IssuingBody {
        if let office {
            return IssuingBody(superior: superior ?? "UBND \(fullName.uppercased())", lines: [office.uppercased()])
        }
        return IssuingBody(superior: superior, lines: ["ỦY BAN NHÂN DÂN", fullName.uppercased()])
    }
    public var placeName: String { place ?? name }
}

extension SignatureBlock {
    /// "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": a vice-chairman signing for the chairman.
    public static func viceChairman(_ name: String) -> SignatureBlock {
        SignatureBlock(authorityLines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signerName: name)
    }

    /// "GIÁM ĐỐC": the head of a department (a province's Sở) signing its own report.
    public static func director(_ name: String) -> SignatureBlock {
        SignatureBlock(authorityLines: ["GIÁM ĐỐC"], signerName: name)
    }

    /// "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".
    public static func chairman(_ name: String) -> SignatureBlock {
        SignatureBlock(authorityLines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signerName: name)
    }

    /// The block for a title as a clerk types it: "Phó Chủ tịch" or "KT. CHỦ TỊCH" (a vice-chairman
    /// signing for the chairman), "Chủ tịch", or other lines separated by "/" ("TM. ỦY BAN NHÂN DÂN/
    /// KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"), printed in capitals.
    public static func titled(_ title: String, name: String) -> SignatureBlock {
        let folded = VietnameseText.folded(title)
        if title.contains("/") {
            let lines = title.split(separator: "/").map { VietnameseText.normalized(String($0)).uppercased() }.filter { !$0.isEmpty }
            return SignatureBlock(authorityLines: lines, signerName: VietnameseText.normalized(name))
        }
        if folded == "giam doc" { return director(VietnameseText.normalized(name)) }
        if folded == "pho giam doc" {
            return SignatureBlock(authorityLines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signerName: VietnameseText.normalized(name))
        }
        if folded.contains("pho chu tich") || folded.hasPrefix("kt") { return viceChairman(VietnameseText.normalized(name)) }
        if folded == "chu tich" || folded == "tm uy ban nhan dan chu tich" { return chairman(VietnameseText.normalized(name)) }
        return SignatureBlock(authorityLines: ["TM. ỦY BAN NHÂN DÂN", VietnameseText.normalized(title).uppercased()],
                              signerName: VietnameseText.normalized(name))
    }
}

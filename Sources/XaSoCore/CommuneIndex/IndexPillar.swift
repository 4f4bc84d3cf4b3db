import Foundation

/// The four pillars of the commune digital-transformation index. The province's DTI (Decision
/// 922/QĐ-BTTTT) has three activity pillars — chính quyền số, kinh tế số, xã hội số — over a common
/// foundation; a commune's figures on infrastructure and skills are that foundation, so they form
/// the fourth pillar here (docs/rankings.md).
public enum IndexPillar: String, Sendable, Codable, CaseIterable, Comparable {
    case government = "chinh_quyen_so"
    case economy = "kinh_te_so"
    case society = "xa_hoi_so"
    case infrastructure = "ha_tang_nhan_luc"

    public var vietnamese: String {
        switch self {
        case .government: return "Chính quyền số"
        case .economy: return "Kinh tế số"
        case .society: return "Xã hội số"
        case .infrastructure: return "Hạ tầng và nhân lực số"
        }
    }

    public static func < (a: IndexPillar, b: IndexPillar) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where an indicator stands in the index.
public enum IndexRole: Sendable, Equatable {
    /// Scored against its target and averaged into the pillar.
    case pillar(IndexPillar)
    /// A rank among the city's communes ("Phấn đấu top 50 của TP"): the outcome of the index, not an
    /// input to it; without a figure of its own the commune is judged from its rank in the province.
    case judgedFromRank
    /// Not in the index (its own composite, words, or a rank of something else).
    case outside
}

public enum IndexPillars {
    /// The role of an indicator: by code for the shipped frameworks (their groups are missing or too
    /// broad: "Phát triển nguồn lực" mixes officials' skills and schools), else by the words of its group.
    public static func role(of indicator: Indicator) -> IndexRole {
        if let role = byCode[indicator.code] { return role }
        guard let group = indicator.group else { return .outside }
        let folded = VietnameseText.folded(group)
        for (words, pillar) in groupWords where words.contains(where: { folded.contains($0) }) { return .pillar(pillar) }
        return .outside
    }

    /// Group words, folded, for indicators added later (a province's own figures, XaSo's sets).
    static let groupWords: [([String], IndexPillar)] = [
        (["chinh quyen so", "dich vu cong", "thu tuc hanh chinh", "an toan thong tin", "chi dao, dieu hanh"], .government),
        (["kinh te so"], .economy),
        (["xa hoi so", "giao duc", "y te"], .society),
        (["ha tang", "nhan luc", "nguon luc", "ky nang so"], .infrastructure),
    ]

    private static func codes(_ list: [String], _ role: IndexRole) -> [(String, IndexRole)] { list.map { ($0, role) } }

    /// The shipped indicators. Rules of thumb: what the commune's offices do on line is chính quyền số;
    /// payments, enterprises and the digital economy are kinh tế số; what residents, schools and
    /// clinics use is xã hội số; networks, officials' and residents' skills and spending on them are
    /// hạ tầng và nhân lực.
    static let byCode: [String: IndexRole] = Dictionary(uniqueKeysWithValues:
        codes(["CL411.07", "NQ71.7.1", "NQ71.7.2", "NQ71.7.3", "NQ71.7.4", "NQ71.7.5", "NQ71.7.6", "NQ71.7.7",
               "NQ71.7.8", "NQ71.13", "NQ71.17", "P2.III.15", "P2.III.16", "P2.III.17", "P2.III.18", "P2.III.19",
               "P2.III.20", "DVC766.01", "DVC766.02", "DVC766.03", "DVC766.04", "DVC766.05"], .pillar(.government))
        + codes(["CL411.02", "NQ71.6", "NQ71.8", "NQ71.9", "NQ71.14"], .pillar(.economy))
        + codes(["CL411.01", "CL411.03", "CL411.06", "CL411.08", "CL411.09", "CL411.10", "NQ71.10", "NQ71.15",
                 "NQ71.16", "NQ71.18.1", "NQ71.18.2", "NQ71.18.3", "NQ71.18.4", "NQ71.18.5", "NQ71.18.6", "NQ71.19",
                 "NQ71.20", "NQ71.21", "P2.II.5", "P2.II.6", "P2.II.7", "P2.II.8", "P2.II.9", "P2.II.10",
                 "P2.II.11", "P2.II.12", "P2.II.13", "P2.III.21", "P2.III.22"], .pillar(.society))
        + codes(["CL411.04", "CL411.05", "NQ71.11", "NQ71.12.1", "NQ71.12.2", "P2.I.1", "P2.I.2", "P2.I.3",
                 "P2.II.1", "P2.II.2", "P2.II.3", "P2.II.4"], .pillar(.infrastructure))
        // Digital competitiveness and e-government development, ranked within the city: what this index ranks.
        + codes(["NQ71.4", "NQ71.5"], .judgedFromRank)
        // Science and innovation potential is ranked on other grounds; "Chỉ số CĐS xã" is itself a
        // composite (counting it would count the commune twice); NQ71.2 and NQ71.12 are words.
        + codes(["NQ71.1", "NQ71.2", "NQ71.12", "P2.III.14"], .outside))
}

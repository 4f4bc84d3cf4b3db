import Foundation

/// Whether the software wrote a section from the data or a person wrote it. Generated text is
/// regenerated on every run; a person's edits to it are kept as overrides keyed by id.
public enum ReportOrigin: String, Codable, Sendable, Equatable {
    case generated
    case narrative
}

/// One numbered part of the body. Sections form a flat, ordered list; `level` says how deep the
/// heading sits: 0 "PHẦN I: …", 1 "I. …", 2 "1. …", 3 "1.1. …", 4 "a) …". A section without a
/// heading holds paragraphs that belong to no heading (the opening lines, the closing
/// "Trên đây là báo cáo …/.").
public struct ReportSection: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The heading exactly as written, number included: "I. ĐÁNH GIÁ TÌNH HÌNH".
    public var heading: String?
    public var level: Int
    public var origin: ReportOrigin
    public var blocks: [ReportBlock]
    /// Printed at the start of the first paragraph rather than on a line of its own; nil: on its own.
    public var inlineHeading: Bool?

    public init(id: String, heading: String?, level: Int, origin: ReportOrigin = .generated,
                blocks: [ReportBlock] = [], inlineHeading: Bool? = nil) {
        self.id = id
        self.heading = heading
        self.level = level
        self.origin = origin
        self.blocks = blocks
        self.inlineHeading = inlineHeading
    }

    /// The heading to run into the first paragraph, when the section asks for it and starts with one.
    public var runInHeading: String? {
        guard inlineHeading == true, let heading, !heading.isEmpty, case .paragraph? = blocks.first else { return nil }
        return heading
    }
}

/// A paragraph or a dash line with a stable id, so an edited version can be re-applied after the
/// generated text is rebuilt.
public struct ReportParagraph: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var text: RichText
    /// Generated paragraphs are rebuilt from data each time; narrative ones are what a person
    /// writes, and only those carry over to the next period's report.
    public var origin: ReportOrigin

    public init(id: String, text: RichText, origin: ReportOrigin = .generated) {
        self.id = id
        self.text = text
        self.origin = origin
    }
}

/// What a section holds, in order.
public enum ReportBlock: Codable, Sendable, Equatable {
    /// Body text: justified, first-line indent.
    case paragraph(ReportParagraph)
    /// A line starting with a marker, "- Sở KH&CN …" or "+ …"; the marker is not part of the text.
    case bullet(ReportParagraph, marker: String)
    case table(ReportTable)
    case chart(ReportChart)

    public var id: String {
        switch self {
        case .paragraph(let p), .bullet(let p, _): return p.id
        case .table(let t): return t.id
        case .chart(let c): return c.id
        }
    }

    public static func paragraph(_ id: String, _ markup: String, origin: ReportOrigin = .generated) -> ReportBlock {
        .paragraph(ReportParagraph(id: id, text: RichText.parse(markup: markup), origin: origin))
    }

    public static func dash(_ id: String, _ markup: String, origin: ReportOrigin = .generated) -> ReportBlock {
        .bullet(ReportParagraph(id: id, text: RichText.parse(markup: markup), origin: origin), marker: "-")
    }

    /// The paragraph of a paragraph or dash line; nil for tables and charts.
    public var paragraph: ReportParagraph? {
        switch self {
        case .paragraph(let p), .bullet(let p, _): return p
        case .table, .chart: return nil
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, id, text, origin, marker, table, chart }
    private enum Kind: String, Codable { case paragraph, bullet, table, chart }

    // A "kind" tag keeps the stored JSON readable and stable, unlike the synthesised `_0` keys.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .paragraph:
            self = .paragraph(try Self.decodeParagraph(c))
        case .bullet:
            self = .bullet(try Self.decodeParagraph(c),
                           marker: try c.decodeIfPresent(String.self, forKey: .marker) ?? "-")
        case .table:
            self = .table(try c.decode(ReportTable.self, forKey: .table))
        case .chart:
            self = .chart(try c.decode(ReportChart.self, forKey: .chart))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let p):
            try c.encode(Kind.paragraph, forKey: .kind)
            try Self.encodeParagraph(p, into: &c)
        case .bullet(let p, let marker):
            try c.encode(Kind.bullet, forKey: .kind)
            try Self.encodeParagraph(p, into: &c)
            try c.encode(marker, forKey: .marker)
        case .table(let t):
            try c.encode(Kind.table, forKey: .kind)
            try c.encode(t, forKey: .table)
        case .chart(let ch):
            try c.encode(Kind.chart, forKey: .kind)
            try c.encode(ch, forKey: .chart)
        }
    }

    private static func decodeParagraph(_ c: KeyedDecodingContainer<CodingKeys>) throws -> ReportParagraph {
        ReportParagraph(id: try c.decode(String.self, forKey: .id),
                        text: try c.decode(RichText.self, forKey: .text),
                        origin: try c.decodeIfPresent(ReportOrigin.self, forKey: .origin) ?? .generated)
    }

    // Most paragraphs are generated, so only narrative ones spell out their origin.
    private static func encodeParagraph(_ p: ReportParagraph, into c: inout KeyedEncodingContainer<CodingKeys>) throws {
        try c.encode(p.id, forKey: .id)
        try c.encode(p.text, forKey: .text)
        if p.origin == .narrative { try c.encode(p.origin, forKey: .origin) }
    }
}

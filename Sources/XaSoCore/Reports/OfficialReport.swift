import Foundation

/// A report laid out as Decree 30/2020 (Appendix I, template 1.4) describes it: header, number
/// and date, type name, summary line, numbered body, recipients and signature. Renderers (DOCX,
/// HTML) only decide how it looks; everything a reader sees is here.
public struct OfficialReport: Codable, Sendable, Equatable {
    /// Which unit, kind and period the report is for; nil for a report put together by hand.
    public var identity: ReportIdentity?
    public var issuingBody: IssuingBody
    /// The national name and motto, right column. Kept in the model so a test or a template can
    /// see exactly what was printed.
    public var nationalName: String
    public var motto: String
    public var number: DocumentNumber
    public var placeDate: PlaceDate
    /// "BÁO CÁO".
    public var typeName: String
    /// The summary line (trích yếu); further lines, such as "(Phục vụ Kỳ họp thứ 3 …)", follow it.
    public var summary: [String]
    public var sections: [ReportSection]
    /// "Nơi nhận" lines as written, each with its leading "- ".
    public var recipients: [String]
    public var signature: SignatureBlock
    /// Built from figures not all approved yet: "DỰ THẢO" is printed above the header until they are.
    public var draft: Bool

    public init(identity: ReportIdentity? = nil, issuingBody: IssuingBody,
                nationalName: String = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                motto: String = "Độc lập - Tự do - Hạnh phúc",
                number: DocumentNumber, placeDate: PlaceDate, typeName: String = "BÁO CÁO",
                summary: [String], sections: [ReportSection], recipients: [String],
                signature: SignatureBlock, draft: Bool = false) {
        self.identity = identity
        self.issuingBody = issuingBody
        self.nationalName = nationalName
        self.motto = motto
        self.number = number
        self.placeDate = placeDate
        self.typeName = typeName
        self.summary = summary
        self.sections = sections
        self.recipients = recipients
        self.signature = signature
        self.draft = draft
    }
}

extension OfficialReport {
    /// Every paragraph of the body as plain text in reading order (headings, paragraphs, dash
    /// lines with their marker, table cells row by row). Used for search and tests.
    public var bodyPlainText: [String] {
        var out: [String] = []
        for section in sections {
            if let heading = section.heading { out.append(heading) }
            for block in section.blocks {
                switch block {
                case .paragraph(let p): out.append(p.text.plainText)
                case .bullet(let p, let marker): out.append("\(marker) \(p.text.plainText)")
                case .table(let t):
                    for row in t.headerRows + t.rows { out.append(contentsOf: row.map(\.text.plainText)) }
                case .chart(let c): out.append(c.caption)
                }
            }
        }
        return out
    }
}

/// The unit, report kind and period a generated report belongs to.
public struct ReportIdentity: Codable, Sendable, Equatable {
    public var unitCode: String
    public var unitName: String
    /// A code of the kind registry: "quarterly-cds", "six-month-cchc" …
    public var kindCode: String
    public var period: ReportingPeriod

    public init(unitCode: String, unitName: String, kindCode: String, period: ReportingPeriod) {
        self.unitCode = unitCode
        self.unitName = unitName
        self.kindCode = kindCode
        self.period = period
    }
}

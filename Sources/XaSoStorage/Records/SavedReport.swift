import Foundation
import XaSoCore

/// What a commune keeps of one report (unit, kind, period): the choices people make and the text
/// they write. The figures are not kept; the report is rebuilt from the values every time.
public struct SavedReport: Sendable, Codable, Equatable {
    public var unitCode: String
    public var kindCode: String
    public var period: ReportingPeriod
    /// The indicator framework the tables read; nil lets the report service choose for the kind.
    public var framework: String?
    /// The registered number; nil leaves the blank for the clerk.
    public var number: Int?
    /// Replaces the kind's symbol ("BC-UBND").
    public var symbol: String?
    public var date: DocumentDate?
    public var signature: SignatureBlock?
    /// Nil keeps the kind's default "Nơi nhận".
    public var recipients: [String]?
    /// Lines under the summary, e.g. "(Phục vụ Kỳ họp thứ 3 …)".
    public var summaryNotes: [String]
    /// People's edits, `[paragraph or section id: markup]`.
    public var overrides: [String: String]
    /// A template of the commune used for DOCX and PDF instead of the built-in layout.
    public var templateName: String?
    public var createdAt: Date?
    public var createdBy: String?
    public var updatedAt: Date?
    public var updatedBy: String?

    public init(unitCode: String, kindCode: String, period: ReportingPeriod, framework: String? = nil, number: Int? = nil,
                symbol: String? = nil, date: DocumentDate? = nil, signature: SignatureBlock? = nil,
                recipients: [String]? = nil, summaryNotes: [String] = [], overrides: [String: String] = [:],
                templateName: String? = nil) {
        self.unitCode = unitCode
        self.kindCode = kindCode
        self.period = period
        self.framework = framework
        self.number = number
        self.symbol = symbol
        self.date = date
        self.signature = signature
        self.recipients = recipients
        self.summaryNotes = summaryNotes
        self.overrides = overrides
        self.templateName = templateName
    }

    /// False for the defaults of a report nobody has saved yet.
    public var isStored: Bool { createdAt != nil }

    /// "11050/quarterly-cds/2025-Q3": the audit log's key.
    public var key: String { "\(unitCode)/\(kindCode)/\(period)" }
}

/// One field of a change: left as it is, cleared back to the default, or set.
public enum ReportFieldChange<Value: Sendable & Equatable>: Sendable, Equatable {
    case keep
    case clear
    case set(Value)

    package func apply(to field: inout Value?) {
        switch self {
        case .keep: break
        case .clear: field = nil
        case .set(let v): field = v
        }
    }
}

/// An edit of a saved report. Fields left at `.keep` are untouched, so the number can be set
/// without resending the narrative, and the narrative edited without resending the signer.
public struct ReportSettingsChange: Sendable, Equatable {
    public var framework: ReportFieldChange<String> = .keep
    public var number: ReportFieldChange<Int> = .keep
    public var symbol: ReportFieldChange<String> = .keep
    public var date: ReportFieldChange<DocumentDate> = .keep
    public var signature: ReportFieldChange<SignatureBlock> = .keep
    public var recipients: ReportFieldChange<[String]> = .keep
    public var summaryNotes: ReportFieldChange<[String]> = .keep
    public var templateName: ReportFieldChange<String> = .keep
    /// Narrative edits by id: a text sets the override ("" removes the paragraph), nil drops the
    /// override so the generated or default text returns.
    public var narrative: [String: String?] = [:]
    /// Drops every override not named in `narrative` first.
    public var replaceNarrative = false

    public init() {}

    public var isEmpty: Bool { self == ReportSettingsChange() }
}

/// What "start from the previous period" did.
public struct StartFromPreviousResult: Sendable, Codable, Equatable {
    public var report: SavedReport
    public var previousPeriod: ReportingPeriod
    /// Ids whose text was copied.
    public var copied: [String]
    /// Ids the new report had already edited, left as they were.
    public var kept: [String]
    /// Ids of the previous report not carried over: edits of generated text, which would freeze
    /// last period's figures, or ids the new report no longer has.
    public var skipped: [String]

    public init(report: SavedReport, previousPeriod: ReportingPeriod, copied: [String], kept: [String],
                skipped: [String]) {
        self.report = report
        self.previousPeriod = previousPeriod
        self.copied = copied
        self.kept = kept
        self.skipped = skipped
    }
}

/// A stored Word template, without its bytes.
public struct ReportTemplateInfo: Sendable, Codable, Equatable {
    public var unitCode: String
    public var name: String
    public var size: Int
    public var placeholders: [String]
    public var uploadedAt: Date
    public var uploadedBy: String

    public init(unitCode: String, name: String, size: Int, placeholders: [String], uploadedAt: Date,
                uploadedBy: String) {
        self.unitCode = unitCode
        self.name = name
        self.size = size
        self.placeholders = placeholders
        self.uploadedAt = uploadedAt
        self.uploadedBy = uploadedBy
    }
}

/// A report kind a province added.
public struct StoredReportKind: Sendable, Codable, Equatable {
    public var provinceCode: String
    public var definition: ReportKindDefinition
    public var framework: String?
    public var updatedAt: Date
    public var updatedBy: String

    public init(provinceCode: String, definition: ReportKindDefinition, framework: String? = nil, updatedAt: Date,
                updatedBy: String) {
        self.provinceCode = provinceCode
        self.definition = definition
        self.framework = framework
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

extension DocumentDate {
    /// "2025-10-21", "2025-10" or "2025", as the reports table stores it.
    package var storageText: String {
        guard let month else { return String(year) }
        guard let day else { return String(format: "%04d-%02d", year, month) }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    package init?(storageText text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0] else { return nil }
        self.init(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }
}

import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The signer as the API speaks it: a name and the authority lines above it. `role` is a
/// shortcut for the two usual blocks: "chairman" (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH) and
/// "vice_chairman" (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
struct SignerDTO: Content, Equatable {
    var name: String
    var authority_lines: [String]?
    var role: String?

    init(_ s: SignatureBlock) {
        name = s.signerName
        authority_lines = s.authorityLines
        role = nil
    }

    func signature() throws -> SignatureBlock {
        let clean = VietnameseText.normalized(name)
        if let lines = authority_lines, !lines.isEmpty {
            return SignatureBlock(authorityLines: lines.map(VietnameseText.normalized), signerName: clean)
        }
        switch role ?? "chairman" {
        case "chairman": return .chairman(clean)
        case "vice_chairman": return .viceChairman(clean)
        default:
            throw AppError(.invalid, code: .reportSignerRoleInvalid,
                           message: "signer role '\(role ?? "")' is not chairman or vice_chairman; or give authority_lines",
                           vietnamese: "Chức vụ người ký không hợp lệ: chọn chairman (Chủ tịch) hoặc vice_chairman (Phó Chủ tịch), hoặc ghi rõ các dòng thẩm quyền ký.")
        }
    }
}

/// "2025-10-21", "21/10/2025", "2025-10" or "2025" (day and month left blank for signing).
enum DocumentDateText {
    static func parse(_ text: String) throws -> DocumentDate {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = LocalDay(parsing: t) { return DocumentDate(year: day.year, month: day.month, day: day.day) }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        if parts.count == 1, let y = parts[0], (1900...2200).contains(y) { return DocumentDate(year: y) }
        if parts.count == 2, let y = parts[0], let m = parts[1], (1900...2200).contains(y), (1...12).contains(m) {
            return DocumentDate(year: y, month: m)
        }
        throw AppError(.invalid, code: .reportDateInvalid,
                       message: "date '\(text)' is not YYYY-MM-DD, DD/MM/YYYY, YYYY-MM or YYYY",
                       vietnamese: "Ngày ban hành “\(text)” không hợp lệ (ví dụ: 2025-10-21 hoặc 21/10/2025).")
    }

    static func text(_ d: DocumentDate) -> String {
        guard let month = d.month else { return String(d.year) }
        guard let day = d.day else { return String(format: "%04d-%02d", d.year, month) }
        return String(format: "%04d-%02d-%02d", d.year, month, day)
    }
}

/// PUT /units/:code/reports/:kind/:period. A field left out keeps its value; `null` clears it
/// back to the default. `narrative` edits paragraphs by id: a text sets it ("" removes the
/// paragraph), `null` goes back to the generated or default text; `replace_narrative` drops
/// every edit not named first.
struct ReportSettingsInput: Decodable {
    var change: ReportSettingsChange

    private enum Keys: String, CodingKey {
        case framework, number, symbol, date, signer, recipients, summary_notes, template, narrative, replace_narrative
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        func field<T: Decodable & Sendable & Equatable>(_ key: Keys, _ type: T.Type) throws -> ReportFieldChange<T> {
            guard c.contains(key) else { return .keep }
            if try c.decodeNil(forKey: key) { return .clear }
            return .set(try c.decode(T.self, forKey: key))
        }
        var change = ReportSettingsChange()
        change.framework = try field(.framework, String.self)
        change.number = try field(.number, Int.self)
        change.symbol = try field(.symbol, String.self)
        switch try field(.date, String.self) {
        case .keep: change.date = .keep
        case .clear: change.date = .clear
        case .set(let text): change.date = .set(try DocumentDateText.parse(text))
        }
        switch try field(.signer, SignerDTO.self) {
        case .keep: change.signature = .keep
        case .clear: change.signature = .clear
        case .set(let signer): change.signature = .set(try signer.signature())
        }
        change.recipients = try field(.recipients, [String].self)
        change.summaryNotes = try field(.summary_notes, [String].self)
        change.templateName = try field(.template, String.self)
        change.narrative = try c.decodeIfPresent([String: String?].self, forKey: .narrative) ?? [:]
        change.replaceNarrative = try c.decodeIfPresent(Bool.self, forKey: .replace_narrative) ?? false
        self.change = change
    }
}

/// What a saved report holds, as the API shows it.
struct ReportSettingsDTO: Content, Equatable {
    var saved: Bool
    var framework: String?
    var number: Int?
    var symbol: String?
    var date: String?
    var signer: SignerDTO?
    var recipients: [String]?
    var summary_notes: [String]
    var template: String?
    var created_by: String?
    var created_at: Date?
    var updated_by: String?
    var updated_at: Date?

    init(_ r: SavedReport) {
        saved = r.isStored
        framework = r.framework
        number = r.number
        symbol = r.symbol
        date = r.date.map(DocumentDateText.text)
        signer = r.signature.map(SignerDTO.init)
        recipients = r.recipients
        summary_notes = r.summaryNotes
        template = r.templateName
        created_by = r.createdBy
        created_at = r.createdAt
        updated_by = r.updatedBy
        updated_at = r.updatedAt
    }
}

/// GET /units/:code/reports/:kind/:period: the report as built now, what was saved, and what an
/// editor needs (narrative texts by id, the ids it may edit, edits that lost their paragraph).
struct ReportModelDTO: Content {
    var unit_code: String
    var kind: String
    var kind_name: String
    var period: String
    var settings: ReportSettingsDTO
    /// Every saved edit, `[id: markup]`.
    var overrides: [String: String]
    /// The narrative as it stands (defaults or edits), `[id: markup]`: the editor's text boxes.
    var narrative: [String: String]
    /// Ids of what people write; edits of other ids (generated text) do not carry to the next period.
    var narrative_ids: [String]
    /// Every id an edit may target.
    var editable_ids: [String]
    var unmatched_overrides: [String]
    var report: OfficialReport
    var documents: [String: String]

    init(_ p: ReportService.Prepared) {
        unit_code = p.unit.code
        kind = p.kind.code
        kind_name = p.kind.name
        period = p.input.period.description
        settings = ReportSettingsDTO(p.saved)
        overrides = p.input.overrides
        narrative = p.report.narrativeTexts
        narrative_ids = p.draft.narrativeIDs.sorted()
        editable_ids = p.draft.overridableIDs.sorted()
        unmatched_overrides = p.unmatchedOverrides
        report = p.report
        let base = "/api/v1/units/\(p.unit.code)/reports/\(p.kind.code)/\(p.input.period)/document?format="
        documents = Dictionary(uniqueKeysWithValues: ["docx", "pdf", "html"].map { ($0, base + $0) })
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
}

/// One line of GET /units/:code/reports.
struct SavedReportDTO: Content, Equatable {
    var kind: String
    var period: String
    var settings: ReportSettingsDTO
    var overrides: Int

    init(_ r: SavedReport) {
        kind = r.kindCode
        period = r.period.description
        settings = ReportSettingsDTO(r)
        overrides = r.overrides.count
    }
}

struct StartFromPreviousDTO: Content {
    var previous_period: String
    var copied: [String]
    var kept: [String]
    var skipped: [String]
    var report: ReportModelDTO
}

struct ReportTemplateDTO: Content, Equatable {
    var name: String
    var size: Int
    var placeholders: [String]
    var uploaded_at: Date
    var uploaded_by: String

    init(_ t: ReportTemplateInfo) {
        name = t.name
        size = t.size
        placeholders = t.placeholders
        uploaded_at = t.uploadedAt
        uploaded_by = t.uploadedBy
    }
}

/// A kind of GET /report-kinds: the listing `xaso report kinds` prints, and where it comes from.
struct ReportKindDTO: Content, Equatable {
    var code: String
    var name: String
    var description: String
    var periodKinds: [String]
    var generators: [String]
    var outline: [String]
    /// "commune" or "province": who issues it.
    var unitLevel: String
    /// Nil for a built-in kind.
    var province: String?
    var framework: String?

    init(_ s: ReportKindSummary, province: String?, framework: String?) {
        code = s.code
        name = s.name
        description = s.description
        periodKinds = s.periodKinds
        unitLevel = s.unitLevel
        generators = s.generators
        outline = s.outline
        self.province = province
        self.framework = framework
    }
}

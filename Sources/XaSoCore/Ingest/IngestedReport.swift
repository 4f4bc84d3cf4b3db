import Foundation

/// What was read back from an old report. `Codable` writes the JSON contract of issue 12 exactly;
/// what people also see on the web (target, verdict, cause, the line as read) stays in Swift.
public struct IngestedReport: Sendable, Equatable {
    public var kind: String?
    /// As written: "219/BC-UBND"; nil when the number is blank ("Số: /BC-UBND").
    public var number: String?
    /// "2026-01-09", "2026-01" or "2026" (day and month left blank for signing).
    public var date: String?
    public var period: String?
    public var unitCode: String
    public var figures: [RecoveredFigure]
    public var dossierFigures: ReportedDossierFigures
    public var sections: [RecoveredSection]
    public var unmatched: [UnmatchedLine]
    /// The commune the text names ("xã Gia Phúc"), when found.
    public var unitNameRead: String?
    /// The symbol of the number ("BC-UBND").
    public var symbol: String?
    /// The line each dossier figure was read from, by storage key.
    public var dossierLines: [String: Int] = [:]

    public init(kind: String?, number: String?, date: String?, period: String?, unitCode: String,
                figures: [RecoveredFigure], dossierFigures: ReportedDossierFigures, sections: [RecoveredSection],
                unmatched: [UnmatchedLine], unitNameRead: String? = nil, symbol: String? = nil) {
        self.kind = kind
        self.number = number
        self.date = date
        self.period = period
        self.unitCode = unitCode
        self.figures = figures
        self.dossierFigures = dossierFigures
        self.sections = sections
        self.unmatched = unmatched
        self.unitNameRead = unitNameRead
        self.symbol = symbol
    }

    /// The number as an integer, when one was written.
    public var numberValue: Int? {
        guard let number else { return nil }
        return Int(number.prefix { $0.isNumber })
    }
}

extension IngestedReport: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, number, date, period
        case unitCode = "unit_code"
        case figures
        case dossierFigures = "dossier_figures"
        case sections, unmatched
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // Keys that were not found are written as null: the contract names every key.
        try c.encode(kind, forKey: .kind)
        try c.encode(number, forKey: .number)
        try c.encode(date, forKey: .date)
        try c.encode(period, forKey: .period)
        try c.encode(unitCode, forKey: .unitCode)
        try c.encode(figures, forKey: .figures)
        try c.encode(dossierFigures, forKey: .dossierFigures)
        try c.encode(sections, forKey: .sections)
        try c.encode(unmatched, forKey: .unmatched)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decodeIfPresent(String.self, forKey: .kind),
                  number: try c.decodeIfPresent(String.self, forKey: .number),
                  date: try c.decodeIfPresent(String.self, forKey: .date),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  unitCode: try c.decode(String.self, forKey: .unitCode),
                  figures: try c.decode([RecoveredFigure].self, forKey: .figures),
                  dossierFigures: try c.decode(ReportedDossierFigures.self, forKey: .dossierFigures),
                  sections: try c.decode([RecoveredSection].self, forKey: .sections),
                  unmatched: try c.decode([UnmatchedLine].self, forKey: .unmatched))
    }
}

/// Where a figure was found.
public enum FigureOrigin: String, Sendable, Codable {
    case table
    case sentence
}

/// One figure of the catalogue recovered from the text.
public struct RecoveredFigure: Sendable, Equatable, Codable {
    public var indicatorCode: String
    public var value: Double
    public var approximate: Bool
    /// What a person is shown: the catalogue's name when the match is certain, else the text as read.
    public var text: String
    /// 0…1: how alike the text read is to the catalogue's name or wording.
    public var confidence: Double
    /// 1-based line of the text the value was read from.
    public var line: Int
    // Not in the JSON contract: shown on the web page and kept with the draft.
    public var origin: FigureOrigin
    /// The name (or clause) exactly as read.
    public var textAsRead: String
    /// True when `text` is the catalogue's name (diacritics restored).
    public var restored: Bool
    /// "> 50%" as written in the table.
    public var target: String?
    /// The officials' verdict, in the catalogue's words ("Chưa đạt").
    public var verdict: String?
    /// What follows the verdict ("do người dân chưa phổ cập sử dụng"), as read.
    public var cause: String?

    public init(indicatorCode: String, value: Double, approximate: Bool, text: String, confidence: Double, line: Int,
                origin: FigureOrigin, textAsRead: String, restored: Bool, target: String? = nil,
                verdict: String? = nil, cause: String? = nil) {
        self.indicatorCode = indicatorCode
        self.value = value
        self.approximate = approximate
        self.text = text
        self.confidence = confidence
        self.line = line
        self.origin = origin
        self.textAsRead = textAsRead
        self.restored = restored
        self.target = target
        self.verdict = verdict
        self.cause = cause
    }

    enum CodingKeys: String, CodingKey {
        case indicatorCode = "indicator_code"
        case value, approximate, text, confidence, line
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .text)
        self.init(indicatorCode: try c.decode(String.self, forKey: .indicatorCode), value: try c.decode(Double.self, forKey: .value),
                  approximate: try c.decode(Bool.self, forKey: .approximate), text: text,
                  confidence: try c.decode(Double.self, forKey: .confidence), line: try c.decode(Int.self, forKey: .line),
                  origin: .table, textAsRead: text, restored: false)
    }
}

/// A section of the narrative: the kind's section it maps to (nil when none), its heading and text as read.
public struct RecoveredSection: Sendable, Equatable, Codable {
    public var section: String?
    public var heading: String
    public var text: String
    // Not in the JSON contract.
    public var line: Int
    /// False when the text was read without diacritics: shown as read and marked.
    public var hasDiacritics: Bool

    public init(section: String?, heading: String, text: String, line: Int, hasDiacritics: Bool) {
        self.section = section
        self.heading = heading
        self.text = text
        self.line = line
        self.hasDiacritics = hasDiacritics
    }

    enum CodingKeys: String, CodingKey { case section, heading, text }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(section, forKey: .section)
        try c.encode(heading, forKey: .heading)
        try c.encode(text, forKey: .text)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .text)
        self.init(section: try c.decodeIfPresent(String.self, forKey: .section), heading: try c.decode(String.self, forKey: .heading),
                  text: text, line: 0, hasDiacritics: IngestText.hasDiacritics(text))
    }
}

/// A line that looks like it holds a figure but matched nothing.
public struct UnmatchedLine: Sendable, Equatable, Codable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// Dossier figures as a report states them, each left out when the text does not state it
/// (never 0 for "not said"). Keys as `xaso dossiers stats` writes them.
public struct ReportedDossierFigures: Sendable, Equatable, Codable {
    public var receivedTotal: Int?
    public var online: Int?
    public var direct: Int?
    public var resolved: Int?
    public var early: Int?
    public var onTime: Int?
    public var late: Int?
    public var withdrawn: Int?
    public var rejected: Int?
    public var inProgress: Int?
    public var byLevel: [String: LevelFigures]?
    // Stated too, kept with the period's reported figures but outside the JSON contract.
    public var receivedInPeriod: Int?
    public var carriedOver: Int?
    public var earlyOrOnTime: Int?
    public var feeProcedures: Int?
    public var feeProceduresWithOnlinePayment: Int?

    public init() {}

    public struct LevelFigures: Sendable, Equatable, Codable {
        public var procedures: Int?
        public var proceduresWithDossiers: Int?
        public var dossiers: Int?

        public init(procedures: Int? = nil, proceduresWithDossiers: Int? = nil, dossiers: Int? = nil) {
            self.procedures = procedures
            self.proceduresWithDossiers = proceduresWithDossiers
            self.dossiers = dossiers
        }

        enum CodingKeys: String, CodingKey {
            case procedures
            case proceduresWithDossiers = "procedures_with_dossiers"
            case dossiers
        }

        var isEmpty: Bool { procedures == nil && proceduresWithDossiers == nil && dossiers == nil }
    }

    enum CodingKeys: String, CodingKey {
        case receivedTotal = "received_total"
        case online, direct, resolved, early
        case onTime = "on_time"
        case late, withdrawn, rejected
        case inProgress = "in_progress"
        case byLevel = "by_level"
    }

    /// Whether any figure was stated.
    public var isEmpty: Bool {
        self == ReportedDossierFigures()
    }

    /// The contract's keys with a value, in order, for tests and display.
    public var stated: [(key: String, value: Int)] {
        var out: [(String, Int)] = []
        for (k, v) in [("received_total", receivedTotal), ("online", online), ("direct", direct), ("resolved", resolved),
                       ("early", early), ("on_time", onTime), ("late", late), ("withdrawn", withdrawn),
                       ("rejected", rejected), ("in_progress", inProgress)] {
            if let v { out.append((k, v)) }
        }
        for level in ["toan_trinh", "mot_phan", "truc_tiep"] {
            guard let l = byLevel?[level] else { continue }
            if let v = l.procedures { out.append(("by_level.\(level).procedures", v)) }
            if let v = l.proceduresWithDossiers { out.append(("by_level.\(level).procedures_with_dossiers", v)) }
            if let v = l.dossiers { out.append(("by_level.\(level).dossiers", v)) }
        }
        return out
    }

    /// Every figure stated, contract keys and the others, for storage.
    public var storageJSON: [String: Int] {
        var out: [String: Int] = [:]
        for (k, v) in stated { out[k] = v }
        if let v = receivedInPeriod { out["received_in_period"] = v }
        if let v = carriedOver { out["carried_over"] = v }
        if let v = earlyOrOnTime { out["early_or_on_time"] = v }
        if let v = feeProcedures { out["online_payment.fee_procedures"] = v }
        if let v = feeProceduresWithOnlinePayment { out["online_payment.fee_procedures_with_online_payment"] = v }
        return out
    }

    public init(storage: [String: Int]) {
        self.init()
        receivedTotal = storage["received_total"]; online = storage["online"]; direct = storage["direct"]
        resolved = storage["resolved"]; early = storage["early"]; onTime = storage["on_time"]; late = storage["late"]
        withdrawn = storage["withdrawn"]; rejected = storage["rejected"]; inProgress = storage["in_progress"]
        receivedInPeriod = storage["received_in_period"]; carriedOver = storage["carried_over"]
        earlyOrOnTime = storage["early_or_on_time"]; feeProcedures = storage["online_payment.fee_procedures"]
        feeProceduresWithOnlinePayment = storage["online_payment.fee_procedures_with_online_payment"]
        for level in ["toan_trinh", "mot_phan", "truc_tiep"] {
            let l = LevelFigures(procedures: storage["by_level.\(level).procedures"],
                                 proceduresWithDossiers: storage["by_level.\(level).procedures_with_dossiers"],
                                 dossiers: storage["by_level.\(level).dossiers"])
            if !l.isEmpty { byLevel = (byLevel ?? [:]).merging([level: l]) { $1 } }
        }
    }
}

enum IngestText {
    /// Whether text carries Vietnamese diacritics at all: text read without them is shown as read, marked.
    static func hasDiacritics(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }
        guard letters.count >= 20 else { return letters.contains { $0.value > 0x7F } }
        let marked = letters.filter { $0.value > 0x7F }.count
        // Vietnamese prose marks roughly every other syllable; a few stray "é" from OCR are not diacritics.
        return Double(marked) / Double(letters.count) > 0.04
    }
}

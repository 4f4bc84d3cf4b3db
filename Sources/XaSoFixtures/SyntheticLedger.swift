import Foundation
import XaSoCore

/// Deterministic, realistic test data in the import formats: a procedure catalogue
/// and per-commune dossier ledgers, as CSV text (the exact import headers) or as
/// string rows ready for `ProcedureCatalogParser` / `DossierLedgerParser`.
///
/// Commune `i`'s ledger depends only on (seed, i, count, range), never on how many
/// other communes are generated, so a 3-commune run and a 3000-commune run agree on
/// the communes they share. The shape follows the six-month reference report: mostly
/// online, about 99% resolved early or on time, a few refused and withdrawn, some
/// carried over from before the range and some still open at its end.
public struct SyntheticLedger: Sendable {
    public var seed: UInt64
    /// The reporting range the data is shaped around; the ledger is as exported at the end of its last day.
    public var range: DayRange
    /// Receipts start this many days before the range, so some dossiers carry over.
    public var leadInDays: Int

    public init(seed: UInt64, range: DayRange = ReportingPeriod.half(1, 2026).cutOffRange, leadInDays: Int = 45) {
        precondition(range.from <= range.to && leadInDays >= 0)
        self.seed = seed
        self.range = range
        self.leadInDays = leadInDays
    }

    /// "90001" for commune 1: five digits like the codes of Decision 19/2025/QĐ-TTg,
    /// in the 9xxxx block no real commune uses.
    public static func communeCode(_ index: Int) -> String {
        precondition((0...9999).contains(index))
        return "9" + DateText.pad(index, 4)
    }

    /// `total` dossiers spread over `communes` communes as evenly as possible, the first ones taking the remainder.
    public static func split(total: Int, communes: Int) -> [Int] {
        precondition(communes > 0 && total >= 0)
        return (0..<communes).map { total / communes + ($0 < total % communes ? 1 : 0) }
    }

    // MARK: Catalogue

    /// The catalogue as values (what `ProcedureCatalogParser` returns for `catalogueRows()`).
    /// It is the same for every commune and seed.
    public func procedures() -> [Procedure] {
        SyntheticCatalogue.entries.map {
            Procedure(code: $0.code, name: $0.name, field: $0.field, level: $0.level,
                      hasFee: $0.hasFee, onlinePaymentIntegrated: $0.onlinePayment)
        }
    }

    /// The catalogue rows, header first.
    public func catalogueRows() -> [[String]] {
        [ProcedureCatalogParser.headerNames] + SyntheticCatalogue.entries.map {
            [$0.code, $0.name, $0.field, $0.level.label, $0.hasFee ? "Có" : "Không", $0.onlinePayment ? "Có" : "Không"]
        }
    }

    /// The catalogue as CSV (comma-separated, quoted where needed, "\n" line ends).
    public func catalogueCSV() -> String {
        catalogueRows().map { $0.map(CSVText.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    // MARK: Ledger

    /// `count` dossier rows of commune `commune`, header first.
    public func dossierRows(commune: Int, count: Int) -> [[String]] {
        var rows: [[String]] = [DossierLedgerParser.headerNames]
        rows.reserveCapacity(count + 1)
        var generator = SyntheticDossierGenerator(ledger: self, commune: commune)
        for n in 0..<count {
            let r = generator.next(n)
            rows.append([
                generator.code(r), SyntheticCatalogue.entries[r.entryIndex].code, r.channel.label,
                SyntheticLedger.text(r.received), r.dueDay.map { LocalDay(dayNumber: $0).shortVietnamese } ?? "",
                r.result.map(SyntheticLedger.text) ?? "", r.outcome.label,
                r.hasFee ? (r.paid ? "Có" : "Không") : "", SyntheticLedger.text(r.entered),
            ])
        }
        return rows
    }

    /// The same ledger as CSV text in the import header.
    public func dossierCSV(commune: Int, count: Int) -> String {
        var bytes: [UInt8] = []
        appendDossierCSV(commune: commune, count: count, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the ledger of `commune` as CSV bytes (UTF-8, "\n" line ends), written by hand
    /// so that a million rows take about a second. With `unitColumn` a first column
    /// "Mã đơn vị" holds the commune code, for one file holding a whole province (the
    /// ledger parser ignores columns it does not know). With `skipping` the first rows are drawn
    /// and dropped: rows `skipping..<skipping + count` of the same ledger, so a ledger grown in
    /// steps ends up identical to the bigger one generated at once.
    public func appendDossierCSV(commune: Int, count: Int, skipping: Int = 0, header: Bool = true, unitColumn: Bool = false,
                                 to bytes: inout [UInt8]) {
        let unit = Array(SyntheticLedger.communeCode(commune).utf8) + [CSVText.comma]
        if header {
            if unitColumn { bytes.append(contentsOf: Array("Mã đơn vị,".utf8)) }
            bytes.append(contentsOf: Array(DossierLedgerParser.headerNames.joined(separator: ",").utf8))
            bytes.append(CSVText.newline)
        }
        // Grown geometrically: reserving the exact size on each call would copy the whole
        // buffer once per commune.
        let needed = bytes.count + count * 150
        if bytes.capacity < needed { bytes.reserveCapacity(max(needed, bytes.capacity * 2)) }
        let codes = SyntheticCatalogue.entries.map { Array($0.code.utf8) }
        let channels = SubmissionChannel.allCases.map { Array($0.label.utf8) }
        let outcomes = DossierOutcome.allCases.map { Array($0.label.utf8) }
        let yes = Array("Có".utf8), no = Array("Không".utf8)
        var generator = SyntheticDossierGenerator(ledger: self, commune: commune)
        for n in 0..<skipping { _ = generator.next(n) }
        for n in skipping..<(skipping + count) {
            let r = generator.next(n)
            if unitColumn { bytes.append(contentsOf: unit) }
            generator.appendCode(r, to: &bytes)
            bytes.append(CSVText.comma)
            bytes.append(contentsOf: codes[r.entryIndex]); bytes.append(CSVText.comma)
            bytes.append(contentsOf: channels[r.channel.index]); bytes.append(CSVText.comma)
            CSVText.appendDateTime(r.received, to: &bytes); bytes.append(CSVText.comma)
            if let due = r.dueDay { CSVText.appendDay(due, to: &bytes) }
            bytes.append(CSVText.comma)
            if let result = r.result { CSVText.appendDateTime(result, to: &bytes) }
            bytes.append(CSVText.comma)
            bytes.append(contentsOf: outcomes[r.outcome.index]); bytes.append(CSVText.comma)
            if r.hasFee { bytes.append(contentsOf: r.paid ? yes : no) }
            bytes.append(CSVText.comma)
            CSVText.appendDateTime(r.entered, to: &bytes)
            bytes.append(CSVText.newline)
        }
    }

    /// "15/12/2025 08:30", as exports write times.
    static func text(_ t: LocalDateTime) -> String {
        let d = t.day
        return d.shortVietnamese + " " + DateText.pad(t.hour, 2) + ":" + DateText.pad(t.minute, 2)
    }
}

/// One generated dossier before it is written out.
struct SyntheticDossier {
    let serial: Int
    let entryIndex: Int
    let hasFee: Bool
    let channel: SubmissionChannel
    let received: LocalDateTime
    let dueDay: Int?
    let result: LocalDateTime?
    let outcome: DossierOutcome
    let paid: Bool
    let entered: LocalDateTime
}

/// The random draws, in one place so rows and CSV bytes come out identical.
struct SyntheticDossierGenerator {
    /// What the draws need of a catalogue entry, without its strings (copying those per row costs).
    private struct Spec {
        let level: OnlineServiceLevel
        let hasFee: Bool
        let onlinePayment: Bool
        let processingDays: Int
    }

    private var rng: SplitMix64
    private let specs: [Spec]
    private let cumulative: [Double]
    private let totalWeight: Double
    private let firstDay: Int
    private let span: Int
    private let lastDay: Int
    private let unitPrefix: [UInt8]

    init(ledger: SyntheticLedger, commune: Int) {
        rng = SplitMix64(seed: ledger.seed ^ (UInt64(truncatingIfNeeded: commune) &* 0xD1B5_4A32_D192_ED03))
        _ = rng.next()
        var running = 0.0
        var cumulative: [Double] = []
        for e in SyntheticCatalogue.entries { running += e.weight; cumulative.append(running) }
        self.cumulative = cumulative
        specs = SyntheticCatalogue.entries.map {
            Spec(level: $0.level, hasFee: $0.hasFee, onlinePayment: $0.onlinePayment, processingDays: $0.processingDays)
        }
        totalWeight = running
        lastDay = ledger.range.to.dayNumber
        firstDay = ledger.range.from.dayNumber - ledger.leadInDays
        span = lastDay - firstDay + 1
        unitPrefix = Array((SyntheticLedger.communeCode(commune) + "-").utf8)
    }

    mutating func next(_ serial: Int) -> SyntheticDossier {
        let pick = rng.unit() * totalWeight
        var k = 0
        while k < cumulative.count - 1, cumulative[k] <= pick { k += 1 }
        let e = specs[k]

        let receivedDay = firstDay + rng.below(span)
        // Counter hours 07:30–17:00; online submissions arrive at any hour.
        let u = rng.unit()
        let channel: SubmissionChannel
        switch e.level {
        case .full: channel = u < 0.97 ? .online : (u < 0.99 ? .direct : .post)
        case .partial: channel = u < 0.85 ? .online : (u < 0.99 ? .direct : .post)
        case .direct: channel = u < 0.97 ? .direct : .post
        }
        let receivedSecond = 60 * (channel == .online ? rng.below(1440) : 450 + rng.below(570))
        let received = LocalDateTime(dayNumber: receivedDay, secondOfDay: receivedSecond)

        let dueDay: Int? = rng.chance(0.003) ? nil : receivedDay + e.processingDays
        let v = rng.unit()
        var outcome: DossierOutcome = v < 0.005 ? .withdrawn : (v < 0.0075 ? .rejected : .resolved)
        // Most finish before or on the due day; 0.2% of results come late.
        var delay = e.processingDays == 0 ? 0 : rng.below(e.processingDays + 1)
        if outcome == .resolved, rng.chance(0.002) { delay = e.processingDays + 1 + rng.below(5) }
        var result: LocalDateTime?
        let resultDay = receivedDay + delay
        if resultDay > lastDay {
            outcome = .inProgress
        } else {
            // Whole minutes in office hours (07:30–17:00), never before the receipt.
            let earliest = delay == 0 ? max(receivedSecond, 27_000) : 27_000
            let second = earliest >= 61_200 ? earliest : earliest + 60 * rng.below((61_200 - earliest) / 60)
            result = LocalDateTime(dayNumber: resultDay, secondOfDay: second)
        }
        // Counter dossiers are sometimes keyed in a few days later.
        var entered = received
        if channel != .online, rng.chance(0.03) {
            entered = LocalDateTime(dayNumber: receivedDay + 1 + rng.below(3), secondOfDay: 28_800)
        }
        let paid = e.hasFee && e.onlinePayment && channel == .online && rng.chance(0.85)
        return SyntheticDossier(serial: serial + 1, entryIndex: k, hasFee: e.hasFee, channel: channel, received: received,
                                dueDay: dueDay, result: result, outcome: outcome, paid: paid, entered: entered)
    }

    /// "90001-251215-000001": commune, day of receipt, serial.
    func code(_ r: SyntheticDossier) -> String {
        var bytes: [UInt8] = []
        appendCode(r, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func appendCode(_ r: SyntheticDossier, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: unitPrefix)
        let d = LocalDay(dayNumber: r.received.dayNumber)
        CSVText.appendDigits(d.year % 100, width: 2, to: &bytes)
        CSVText.appendDigits(d.month, width: 2, to: &bytes)
        CSVText.appendDigits(d.day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CSVText.appendDigits(r.serial, width: 6, to: &bytes)
    }
}

enum CSVText {
    static let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")

    /// Quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Decimal digits of a non-negative value, zero-padded to `width`.
    @inline(__always)
    static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1, digits = 1
        while divisor <= value / 10 { divisor *= 10; digits += 1 }
        var pad = width - digits
        while pad > 0 { bytes.append(0x30); pad -= 1 }
        var v = value
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + v / divisor))
            v %= divisor
            divisor /= 10
        }
    }

    /// "15/12/2025".
    static func appendDay(_ dayNumber: Int, to bytes: inout [UInt8]) {
        let d = LocalDay(dayNumber: dayNumber)
        appendDigits(d.day, width: 2, to: &bytes); bytes.append(UInt8(ascii: "/"))
        appendDigits(d.month, width: 2, to: &bytes); bytes.append(UInt8(ascii: "/"))
        appendDigits(d.year, width: 4, to: &bytes)
    }

    /// "15/12/2025 08:30".
    static func appendDateTime(_ t: LocalDateTime, to bytes: inout [UInt8]) {
        appendDay(t.dayNumber, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        appendDigits(t.hour, width: 2, to: &bytes); bytes.append(UInt8(ascii: ":"))
        appendDigits(t.minute, width: 2, to: &bytes)
    }
}

extension SubmissionChannel {
    /// Position in `allCases`, for table lookups.
    var index: Int {
        switch self {
        case .online: return 0
        case .direct: return 1
        case .post: return 2
        }
    }
}

extension DossierOutcome {
    var index: Int {
        switch self {
        case .resolved: return 0
        case .rejected: return 1
        case .withdrawn: return 2
        case .inProgress: return 3
        }
    }
}

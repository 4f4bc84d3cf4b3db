import Foundation
import XaSoCore
import XaSoPersistence

/// What the API, the web pages and the CLI do with dossiers: one set of steps and checks.
public enum DossierService {
    /// Reads a catalogue file (CSV or XLSX) and stores it for the commune, all-or-nothing.
    public static func importProcedures(_ data: Data, unitCode: String, actor: Principal,
                                        store: any AppStorage) async throws -> XaSoStore.DossierImportSummary {
        // Permission before the file is read: an outsider's upload costs nothing and tells nothing.
        try await store.requireDossierWrite(actor, unitCode: unitCode)
        let rows = try TableFile.rows(data)
        let list: [Procedure]
        do { list = try ProcedureCatalogParser.parse(rows: rows) } catch let f as DossierImportFailure { throw f.appError }
        return try await store.importProcedures(list, unitCode: unitCode, actor: actor)
    }

    /// Reads a dossier export, checks every row against the commune's stored catalogue, and stores
    /// it (new codes added, known codes updated), all-or-nothing.
    public static func importDossiers(_ data: Data, unitCode: String, actor: Principal,
                                      store: any AppStorage) async throws -> XaSoStore.DossierImportSummary {
        try await importDossiers(.data(data), unitCode: unitCode, actor: actor, store: store)
    }

    /// Rows stored per batch: a few megabytes, whatever the file's size.
    public static let batchSize = 20_000

    /// The same, streamed: rows are read, checked and stored in batches inside one transaction, so
    /// memory stays bounded for any file; the first bad row stops the storing, reading goes on to
    /// name every issue (up to the cap), and the transaction is rolled back. `progress` is told
    /// after each batch.
    public static func importDossiers(_ source: TableSource, unitCode: String, actor: Principal, store: any AppStorage,
                                      batchSize: Int = batchSize,
                                      progress: (@Sendable (ImportProgress) -> Void)? = nil) async throws -> XaSoStore.DossierImportSummary {
        // Permission first: the file is checked against this commune's catalogue, and whether it has
        // one, or which procedure codes it holds, is the commune's business.
        try await store.requireDossierWrite(actor, unitCode: unitCode)
        let catalogue = try await store.procedures(unitCode: unitCode)
        guard !catalogue.isEmpty else {
            throw AppError(.invalid, code: .dossierCatalogueMissing,
                           message: "unit \(unitCode) has no procedure catalogue yet: import it first",
                           vietnamese: "Đơn vị chưa có danh mục thủ tục hành chính: hãy nhập danh mục trước.")
        }
        var rows = try TableRows(source)
        let header = try rows.next()
        do {
            let parser = try DossierLedgerParser.Stream(header: header, knownProcedures: catalogue, expectedRows: 65_536)
            let start = Date()
            // Reader and parser move into the producer: it runs inside the store's write transaction.
            let state = UncheckedBox((rows, parser))
            return try await store.importDossiers(unitCode: unitCode, actor: actor) { sink in
                var (rows, parser) = state.value
                var batch: [Dossier] = [], lines: [Int] = []
                batch.reserveCapacity(batchSize)
                // One batch is stored while the next is read and checked: the database and the
                // reader each keep a core busy. At most one write runs, and it is always awaited
                // before the transaction ends; its error (an earlier batch's) comes first.
                var writing: Task<Void, any Error>?
                func store() async throws {
                    try await writing?.value
                    writing = nil
                    guard !batch.isEmpty else { return }
                    let (b, l) = (batch, lines)
                    writing = Task {
                        do { try await sink.write(b) } catch let taken as DossierCodesOfOtherUnit {
                            throw Self.codesOfOtherUnits(taken, batch: b, lines: l)
                        }
                    }
                }
                func report() {
                    progress?(ImportProgress(rows: rows.rowNumber - 1, bytesRead: rows.bytesRead,
                                             totalBytes: rows.totalBytes, seconds: Date().timeIntervalSince(start)))
                }
                // Suspected repeats of a dossier code are confirmed by reading the file again.
                func rescan() throws {
                    var again = try TableRows(source)
                    _ = try again.next()
                    while again.rowNumber < parser.rescanEnd, let row = try again.next() { parser.rescan(row, line: again.rowNumber) }
                    parser.endRescan()
                }
                do {
                    var estimated = false
                    while let row = try rows.next() {
                        if let dossier = parser.read(row, line: rows.rowNumber), !parser.hasIssues {
                            batch.append(dossier)
                            lines.append(rows.rowNumber)
                        }
                        if parser.mustRescan { try rescan() }
                        if parser.isFull { break }
                        if batch.count == batchSize || (parser.hasIssues && !batch.isEmpty) {
                            if !estimated, rows.bytesRead >= 8 << 20, rows.totalBytes > rows.bytesRead {
                                // The rows still to come, from the bytes left and those a row took so far
                                // (blocks are read ahead of the rows by at most 1 MiB).
                                let bytesPerRow = max(1, rows.bytesRead / rows.rowNumber)
                                parser.expect(moreRows: (rows.totalBytes - rows.bytesRead) / bytesPerRow * 5 / 4)
                                estimated = true
                            }
                            if !parser.hasIssues { try await store() }
                            batch = []
                            lines = []
                            batch.reserveCapacity(batchSize)
                            report()
                        }
                    }
                    if parser.needsRescan { try rescan() }
                    try await writing?.value
                    try parser.finish()
                    try await store()
                    try await writing?.value
                    report()
                } catch {
                    // Never leave a write running when the transaction ends; an earlier batch's
                    // error is the one to tell.
                    try await writing?.value
                    throw error
                }
            }
        } catch let f as DossierImportFailure {
            throw f.appError
        }
    }

    /// Codes another commune's ledger holds, named with their rows: the file is likely that commune's export.
    static func codesOfOtherUnits(_ taken: DossierCodesOfOtherUnit, batch: [Dossier], lines: [Int]) -> DossierImportFailure {
        var issues: [DossierImportIssue] = []
        for (i, d) in batch.enumerated() {
            guard let other = taken.codes[d.code] else { continue }
            issues.append(DossierImportIssue(
                row: lines[i], column: "Mã hồ sơ", value: d.code, code: .codeOtherUnit,
                message: "Row \(lines[i]): dossier code \"\(d.code)\" is already in the ledger of unit \(other); is this another commune's export?",
                vietnamese: "Dòng \(lines[i]): mã hồ sơ “\(d.code)” đã có trong sổ hồ sơ của đơn vị \(other); tệp này có phải của xã khác không?"))
        }
        return DossierImportFailure(issues: issues, truncated: false)
    }

    /// The range a statistics request names: a period's cut-off range, or two days given outright.
    public static func range(period: String?, from: String?, to: String?) throws -> DayRange {
        if let period, from == nil, to == nil {
            return try ReportingPeriod.required(period).cutOffRange
        }
        if period == nil, let from, let to {
            guard let a = LocalDateParser.parseDay(from) else { throw invalidDay(from, "from") }
            guard let b = LocalDateParser.parseDay(to) else { throw invalidDay(to, "to") }
            guard a <= b else {
                throw AppError(.invalid, code: .rangeReversed, message: "'from' (\(from)) is after 'to' (\(to))",
                               vietnamese: "Ngày bắt đầu sau ngày kết thúc.")
            }
            return DayRange(from: a, to: b)
        }
        throw AppError(.invalid, code: .rangeMissing, message: "give either a period or both 'from' and 'to'",
                       vietnamese: "Hãy chọn kỳ báo cáo, hoặc nhập cả ngày bắt đầu và ngày kết thúc.")
    }

    static func invalidDay(_ text: String, _ field: String) -> AppError {
        AppError(.invalid, code: .rangeDateInvalid, message: "'\(field)' = '\(text)' is not a date (dd/mm/yyyy or yyyy-mm-dd)",
                 vietnamese: "Ngày \"\(text)\" không hợp lệ (dd/mm/yyyy).")
    }

    /// A commune's statistics, or for a province each commune's and the total.
    public enum Result: Encodable, Sendable {
        case commune(DossierStatistics)
        case province(DossierRollUp)

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .commune(let s): try s.encode(to: encoder)
            case .province(let r): try r.encode(to: encoder)
            }
        }
    }

    public static func statistics(unitCode: String, range: DayRange, store: any AppStorage) async throws -> Result {
        let unit = try await store.requireUnit(unitCode)
        if unit.level == .province {
            return .province(try await store.provinceDossierStatistics(provinceCode: unitCode, range: range))
        }
        return .commune(try await store.dossierStatistics(unitCodes: [unitCode], range: range)[unitCode] ?? .init())
    }

    /// The country: each province's total and the national total, for national officers and the admin.
    public static func nationalStatistics(range: DayRange, actor: Principal, store: any AppStorage) async throws -> DossierRollUp {
        guard AccessPolicy.canReadNational(actor) else {
            throw AppError(.forbidden, code: .nationalForbidden, message: "only national officers and the admin read the national view",
                           vietnamese: "Chỉ cán bộ cấp trung ương và quản trị hệ thống được xem báo cáo toàn quốc.")
        }
        return try await store.nationalDossierStatistics(range: range)
    }

    /// Computes the dossier-based indicators of a period and stores them as draft figures
    /// marked `dossier_ledger`, to be reviewed like any other.
    public static func feedIndicators(unitCode: String, period: ReportingPeriod, actor: Principal,
                                      store: any AppStorage) async throws -> [IndicatorValue] {
        // Those who keep the commune's ledger feed its figures; with no dossiers the answer would
        // otherwise be an empty success for anyone.
        try await store.requireDossierWrite(actor, unitCode: unitCode)
        let stats = try await store.dossierStatistics(unitCodes: [unitCode], range: period.cutOffRange)[unitCode] ?? .init()
        let known = try await store.knownIndicatorCodes()
        let values = stats.indicatorValues(unitCode: unitCode, period: period).filter { known.contains($0.indicatorCode) }
            .map { v -> IndicatorValue in
                var v = v
                v.enteredBy = actor.username
                v.enteredAt = Date()
                return v
            }
        try await store.saveValues(values, actor: actor)
        return values
    }
}

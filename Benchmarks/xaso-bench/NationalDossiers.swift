import Foundation
import SQLKit
import Vapor
import XaSoApp
import XaSoCore
import XaSoFixtures
import XaSoPersistence

/// `xaso-bench national-dossiers --database postgres://… [--sizes 4000000,10000000,…] [--runs N] [--jobs J] [--keep]`:
/// the country's dossier ledger on PostgreSQL, grown through `--sizes` in one database. Each step
/// generates the increment of every commune of the official list (3,321, spread evenly, over the
/// 2026 cut-off range), imports it through `DossierService.importDossiers` — the path of the API and
/// the CLI: parse, check against the catalogue, COPY, upsert, day counts — one commune's file at a
/// time, `--jobs` communes at once, then times one commune, Hải Phòng and the country for 2026-Q2
/// (and the country for the year). `--keep` resumes on the stored ledger instead of emptying the
/// database: each commune's stored count is read back, so an interrupted step is finished, not doubled.
func benchNationalDossiers(_ options: Options) async throws {
    guard let url = options.databaseURL, url.hasPrefix("postgres") else {
        print("national-dossiers: give --database postgres://… (a database it may empty)")
        return
    }
    var config = AppConfig(databaseURL: url, announceAdminPassword: false)
    config.resetDatabase = !options.keep
    var env = Environment(name: "production", arguments: ["xaso-bench"])
    env.commandInput.arguments = []
    let app = try await Application.make(env)
    app.logger.logLevel = .error
    do {
        try await configure(app, config)
        try await runNationalDossiers(options, store: XaSoStore(db: app.db))
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

private func runNationalDossiers(_ options: Options, store: XaSoStore) async throws {
    let sql = try store.db.sqlDatabase()
    let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)
    let year = ReportingPeriod.year(2026), period = ReportingPeriod.quarter(2, 2026)
    let ledger = SyntheticLedger(seed: 2026, range: year.cutOffRange)
    let communes = try UnitCatalog.official().filter { $0.level == .commune }.map(\.code).sorted()
    let haiPhong = try UnitCatalog.official().filter { $0.parentCode == "31" }.map(\.code).sorted()
    print("national dossier ledger, PostgreSQL, \(communes.count) communes, receipts 31/10/2025–14/12/2026 "
          + "(the 2026 cut-off range and 45 days before), \(options.jobs) imports at a time")

    // Every commune needs its catalogue before its ledger (the import checks each row against it).
    let catalogued = Set(try await sql.raw("SELECT DISTINCT unit_code FROM procedures").all()
        .map { try $0.decode(column: "unit_code", as: String.self) })
    let missing = communes.filter { !catalogued.contains($0) }
    if !missing.isEmpty {
        let t = try await seconds {
            for code in missing { _ = try await store.importProcedures(ledger.procedures(), unitCode: code, actor: admin) }
        }
        print(String(format: "  catalogues: %d communes × %d procedures in %.1f s", missing.count, ledger.procedures().count, t))
    }

    for size in options.sizes {
        // What each commune holds now (read back, so a resumed run adds exactly the difference).
        var stored: [String: Int] = [:]
        for row in try await sql.raw("""
            SELECT unit_code, CAST(SUM(received) AS BIGINT) AS n FROM dossier_received_days GROUP BY unit_code
            """).all() {
            stored[try row.decode(column: "unit_code", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        let before = stored.values.reduce(0, +)
        let target = SyntheticLedger.split(total: size, communes: communes.count)
        let work = communes.indices.compactMap { i -> NationalWork? in
            let have = stored[communes[i]] ?? 0
            return target[i] > have ? NationalWork(index: i + 1, code: communes[i], have: have, add: target[i] - have) : nil
        }
        let adding = work.reduce(0) { $0 + $1.add }
        guard adding > 0 else {
            print("\n\(size) dossiers: already stored")
            // A resumed run may follow migrations that filled tables (the month counts' data fix).
            print(String(format: "  ANALYZE of the %d tables %.1f s", countTables.count, try await analyzeTables(sql)))
            try await measureNational(options, store: store, sql: sql, dossiers: before, commune: haiPhong[0],
                                      period: period, year: year)
            continue
        }
        // Stop before the disk fills: the increment at the bytes a stored dossier took so far (WAL included).
        let dbBytes = try await databaseBytes(sql)
        let perDossier = before > 0 ? Double(dbBytes) / Double(before) : 700
        let free = freeBytes("/var/lib/postgresql")
        let needed = perDossier * Double(adding) * 1.3
        if Double(free) - needed < 15e9 {
            print(String(format: "\n%d dossiers: stopped, %.1f GB free and the step needs about %.1f GB (%.0f bytes a dossier so far)",
                         size, Double(free) / 1e9, needed / 1e9, perDossier))
            break
        }

        print("\n\(size) dossiers: importing \(adding) into \(work.count) communes (\(before) stored)")
        let progress = NationalProgress(total: adding)
        var generating = 0.0
        let importTime = try await seconds {
            generating = try await withThrowingTaskGroup(of: Double.self) { group in
                for j in 0..<options.jobs {
                    let mine = stride(from: j, to: work.count, by: options.jobs).map { work[$0] }
                    group.addTask {
                        var generating = 0.0
                        for w in mine {
                            var bytes: [UInt8] = []
                            generating += clock {
                                ledger.appendDossierCSV(commune: w.index, count: w.add, skipping: w.have, to: &bytes)
                            }
                            let summary = try await DossierService.importDossiers(.data(Data(bytes)), unitCode: w.code,
                                                                                  actor: admin, store: store)
                            guard summary.inserted == w.add else {
                                throw AppError(.unavailable, code: .benchCount, message: "\(w.code): \(summary.inserted) inserted, \(w.add) expected",
                                               vietnamese: "")
                            }
                            await progress.add(summary.rows)
                        }
                        return generating
                    }
                }
                return try await group.reduce(0, +)
            }
        }
        let analyze = try await analyzeTables(sql)
        print(String(format: "  import %d dossiers  %8.1f s  (%.0f rows/s; generating the CSV took %.1f s of the %d workers' time)",
                     adding, importTime, Double(adding) / importTime, generating, options.jobs))
        print(String(format: "  ANALYZE of the %d tables %.1f s", countTables.count, analyze))
        try await measureNational(options, store: store, sql: sql, dossiers: before + adding, commune: haiPhong[0],
                                  period: period, year: year)
    }
}

struct NationalWork: Sendable {
    var index: Int
    var code: String
    var have: Int
    var add: Int
}

/// Rows imported so far, on standard error every 5 % (a step runs for minutes).
actor NationalProgress {
    let total: Int
    let start = Date()
    var rows = 0
    var shown = 0

    init(total: Int) { self.total = total }

    func add(_ n: Int) {
        rows += n
        let twentieth = rows * 20 / max(total, 1)
        guard twentieth > shown else { return }
        shown = twentieth
        let elapsed = Date().timeIntervalSince(start)
        FileHandle.standardError.write(Data(String(format: "  … %d of %d rows, %.0f s, %.0f rows/s\n",
                                                   rows, total, elapsed, Double(rows) / elapsed).utf8))
    }
}

/// The ledger's tables the statistics plan on.
private let countTables = ["dossiers", "dossier_received_days", "dossier_ended_days", "dossier_overdue_spans", "procedures",
                           "dossier_received_months", "dossier_ended_months", "dossier_open_months",
                           "dossier_received_quarters", "dossier_ended_quarters"]

private func analyzeTables(_ sql: any SQLDatabase) async throws -> Double {
    try await seconds {
        for table in countTables { try await sql.raw("ANALYZE \(unsafeRaw: table)").run() }
    }
}

func clock(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func databaseBytes(_ sql: any SQLDatabase) async throws -> Int {
    try await sql.raw("SELECT pg_database_size(current_database()) AS n").first()?.decode(column: "n", as: Int.self) ?? 0
}

func freeBytes(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfFileSystem(forPath: path))?[.systemFreeSize] as? NSNumber)?.intValue ?? 0
}

/// Sizes, then the median of `--runs` for one commune, Hải Phòng and the country, through the
/// functions the API and the CLI call.
private func measureNational(_ options: Options, store: XaSoStore, sql: any SQLDatabase, dossiers: Int, commune: String,
                             period: ReportingPeriod, year: ReportingPeriod) async throws {
    let db = try await databaseBytes(sql)
    print(String(format: "  database %.2f GB (%.0f bytes a dossier), %.1f GB free on the disk",
                 Double(db) / 1e9, Double(db) / Double(max(dossiers, 1)), Double(freeBytes("/var/lib/postgresql")) / 1e9))
    for row in try await sql.raw("""
        SELECT relname, CAST(reltuples AS BIGINT) AS n, pg_total_relation_size(oid) AS bytes FROM pg_class
        WHERE relname IN ('dossiers', 'dossier_received_days', 'dossier_ended_days', 'dossier_overdue_spans', 'dossier_received_months',
                          'dossier_ended_months', 'dossier_open_months', 'dossier_received_quarters', 'dossier_ended_quarters') ORDER BY relname
        """).all() {
        print(String(format: "    %-25@ %11d rows  %7.2f GB with indexes", try row.decode(column: "relname", as: String.self),
                     try row.decode(column: "n", as: Int.self), Double(try row.decode(column: "bytes", as: Int.self)) / 1e9))
    }
    let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)
    var one: [Double] = [], province: [Double] = [], country: [Double] = [], countryYear: [Double] = []
    var national: DossierRollUp?
    for _ in 1...max(options.runs, 1) {
        one.append(try await seconds { _ = try await DossierService.statistics(unitCode: commune, range: period.cutOffRange, store: store) })
        province.append(try await seconds { _ = try await DossierService.statistics(unitCode: "31", range: period.cutOffRange, store: store) })
        country.append(try await seconds {
            national = try await DossierService.nationalStatistics(range: period.cutOffRange, actor: admin, store: store)
        })
        countryYear.append(try await seconds {
            _ = try await DossierService.nationalStatistics(range: year.cutOffRange, actor: admin, store: store)
        })
    }
    let total = national?.total ?? DossierStatistics()
    print("  statistics of \(period) (\(period.cutOffRange.from.shortVietnamese)–\(period.cutOffRange.to.shortVietnamese)), "
          + "first run and median of \(one.count):")
    func line(_ name: String, _ xs: [Double]) {
        print(String(format: "    %-36@ first %8.1f ms   median %8.1f ms", name, xs[0] * 1000, median(xs) * 1000))
    }
    line("one commune (\(commune))", one)
    line("Hải Phòng (31, 114 communes)", province)
    line("the country (34 provinces)", country)
    line("the country, the year \(year)", countryYear)
    print("    country \(period): received \(total.receivedInPeriod), carried over \(total.carriedOver), resolved \(total.resolved), "
          + "in progress \(total.inProgress) (of them late \(total.inProgressLate)), on time "
          + (total.onTimeRate.percent.map { String(format: "%.2f %%", $0) } ?? "—"))
}

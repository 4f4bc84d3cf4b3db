import Foundation
import Vapor
import XaSoApp
import XaSoCore
import XaSoFixtures
import XaSoDocuments
import XaSoPersistence

// Release-built benchmarks: `swift run -c release xaso-bench [values] [--runs N] [--database URL]`.
// Prints the median of N runs; each run starts from an empty database.

struct Options {
    var suites: Set<String> = []
    var runs = 5
    var databaseURL: String?
    var count = 100_000
    /// national-dossiers: the ledger sizes to grow through, the parallel imports, whether to keep what is stored.
    var sizes = [4_000_000, 10_000_000, 20_000_000, 40_000_000]
    var jobs = 2
    var keep = false

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--runs": i += 1; runs = Int(args[i]) ?? runs
            case "--database": i += 1; databaseURL = args[i]
            case "--count": i += 1; count = Int(args[i]) ?? count
            case "--sizes": i += 1; sizes = args[i].split(separator: ",").compactMap { Int($0) }
            case "--jobs": i += 1; jobs = max(1, Int(args[i]) ?? jobs)
            case "--keep": keep = true
            default: suites.insert(args[i])
            }
            i += 1
        }
        if suites.isEmpty { suites = ["values"] }
    }
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// `count` figures spread over real communes, every indicator of every framework, one period.
func valuesCSV(count: Int, units: [AdministrativeUnit], indicators: [String], period: String) -> String {
    var out = "unit_code,indicator_code,period,value,note\n"
    out.reserveCapacity(count * 40)
    var n = 0
    outer: for unit in units where unit.level == .commune {
        for (i, code) in indicators.enumerated() {
            if n == count { break outer }
            let value = (n * 37 + i * 11) % 1000
            out += "\(unit.code),\(code),\(period),\(value / 10),\(value % 7 == 0 ? "~" : "")\n"
            n += 1
        }
    }
    return out
}

func benchValues(_ options: Options) async throws {
    let units = try UnitCatalog.official()
    let indicators = try FrameworkCatalog.official().indicators.map(\.code)
    let csv = valuesCSV(count: options.count, units: units, indicators: indicators, period: "2025-Q3")
    let data = Data(csv.utf8)
    let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)
    var parse: [Double] = [], store: [Double] = [], evaluate: [Double] = [], evaluateWarm: [Double] = []
    var imported = 0
    for run in 1...options.runs {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-bench-\(run).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var config = AppConfig(databaseURL: options.databaseURL ?? "sqlite://" + path, announceAdminPassword: false)
        config.resetDatabase = options.databaseURL != nil
        var env = Environment(name: "production", arguments: ["xaso-bench"])
        env.commandInput.arguments = []
        let app = try await Application.make(env)
        app.logger.logLevel = .error
        try await configure(app, config)
        let db = XaSoStore(db: app.db)
        var values: [IndicatorValue] = []
        parse.append(try await seconds { values = try await ValueImporter.parse(data, store: db, enteredBy: "bench") })
        store.append(try await seconds { imported = try await db.saveValues(values, actor: admin).inserted })
        let unit = values[values.count / 2].unitCode
        evaluate.append(try await seconds { _ = try await db.evaluate(unitCode: unit, period: .quarter(3, 2025)) })
        evaluateWarm.append(try await seconds {
            for _ in 0..<10 { _ = try await db.evaluate(unitCode: unit, period: .quarter(3, 2025)) }
        } / 10)
        try await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let backend = options.databaseURL.map { $0.hasPrefix("postgres") ? "PostgreSQL" : $0 } ?? "SQLite file"
    print("values import, \(imported) figures, \(backend), median of \(options.runs) runs:")
    print(String(format: "  read + check CSV   %8.3f s", median(parse)))
    print(String(format: "  store (1 tx)       %8.3f s", median(store)))
    print(String(format: "  total              %8.3f s  (%.0f figures/s)", median(parse) + median(store),
                 Double(imported) / (median(parse) + median(store))))
    print(String(format: "  evaluate 1 commune-period (69 indicators): first %.2f ms, warm %.2f ms",
                 median(evaluate) * 1000, median(evaluateWarm) * 1000))
}

/// `xaso-bench reports`: one commune's quarterly DOCX (median of N), then the same report for
/// 100 communes of Hải Phòng in one batch (DOCX, HTML, and PDF when LibreOffice is installed).
func benchReports(_ options: Options) async throws {
    /// Figures for the CL411 indicators of `communes` over the quarters of 2025 up to Q3, so each
    /// quarterly report has a full table and a change since the previous quarter.
    func reportBenchValues(_ communes: [AdministrativeUnit]) -> [IndicatorValue] {
        let quarters = [ReportingPeriod.quarter(1, 2025), .quarter(2, 2025), .quarter(3, 2025)]
        var out: [IndicatorValue] = []
        for (u, unit) in communes.enumerated() {
            for (q, period) in quarters.enumerated() {
                for i in 1...10 {
                    let value = Double(20 + (u * 37 + i * 11 + q * 5) % 80)
                    out.append(IndicatorValue(unitCode: unit.code, indicatorCode: String(format: "CL411.%02d", i), period: period,
                                              value: MeasuredValue(number: value, approximate: (u + i) % 9 == 0),
                                              note: value < 50 ? "do người dân chưa quen sử dụng" : nil, state: .approved,
                                              enteredBy: "bench"))
                }
            }
        }
        return out
    }

    let path = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-bench-reports.sqlite").path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    var config = AppConfig(databaseURL: options.databaseURL ?? "sqlite://" + path, sample: true, announceAdminPassword: false)
    config.resetDatabase = options.databaseURL != nil
    var env = Environment(name: "production", arguments: ["xaso-bench"])
    env.commandInput.arguments = []
    let app = try await Application.make(env)
    app.logger.logLevel = .error
    try await configure(app, config)
    let store = XaSoStore(db: app.db)
    let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)
    let period = ReportingPeriod.quarter(3, 2025)
    let giaPhuc = try await SampleData.commune(in: store).code

    var one: [Double] = [], html: [Double] = []
    var size = 0
    for _ in 0..<max(options.runs, 1) {
        one.append(try await seconds {
            size = try await app.reportDocument(unitCode: giaPhuc, kindCode: "quarterly-cds", period: period).count
        })
        html.append(try await seconds {
            _ = try await app.reportDocument(unitCode: giaPhuc, kindCode: "quarterly-cds", period: period, format: "html")
        })
    }
    let backend = options.databaseURL.map { $0.hasPrefix("postgres") ? "PostgreSQL" : $0 } ?? "SQLite file"
    print("reports, \(backend):")
    print(String(format: "  1 commune quarterly DOCX (read + build + write), median of %d: %8.1f ms  (%d bytes)",
                 one.count, median(one) * 1000, size))
    print(String(format: "  1 commune quarterly HTML,                       median of %d: %8.1f ms", html.count, median(html) * 1000))

    let communes = Array(try await store.children(of: "31").filter { $0.level == .commune }.prefix(100))
    let values = reportBenchValues(communes)
    let seed = try await seconds { _ = try await store.saveValues(values, actor: admin) }
    print(String(format: "  seeded %d figures for %d communes of Hải Phòng in %.2f s", values.count, communes.count, seed))
    let codes = communes.map(\.code)
    var batch: [(unitCode: String, data: Data)] = []
    let docx = try await seconds { batch = try await app.reportDocuments(unitCodes: codes, kindCode: "quarterly-cds", period: period) }
    let bytes = batch.reduce(0) { $0 + $1.data.count }
    print(String(format: "  %d communes quarterly DOCX in one batch: %.2f s  (%.1f ms per report, %.1f MB)",
                 batch.count, docx, docx * 1000 / Double(max(batch.count, 1)), Double(bytes) / 1_048_576))
    let sequential = try await seconds {
        for code in codes { _ = try await app.reportDocument(unitCode: code, kindCode: "quarterly-cds", period: period) }
    }
    print(String(format: "  the same one by one:                      %.2f s  (%.1f ms per report)",
                 sequential, sequential * 1000 / Double(max(codes.count, 1))))
    let htmlBatch = try await seconds {
        _ = try await app.reportDocuments(unitCodes: codes, kindCode: "quarterly-cds", period: period, format: "html")
    }
    print(String(format: "  %d communes quarterly HTML in one batch: %.2f s", codes.count, htmlBatch))
    do {
        let single = try await seconds {
            _ = try await app.reportDocument(unitCode: giaPhuc, kindCode: "quarterly-cds", period: period, format: "pdf")
        }
        print(String(format: "  1 commune quarterly PDF (LibreOffice, first run includes its start-up): %.2f s", single))
        let pdfCount = min(codes.count, 20)
        let pdfs = try await seconds {
            _ = try await app.reportDocuments(unitCodes: Array(codes.prefix(pdfCount)), kindCode: "quarterly-cds",
                                              period: period, format: "pdf")
        }
        print(String(format: "  %d communes quarterly PDF in one LibreOffice run: %.2f s  (%.2f s per report)",
                     pdfCount, pdfs, pdfs / Double(pdfCount)))
    } catch let error as AppError where error.code == .pdfUnavailable {
        print("  PDF: LibreOffice not installed, skipped")
    }
    try await app.asyncShutdown()
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

/// Runs sqlite3 on a database file with `.timer on` and returns the "real" seconds it reports,
/// summed over the statements of `script`.
func sqlite3Seconds(_ database: String, _ script: String) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [database]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data((".timer on\n" + script + "\n").utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let times = text.split(separator: "\n").compactMap { line -> Double? in
        guard line.hasPrefix("Run Time: real ") else { return nil }
        return Double(line.dropFirst("Run Time: real ".count).split(separator: " ").first ?? "")
    }
    guard !times.isEmpty else { throw AppError(.unavailable, code: .benchSqlite3, message: "sqlite3 said: \(text.prefix(300))", vietnamese: "") }
    return times.reduce(0, +)
}

/// Import of 1,000,000 dossiers against sqlite3's `.import` of the same CSV into a plain table, and
/// statistics (one commune-period, a whole province) against a hand-written aggregate run by sqlite3.
func benchDossiers(_ options: Options) async throws {
    let total = options.count == 100_000 ? 1_000_000 : options.count
    let period = ReportingPeriod.half(1, 2026)
    let ledger = SyntheticLedger(seed: 2026, range: period.cutOffRange)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-bench-dossiers")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var bytes: [UInt8] = []
    ledger.appendDossierCSV(commune: 1, count: total, to: &bytes)
    let csv = Data(bytes)
    let csvPath = folder.appendingPathComponent("ho-so.csv").path
    try csv.write(to: URL(fileURLWithPath: csvPath))
    let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)

    func withStore<T>(_ path: String, _ body: (XaSoStore) async throws -> T) async throws -> T {
        var env = Environment(name: "production", arguments: ["xaso-bench"])
        env.commandInput.arguments = []
        let app = try await Application.make(env)
        app.logger.logLevel = .error
        do {
            try await configure(app, AppConfig(databaseURL: "sqlite://" + path, announceAdminPassword: false))
            let result = try await body(XaSoStore(db: app.db))
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
    func fresh(_ name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    // Import: one commune's 1,000,000-row export, read + checked + stored.
    var ours: [Double] = [], plain: [Double] = [], parseOnly: [Double] = []
    let commune = "11713"
    for run in 1...options.runs {
        let path = fresh("import-\(run).sqlite")
        try await withStore(path) { store in
            _ = try await store.importProcedures(ledger.procedures(), unitCode: commune, actor: admin)
            ours.append(try await seconds {
                _ = try await DossierService.importDossiers(.file(csvPath), unitCode: commune, actor: admin, store: store)
            })
            parseOnly.append(try await seconds {
                _ = try DossierLedgerParser.parse(rows: try CSVReader.read(csv).rows, knownProcedures: ledger.procedures())
            })
        }
        let plainPath = fresh("plain-\(run).sqlite")
        // Dot-commands are not timed by `.timer`: the whole sqlite3 run is (its start-up is a few ms).
        plain.append(try await seconds { _ = try? sqlite3Seconds(plainPath, ".import --csv \(csvPath) plain\nSELECT COUNT(*) FROM plain;") })
    }
    print("dossier import, \(total) rows, SQLite file, median of \(options.runs) runs:")
    print(String(format: "  xaso (read + check + upsert)  %7.2f s   (of which read + check %.2f s)", median(ours), median(parseOnly)))
    print(String(format: "  sqlite3 .import, plain table  %7.2f s   ratio %.2f", median(plain), median(ours) / median(plain)))

    // Statistics: the same number of dossiers spread over the 114 communes of Hải Phòng.
    let statsPath = fresh("stats.sqlite")
    let communes = try UnitCatalog.official().filter { $0.parentCode == "31" }.map(\.code).sorted()
    let chosen = communes
    let perCommune = SyntheticLedger.split(total: total, communes: chosen.count)
    let (one, province) = try await withStore(statsPath) { store -> ([Double], [Double]) in
        for (i, code) in chosen.enumerated() {
            _ = try await store.importProcedures(ledger.procedures(), unitCode: code, actor: admin)
            let rows = ledger.dossierRows(commune: i + 1, count: perCommune[i])
            _ = try await store.importDossiers(try DossierLedgerParser.parse(rows: rows, knownProcedures: ledger.procedures()),
                                               unitCode: code, actor: admin)
        }
        var one: [Double] = [], province: [Double] = []
        for _ in 1...options.runs {
            one.append(try await seconds { _ = try await store.dossierStatistics(unitCodes: [chosen[0]], range: period.cutOffRange) })
            province.append(try await seconds {
                _ = try await store.provinceDossierStatistics(provinceCode: "31", range: period.cutOffRange)
            })
        }
        return (one, province)
    }
    // Written by hand for sqlite3: the headline figures in one pass over the range's dossiers.
    func handWritten(_ filter: String, _ range: DayRange) -> String {
        let from = range.from.dayNumber, to = range.to.dayNumber
        return """
        SELECT unit_code, SUM(received_day >= \(from)), SUM(received_day < \(from)), SUM(channel = 'online'),
          SUM(outcome = 'resolved' AND end_day <= \(to) AND result_day <= due_day),
          SUM(outcome = 'resolved' AND end_day <= \(to) AND result_day > due_day),
          SUM(outcome = 'rejected' AND end_day <= \(to)), SUM(outcome = 'withdrawn' AND end_day <= \(to)),
          SUM(end_day > \(to)), SUM(end_day > \(to) AND due_day < \(to))
        FROM dossiers WHERE \(filter) AND end_day >= \(from) AND received_day <= \(to) GROUP BY unit_code;
        """
    }
    var sqliteOne: [Double] = [], sqliteProvince: [Double] = []
    let inList = chosen.map { "'\($0)'" }.joined(separator: ",")
    for _ in 1...options.runs {
        sqliteOne.append(try sqlite3Seconds(statsPath, handWritten("unit_code = '\(chosen[0])'", period.cutOffRange)))
        sqliteProvince.append(try sqlite3Seconds(statsPath, handWritten("unit_code IN (\(inList))", period.cutOffRange)))
    }
    print("dossier statistics over \(total) dossiers in \(chosen.count) communes, 2026-H1, median of \(options.runs) runs:")
    print(String(format: "  one commune-period   xaso %8.2f ms   sqlite3 hand-written %8.2f ms   ratio %.2f",
                 median(one) * 1000, median(sqliteOne) * 1000, median(one) / median(sqliteOne)))
    print(String(format: "  province (%d communes) xaso %8.2f ms   sqlite3 hand-written %8.2f ms   ratio %.2f",
                 communes.count, median(province) * 1000, median(sqliteProvince) * 1000, median(province) / median(sqliteProvince)))
    try endToEndStatistics(runs: options.runs, oneCommune: (folder.appendingPathComponent("import-1.sqlite").path, commune),
                           province: (statsPath, "31", chosen), handWritten: handWritten)
    try? FileManager.default.removeItem(at: folder)
}

/// The statistics as users ask for them: `xaso dossiers stats` (process start, migrations check and
/// JSON output included) against `sqlite3` running the hand-written query, both timed as whole
/// processes, for one commune holding 1,000,000 dossiers and for the province. Needs the `xaso`
/// binary of the same build beside `xaso-bench`.
func endToEndStatistics(runs: Int, oneCommune: (path: String, unit: String), province: (path: String, unit: String, communes: [String]),
                        handWritten: (String, DayRange) -> String) throws {
    let xaso = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("xaso").path
    guard FileManager.default.isExecutableFile(atPath: xaso) else {
        print("end to end: build the CLI too (swift build -c release --product xaso) to compare `xaso dossiers stats` with sqlite3")
        return
    }
    func wall(_ tool: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let error = Pipe()
        process.standardError = error
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let said = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            throw AppError(.unavailable, code: .benchSqlite3, message: "\(tool) failed: \(String(decoding: said, as: UTF8.self).prefix(300))", vietnamese: "")
        }
        return elapsed
    }
    let inList = province.communes.map { "'\($0)'" }.joined(separator: ",")
    for period in [ReportingPeriod.quarter(1, 2026), .half(1, 2026)] {
        let text = period.description
        let cases: [(String, String, String, String)] = [
            ("one commune, 1,000,000 dossiers", oneCommune.path, oneCommune.unit, "unit_code = '\(oneCommune.unit)'"),
            ("province, \(province.communes.count) communes", province.path, province.unit, "unit_code IN (\(inList))")]
        for (name, path, unit, filter) in cases {
            var ours: [Double] = [], theirs: [Double] = []
            let query = handWritten(filter, period.cutOffRange)
            for _ in 1...max(runs, 3) {
                ours.append(try wall(xaso, ["dossiers", "stats", "--unit", unit, "--period", text, "--database", "sqlite://" + path]))
                theirs.append(try wall("/usr/bin/sqlite3", [path, query]))
            }
            print(String(format: "  end to end, %@ %@: xaso dossiers stats %7.1f ms   sqlite3 hand-written %7.1f ms   ratio %.2f",
                         text, name, median(ours) * 1000, median(theirs) * 1000, median(ours) / median(theirs)))
        }
    }
}

/// `xaso-bench national --database postgres://…`: every commune × every national indicator × 8
/// quarters (2024-Q1 … 2025-Q4) written into a fresh database, then every province's roll-up
/// refreshed (timed), then one figure of the province with the most communes near 114 changed and
/// saved (the save refreshes its roll-up), `--runs` times. Leaves the database filled, with a
/// national officer `bench-national` (password `Bench-National-2025`) for `wrk` (docs/national.md).
func benchNational(_ options: Options) async throws {
    guard let url = options.databaseURL else {
        print("national: give --database postgres://… (a database it may empty)")
        return
    }
    var config = AppConfig(databaseURL: url, announceAdminPassword: false)
    config.resetDatabase = true
    var env = Environment(name: "production", arguments: ["xaso-bench"])
    env.commandInput.arguments = []
    let app = try await Application.make(env)
    app.logger.logLevel = .error
    do {
        try await configure(app, config)
        let store = XaSoStore(db: app.db)
        let periods = (2024...2025).flatMap { year in (1...4).map { ReportingPeriod.quarter($0, year) } }
        var figures = 0, rows = 0
        // The 69 indicators of the national strategy and resolutions (frameworks.json), as issue #13 sizes it.
        let strategy: Set<String> = ["CL411", "NQ71", "NQ57-5N"]
        let fill = try await seconds { figures = try await store.fillEveryCommuneForBenchmark(periods: periods, frameworks: strategy) }
        let refreshAll = try await seconds { rows = try await store.refreshAllRollups() }
        // The province whose commune count is nearest 114 (docs/national.md names it).
        var best: (code: String, communes: Int)?
        for unit in try UnitCatalog.official() where unit.level == .province {
            let n = try await store.children(of: unit.code).filter { $0.level == .commune }.count
            if best == nil || abs(n - 114) < abs(best!.communes - 114) { best = (unit.code, n) }
        }
        let province = best!
        let commune = try await store.children(of: province.code).first { $0.level == .commune }!.code
        let admin = Principal(username: "bench", role: .admin, unitCode: nil, provinceCode: nil)
        let period = ReportingPeriod.quarter(3, 2025)
        let kinds = try await store.indicatorUnitKinds()
        let indicator = try await store.values(unitCode: commune, period: period)
            .first { kinds[$0.indicatorCode] == .percent }!
        var saves: [Double] = [], refreshes: [Double] = []
        for run in 1...options.runs {
            var changed = indicator
            changed.value = MeasuredValue(number: Double(50 + run), approximate: false, text: nil)
            saves.append(try await seconds { try await store.saveValues([changed], actor: admin) })
            refreshes.append(try await seconds { try await store.refreshProvinceRollup(provinceCode: province.code, period: period) })
        }
        if try await store.user(named: "bench-national") == nil {
            _ = try await store.createUser(username: "bench-national", passwordHash: try await app.password.async.hash("Bench-National-2025"),
                                           role: .nationalOfficer, unitCode: nil, department: nil, actor: nil)
        }
        print("national view, PostgreSQL, \(figures) figures (every commune × the \(strategy.sorted().joined(separator: ", ")) indicators × \(periods.count) quarters):")
        print(String(format: "  write the figures                       %8.1f s", fill))
        print(String(format: "  refresh every roll-up (%d rows)       %8.1f s  (%.0f ms a province-period)", rows, refreshAll,
                     refreshAll * 1000 / Double(max(rows, 1))))
        print(String(format: "  province %@ (%d communes), one figure changed, median of %d:", province.code, province.communes, options.runs))
        print(String(format: "    save (with its roll-up refresh)        %8.1f ms", median(saves) * 1000))
        print(String(format: "    refresh of the roll-up alone           %8.1f ms", median(refreshes) * 1000))
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
if options.suites.contains("values") { try await benchValues(options) }
if options.suites.contains("dossiers") { try await benchDossiers(options) }
if options.suites.contains("reports") { try await benchReports(options) }
if options.suites.contains("national") { try await benchNational(options) }
if options.suites.contains("national-dossiers") { try await benchNationalDossiers(options) }

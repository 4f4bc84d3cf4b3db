import Foundation
import Vapor
import XaSoApp
import XaSoCore
import XaSoPersistence

// Release-built benchmarks: `swift run -c release xaso-bench [values] [--runs N] [--database URL]`.
// Prints the median of N runs; each run starts from an empty database.

struct Options {
    var suites: Set<String> = []
    var runs = 5
    var databaseURL: String?
    var count = 100_000

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--runs": i += 1; runs = Int(args[i]) ?? runs
            case "--database": i += 1; databaseURL = args[i]
            case "--count": i += 1; count = Int(args[i]) ?? count
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

let options = Options(Array(CommandLine.arguments.dropFirst()))
if options.suites.contains("values") { try await benchValues(options) }

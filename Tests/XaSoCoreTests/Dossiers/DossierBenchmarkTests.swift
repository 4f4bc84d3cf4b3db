import Foundation
import Testing
@testable import XaSoCore
import XaSoFixtures

/// Timings over a million dossiers. Off by default (they need a release build to mean anything):
/// `XASO_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter DossierBenchmark`.
/// `XASO_BENCH_PARSE_REPEAT=n` parses n extra times first, for profiling.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["XASO_BENCH"] != nil))
struct DossierBenchmarkTests {
    /// A start mark: wall clock and this thread's CPU time (the machine is shared, so wall
    /// time alone says little).
    struct Mark {
        let wall = ContinuousClock.now
        let cpu = Mark.threadCPU()

        static func threadCPU() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
    }

    static func seconds(_ start: Mark) -> String {
        let d = ContinuousClock.now - start.wall
        let wall = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return String(format: "%.3f s wall, %.3f s CPU", wall, Mark.threadCPU() - start.cpu)
    }

    /// Unquoted CSV bytes to rows, as a stand-in for `CSVReader` (which lives in XaSoDocuments).
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var rows: [[String]] = []
        rows.reserveCapacity(bytes.count / 120)
        var row: [String] = []
        row.reserveCapacity(10)
        var start = 0
        bytes.withUnsafeBufferPointer { p in
            for i in 0..<p.count {
                let b = p[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "\n") {
                    row.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
                    start = i + 1
                    if b == UInt8(ascii: "\n") { rows.append(row); row.removeAll(keepingCapacity: true) }
                }
            }
        }
        return rows
    }

    @Test func millionDossiers() throws {
        let communes = 100, perCommune = 10_000
        let ledger = SyntheticLedger(seed: 2026)
        let procedures = ledger.procedures()

        var t = Mark()
        var bytes: [UInt8] = []
        for c in 1...communes {
            ledger.appendDossierCSV(commune: c, count: perCommune, header: c == 1, unitColumn: true, to: &bytes)
        }
        print("generate 1,000,000 rows CSV (\(bytes.count / 1_000_000) MB): \(Self.seconds(t))")

        t = Mark()
        let rows = Self.rows(bytes)
        print("split into cells (test helper): \(Self.seconds(t))")

        for _ in 0..<Int(ProcessInfo.processInfo.environment["XASO_BENCH_PARSE_REPEAT"] ?? "0")! {
            t = Mark()
            _ = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
            print("DossierLedgerParser.parse (repeat): \(Self.seconds(t))")
        }
        t = Mark()
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        print("DossierLedgerParser.parse 1,000,000 rows: \(Self.seconds(t))")
        #expect(dossiers.count == communes * perCommune)

        t = Mark()
        let one = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, period: .half(1, 2026))
        print("statistics over 1,000,000 dossiers as one unit: \(Self.seconds(t))")
        #expect(one.receivedTotal > 0)

        // Dossiers of a province arrive grouped by commune (the unit column).
        t = Mark()
        var ledgers: [UnitLedger] = []
        var start = 0
        for c in 1...communes {
            ledgers.append(UnitLedger(unitCode: SyntheticLedger.communeCode(c), procedures: procedures,
                                      dossiers: Array(dossiers[start..<start + perCommune])))
            start += perCommune
        }
        print("group by commune: \(Self.seconds(t))")
        t = Mark()
        let rollUp = DossierRollUp.compute(ledgers, period: .half(1, 2026))
        print("roll-up of \(communes) communes: \(Self.seconds(t))")
        // Catalogue counts add up per commune in the roll-up; the dossier counts must agree.
        #expect(rollUp.total.receivedTotal == one.receivedTotal)
        #expect(rollUp.total.resolved == one.resolved && rollUp.total.late == one.late)
        #expect(rollUp.total.lateByField == one.lateByField)

        t = Mark()
        let commune = DossierStatistics.compute(procedures: procedures, dossiers: ledgers[0].dossiers, period: .half(1, 2026))
        print("statistics for one commune-period (10,000 dossiers): \(Self.seconds(t))")
        #expect(commune == rollUp.units[0].statistics)
    }
}

import Foundation
import VaporCSQLite
import XaSoCore

/// Binds dossiers' values to `DossierSQLitePrepared`'s statement. The texts of one step's rows are
/// copied into one buffer that outlives the step and bound without a copy (`SQLITE_STATIC`): bound
/// as transient, SQLite allocated and copied each of the 5 million texts of a million-row import.
///
/// Not thread-safe: one `run` on the thread pool owns it.
final class DossierSQLiteTexts {
    private let unitCode: UnsafeMutableBufferPointer<UInt8>
    private let unitCodeCount: Int
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var used = 0

    init(unitCode: String) {
        unitCodeCount = unitCode.utf8.count
        self.unitCode = .allocate(capacity: max(1, unitCodeCount))
        _ = self.unitCode.initialize(from: unitCode.utf8)
        buffer = .allocate(capacity: 1 << 16)
    }

    deinit {
        unitCode.deallocate()
        buffer.deallocate()
    }

    /// Room for the texts of one step's `rows`. The bindings of the step before point into the
    /// buffer: it is reused (or replaced) only once that step has run and been reset.
    func start(_ rows: some Sequence<UnsafePointer<Dossier>>) {
        var needed = 0
        for d in rows {
            needed += d.pointee.code.utf8.count + d.pointee.procedureCode.utf8.count
                + d.pointee.channel.rawValue.utf8.count + d.pointee.outcome.rawValue.utf8.count
        }
        if needed > buffer.count {
            buffer.deallocate()
            buffer = .allocate(capacity: max(needed, 2 * buffer.count))
        }
        used = 0
    }

    /// A dossier's values in `DossierRows.dossierColumns` order (as `DossierRows.cells` gives them),
    /// bound from parameter `first` on.
    @inline(__always)
    func bind(_ d: UnsafePointer<Dossier>, to stmt: OpaquePointer, from first: Int32) {
        func text(_ i: Int32, _ s: String) {
            let start = used
            let copied = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                if let from = bytes.baseAddress { (buffer.baseAddress! + used).update(from: from, count: bytes.count) }
                used += bytes.count
                return true
            }
            if copied == nil {
                for byte in s.utf8 {
                    buffer[used] = byte
                    used += 1
                }
            }
            bindBytes(i, UnsafeRawPointer(buffer.baseAddress! + start), used - start)
        }
        func bindBytes(_ i: Int32, _ bytes: UnsafeRawPointer, _ count: Int) {
            // SQLITE_STATIC (no destructor): SQLite reads the bytes where they are until the step ends.
            sqlite_nio_sqlite3_bind_text64(stmt, first + i, bytes.assumingMemoryBound(to: CChar.self), UInt64(count), nil, UInt8(SQLITE_UTF8))
        }
        func int(_ i: Int32, _ v: Int?) {
            if let v { sqlite_nio_sqlite3_bind_int64(stmt, first + i, Int64(v)) } else { sqlite_nio_sqlite3_bind_null(stmt, first + i) }
        }
        bindBytes(0, UnsafeRawPointer(unitCode.baseAddress!), unitCodeCount)
        text(1, d.pointee.code)
        text(2, d.pointee.procedureCode)
        text(3, d.pointee.channel.rawValue)
        text(4, d.pointee.outcome.rawValue)
        int(5, d.pointee.receivedAt.localSeconds)
        int(6, d.pointee.receivedAt.dayNumber)
        int(7, d.pointee.dueAt?.localSeconds)
        int(8, d.pointee.dueAt?.dayNumber)
        int(9, d.pointee.resultAt?.localSeconds)
        int(10, d.pointee.resultAt?.dayNumber)
        int(11, DossierRows.endDay(d.pointee.outcome, d.pointee.resultAt))
        int(12, d.pointee.paidOnline ? 1 : 0)
        int(13, d.pointee.enteredAt?.localSeconds)
        int(14, d.pointee.enteredAt?.dayNumber)
        int(15, d.pointee.digitised.map { $0 ? 1 : 0 })
        int(16, d.pointee.reusedDigitalData.map { $0 ? 1 : 0 })
    }
}

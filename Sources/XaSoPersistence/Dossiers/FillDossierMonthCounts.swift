import FluentKit
import SQLKit
import XaSoCore

/// Data fix: the month counts of ledgers stored before those tables existed, summed from the day
/// counts in SQL. The day → cut-off month mapping is a small table written here (one row per day
/// the counts hold), so the same statements run on SQLite and PostgreSQL, which share no date
/// arithmetic. Starts from empty tables, so running it again gives the same counts.
struct FillDossierMonthCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        for table in ["dossier_received_months", "dossier_ended_months", "dossier_open_months"] {
            try await sql.raw("DELETE FROM \(unsafeRaw: table)").run()
        }
        var days: Set<Int> = []
        for table in ["dossier_received_days", "dossier_ended_days"] {
            for row in try await sql.raw("SELECT DISTINCT day FROM \(unsafeRaw: table)").all() {
                days.insert(try row.decode(column: "day", as: Int.self))
            }
        }
        guard !days.isEmpty else { return }
        try await sql.raw("DROP TABLE IF EXISTS dossier_cutoff_days").run()
        try await sql.raw("CREATE TABLE dossier_cutoff_days (day INTEGER PRIMARY KEY, month INTEGER NOT NULL)").run()
        var mapping = JSONRows(table: "dossier_cutoff_days", columns: [.init(name: "day", postgresType: "bigint"),
                                                                        .init(name: "month", postgresType: "bigint")], key: ["day"])
        mapping.rowsPerStatement = 5_000
        try await mapping.upsert(days.sorted(), on: sql) { [.int($0), .int(CutoffMonth.of(dayNumber: $0))] }
        for (months, days, columns) in [("dossier_received_months", "dossier_received_days", DossierDayCounts.receivedColumns),
                                        ("dossier_ended_months", "dossier_ended_days", DossierDayCounts.endedColumns)] {
            let names = columns.joined(separator: ", ")
            let sums = columns.map { "CAST(SUM(t.\($0)) AS BIGINT)" }.joined(separator: ", ")
            try await sql.raw("""
                INSERT INTO \(unsafeRaw: months) (unit_code, month, procedure_code, \(unsafeRaw: names))
                SELECT t.unit_code, m.month, t.procedure_code, \(unsafeRaw: sums)
                FROM \(unsafeRaw: days) t JOIN dossier_cutoff_days m ON m.day = t.day
                GROUP BY t.unit_code, m.month, t.procedure_code
                """).run()
        }
        try await sql.raw("""
            INSERT INTO dossier_open_months (unit_code, month, received, ended)
            SELECT unit_code, month, CAST(SUM(received) AS BIGINT), CAST(SUM(ended) AS BIGINT) FROM (
              SELECT unit_code, month, received, 0 AS ended FROM dossier_received_months
              UNION ALL
              SELECT unit_code, month, 0 AS received, early + on_time + late + rejected + withdrawn AS ended FROM dossier_ended_months
            ) t GROUP BY unit_code, month
            """).run()
        try await sql.raw("DROP TABLE dossier_cutoff_days").run()
    }

    func revert(on database: any Database) async throws {}
}

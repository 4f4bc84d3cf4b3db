import Foundation

/// One problem in an import file, named so a person can find and fix it.
public struct ImportIssue: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    /// Row as the spreadsheet shows it (header = 1).
    public var row: Int
    public var field: String
    public var value: String
    /// Stable, English: "value.invalid", "indicator.unknown" …
    public var code: String
    /// Vietnamese, for people.
    public var message: String

    public init(row: Int, field: String, value: String, code: String, message: String) {
        self.row = row
        self.field = field
        self.value = value
        self.code = code
        self.message = message
    }

    public var description: String { "row \(row), field \(field) (\(value)): \(code) — \(message)" }
}

/// All the problems of one import; nothing is stored when there is any.
public struct ImportFailure: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    public var issues: [ImportIssue]
    public init(issues: [ImportIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Reads `unit_code,indicator_code,period,value,note` tables (CSV or XLSX rows) into values,
/// checking every row against what is known before anything is stored.
public struct ValueImportParser: Sendable {
    public static let header = ["unit_code", "indicator_code", "period", "value", "note"]
    public var knownUnits: Set<String>
    public var knownIndicators: Set<String>
    public var maxIssues = 50

    public init(knownUnits: Set<String>, knownIndicators: Set<String>) {
        self.knownUnits = knownUnits
        self.knownIndicators = knownIndicators
    }

    public func parse(rows: [[String]], enteredBy: String?, at date: Date) throws -> [IndicatorValue] {
        guard let headerRow = rows.first else {
            throw ImportFailure(issues: [ImportIssue(row: 1, field: "header", value: "", code: "file.empty",
                                                     message: "Tệp không có dữ liệu.")])
        }
        let header = headerRow.map { VietnameseText.folded($0).replacingOccurrences(of: " ", with: "_") }
        var column: [String: Int] = [:]
        for name in Self.header {
            if let i = header.firstIndex(of: name) { column[name] = i }
        }
        let missing = Self.header.filter { column[$0] == nil && $0 != "note" }
        if !missing.isEmpty {
            throw ImportFailure(issues: missing.map {
                ImportIssue(row: 1, field: $0, value: headerRow.joined(separator: ","), code: "header.missing",
                            message: "Thiếu cột \"\($0)\" ở dòng tiêu đề (cần: \(Self.header.joined(separator: ", "))).")
            })
        }
        var issues: [ImportIssue] = []
        var values: [IndicatorValue] = []
        var seen: [String: Int] = [:]
        for (offset, row) in rows.enumerated().dropFirst() {
            let rowNumber = offset + 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func cell(_ name: String) -> String {
                guard let i = column[name], i < row.count else { return "" }
                return VietnameseText.normalized(row[i])
            }
            func fail(_ field: String, _ value: String, _ code: String, _ message: String) {
                if issues.count < maxIssues {
                    issues.append(ImportIssue(row: rowNumber, field: field, value: value, code: code, message: message))
                }
            }
            let unit = cell("unit_code"), indicator = cell("indicator_code"), periodText = cell("period")
            let valueText = cell("value"), note = cell("note")
            var ok = true
            if !knownUnits.contains(unit) {
                fail("unit_code", unit, "unit.unknown", "Dòng \(rowNumber): mã đơn vị \"\(unit)\" không tồn tại."); ok = false
            }
            if !knownIndicators.contains(indicator) {
                fail("indicator_code", indicator, "indicator.unknown",
                     "Dòng \(rowNumber): mã chỉ tiêu \"\(indicator)\" không tồn tại."); ok = false
            }
            let period = try? ReportingPeriod(parsing: periodText)
            if period == nil {
                fail("period", periodText, "period.invalid",
                     "Dòng \(rowNumber): kỳ báo cáo \"\(periodText)\" không hợp lệ (ví dụ: 2025-Q3, 2026-H1, 2025-9M, 2025)."); ok = false
            }
            let measured = MeasuredValue.parse(valueText)
            if measured == nil {
                fail("value", valueText, "value.invalid",
                     "Dòng \(rowNumber): giá trị \"\(valueText)\" không phải là số (ví dụ: 85%, ~15%, 36,7%)."); ok = false
            }
            guard ok, let period, let measured else { continue }
            let key = "\(unit)|\(indicator)|\(period)"
            if let first = seen[key] {
                fail("indicator_code", indicator, "row.duplicate",
                     "Dòng \(rowNumber): trùng với dòng \(first) (cùng đơn vị, chỉ tiêu và kỳ).")
                continue
            }
            seen[key] = rowNumber
            values.append(IndicatorValue(unitCode: unit, indicatorCode: indicator, period: period, value: measured,
                                         note: note.isEmpty ? nil : note, enteredBy: enteredBy, enteredAt: date))
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
        if values.isEmpty {
            throw ImportFailure(issues: [ImportIssue(row: 2, field: "value", value: "", code: "file.no_rows",
                                                     message: "Tệp chỉ có dòng tiêu đề, không có số liệu.")])
        }
        return values
    }
}

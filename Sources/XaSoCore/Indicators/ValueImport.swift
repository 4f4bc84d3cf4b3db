import Foundation

/// One problem in an import file, named so a person can find and fix it.
public struct ImportIssue: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    /// Row as the spreadsheet shows it (header = 1).
    public var row: Int
    public var field: String
    public var value: String
    /// Stable, English: "value.invalid", "indicator.unknown" …
    public var code: ErrorCode
    /// Vietnamese, for people.
    public var message: String

    public init(row: Int, field: String, value: String, code: ErrorCode, message: String) {
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

/// One figure as it arrives, still text: a row of an import file or an item of an API request.
/// Every input path turns its input into these and through `ValueImportParser`, so a figure is
/// read, checked and numbered the same way wherever it comes from.
public struct ValueRecord: Sendable, Equatable {
    /// The spreadsheet row (header = 1) or the request's item (first = 1).
    public var position: Int
    public var unitCode: String
    public var indicatorCode: String
    public var period: String
    public var value: String
    public var numerator: String
    public var denominator: String
    public var reportingBody: String
    public var note: String

    public init(position: Int, unitCode: String, indicatorCode: String, period: String, value: String,
                numerator: String = "", denominator: String = "", reportingBody: String = "", note: String = "") {
        self.position = position
        self.unitCode = unitCode
        self.indicatorCode = indicatorCode
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.reportingBody = reportingBody
        self.note = note
    }
}

/// A figure read from its record, with the record's position so later checks name the same row.
public struct NumberedValue: Sendable, Equatable {
    public var position: Int
    public var value: IndicatorValue
}

/// Reads `unit_code,indicator_code,period,value,note` tables (CSV or XLSX rows; optional columns
/// `numerator`, `denominator`, `reporting_body`) and API items into values, checking every one
/// against what is known and against `FigureRules` before anything is stored.
public struct ValueImportParser: Sendable {
    public static let header = ["unit_code", "indicator_code", "period", "value", "note"]
    public static let optionalColumns = ["note", "numerator", "denominator", "reporting_body"]
    public var knownUnits: Set<String>
    /// Indicator code → its unit kind, which decides the figure's range.
    public var unitKinds: [String: UnitKind]
    public var maxIssues = 50
    /// How a position is named to people: "Dòng" for a file's rows, "Mục" for a request's items.
    public var positionWord = "Dòng"

    public init(knownUnits: Set<String>, unitKinds: [String: UnitKind]) {
        self.knownUnits = knownUnits
        self.unitKinds = unitKinds
    }

    /// A table's rows (header first). `commaSeparated` says the rows came from a CSV split on
    /// commas, where an unquoted decimal comma ("36,7") has split one figure into two cells.
    public func parse(rows: [[String]], commaSeparated: Bool = false, enteredBy: String?, at date: Date) throws -> [IndicatorValue] {
        try parseNumbered(rows: rows, commaSeparated: commaSeparated, enteredBy: enteredBy, at: date).map(\.value)
    }

    public func parseNumbered(rows: [[String]], commaSeparated: Bool = false, enteredBy: String?,
                              at date: Date) throws -> [NumberedValue] {
        guard let headerRow = rows.first else {
            throw ImportFailure(issues: [ImportIssue(row: 1, field: "header", value: "", code: .fileEmpty,
                                                     message: "Tệp không có dữ liệu.")])
        }
        let header = headerRow.map { VietnameseText.folded($0).replacingOccurrences(of: " ", with: "_") }
        var column: [String: Int] = [:]
        for name in Self.header + Self.optionalColumns where column[name] == nil {
            if let i = header.firstIndex(of: name) { column[name] = i }
        }
        let missing = Self.header.filter { column[$0] == nil && !Self.optionalColumns.contains($0) }
        if !missing.isEmpty {
            throw ImportFailure(issues: missing.map {
                ImportIssue(row: 1, field: $0, value: headerRow.joined(separator: ","), code: .headerMissing,
                            message: "Thiếu cột \"\($0)\" ở dòng tiêu đề (cần: \(Self.header.joined(separator: ", "))).")
            })
        }
        let width = headerRow.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map { $0 + 1 } ?? 0
        var issues: [ImportIssue] = []
        var records: [ValueRecord] = []
        for (offset, row) in rows.enumerated().dropFirst() {
            let rowNumber = offset + 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func cell(_ name: String) -> String {
                guard let i = column[name], i < row.count else { return "" }
                return VietnameseText.normalized(row[i])
            }
            if commaSeparated, let split = splitDecimal(row, valueColumn: column["value"]!, width: width) {
                issues.append(ImportIssue(row: rowNumber, field: "value", value: split, code: .valueDecimalComma,
                                          message: "Dòng \(rowNumber): \"\(split)\" có dấu phẩy thập phân không đặt trong ngoặc kép, nên bị tách thành hai cột. Ghi \"\\\"\(split)\\\"\" trong ngoặc kép, dùng dấu chấm (\(split.replacingOccurrences(of: ",", with: "."))) hoặc lưu tệp với dấu chấm phẩy (;) phân cách."))
                continue
            }
            records.append(ValueRecord(position: rowNumber, unitCode: cell("unit_code"), indicatorCode: cell("indicator_code"),
                                       period: cell("period"), value: cell("value"), numerator: cell("numerator"),
                                       denominator: cell("denominator"), reportingBody: cell("reporting_body"),
                                       note: cell("note")))
        }
        let values: [NumberedValue]
        do {
            values = try parse(records: records, enteredBy: enteredBy, at: date)
        } catch let failure as ImportFailure {
            let all = (issues + failure.issues).sorted { $0.row < $1.row }
            throw ImportFailure(issues: Array(all.prefix(maxIssues)))
        }
        if !issues.isEmpty { throw ImportFailure(issues: Array(issues.prefix(maxIssues))) }
        if values.isEmpty {
            throw ImportFailure(issues: [ImportIssue(row: 2, field: "value", value: "", code: .fileNoRows,
                                                     message: "Tệp chỉ có dòng tiêu đề, không có số liệu.")])
        }
        return values
    }

    /// The one rule for a decimal comma in a comma-separated file: a whole number in the value
    /// cell followed by a cell of digits (with an optional "%") — or more cells than the header has —
    /// is a figure that the comma split, never a figure and a note. Returns the figure as typed.
    private func splitDecimal(_ row: [String], valueColumn: Int, width: Int) -> String? {
        func trimmed(_ i: Int) -> String { i < row.count ? row[i].trimmingCharacters(in: .whitespaces) : "" }
        let whole = trimmed(valueColumn), next = trimmed(valueColumn + 1)
        let wholeDigits = whole.drop(while: { $0 == "~" || $0 == " " })
        guard !wholeDigits.isEmpty, wholeDigits.allSatisfy(\.isASCII), wholeDigits.allSatisfy(\.isNumber) else { return nil }
        let fraction = next.hasSuffix("%") ? String(next.dropLast()) : next
        let nextIsDigits = !fraction.isEmpty && fraction.count <= 3 && fraction.allSatisfy { $0.isASCII && $0.isNumber }
        let overflows = row.indices.contains { $0 >= width && !trimmed($0).isEmpty }
        guard nextIsDigits, valueColumn + 1 < row.count, overflows || valueColumn + 1 < width else { return nil }
        return whole + "," + next
    }

    /// Records from any source: each checked for unit, indicator, period, value and `FigureRules`;
    /// all problems are collected (up to `maxIssues`) and nothing is returned unless all are right.
    public func parse(records: [ValueRecord], enteredBy: String?, at date: Date) throws -> [NumberedValue] {
        var issues: [ImportIssue] = []
        var values: [NumberedValue] = []
        var seen: [String: Int] = [:]
        let word = positionWord
        for record in records {
            let n = record.position
            func fail(_ field: String, _ value: String, _ code: ErrorCode, _ message: String) {
                issues.append(ImportIssue(row: n, field: field, value: value, code: code, message: "\(word) \(n): \(message)"))
            }
            var ok = true
            if !knownUnits.contains(record.unitCode) {
                fail("unit_code", record.unitCode, .unitUnknown, "mã đơn vị \"\(record.unitCode)\" không tồn tại."); ok = false
            }
            let kind = unitKinds[record.indicatorCode]
            if kind == nil {
                fail("indicator_code", record.indicatorCode, .indicatorUnknown,
                     "mã chỉ tiêu \"\(record.indicatorCode)\" không tồn tại."); ok = false
            }
            let period = try? ReportingPeriod(parsing: record.period)
            if period == nil {
                fail("period", record.period, .periodInvalid,
                     "kỳ báo cáo \"\(record.period)\" không hợp lệ (ví dụ: 2025-Q3, 2026-H1, 2025-9M, 2025)."); ok = false
            }
            var numbers: (numerator: Double?, denominator: Double?) = (nil, nil)
            for (field, text) in [("numerator", record.numerator), ("denominator", record.denominator)] where !text.isEmpty {
                guard let number = VietnameseNumber.parse(text) else {
                    fail(field, text, field == "numerator" ? .numeratorInvalid : .denominatorInvalid,
                         "\(field == "numerator" ? "tử số" : "mẫu số") \"\(text)\" không phải là số."); ok = false
                    continue
                }
                if field == "numerator" { numbers.numerator = number } else { numbers.denominator = number }
            }
            guard ok, let period, let kind else { continue }
            guard let figure = figure(record.value, numerator: numbers.numerator, denominator: numbers.denominator,
                                      unitKind: kind, fail: fail) else { continue }
            let key = "\(record.unitCode)|\(record.indicatorCode)|\(period)"
            if let first = seen[key] {
                fail("indicator_code", record.indicatorCode, .rowDuplicate,
                     "trùng với \(word.lowercased()) \(first) (cùng đơn vị, chỉ tiêu và kỳ).")
                continue
            }
            seen[key] = n
            let value = IndicatorValue(unitCode: record.unitCode, indicatorCode: record.indicatorCode, period: period,
                                       value: figure.value, numerator: figure.numerator, denominator: figure.denominator,
                                       reportingBody: record.reportingBody.isEmpty ? nil : record.reportingBody,
                                       note: record.note.isEmpty ? nil : record.note, enteredBy: enteredBy, enteredAt: date)
            var valid = true
            for problem in FigureRules.problems(of: value, unitKind: kind) {
                fail(problem.field, text(of: problem.field, in: record), problem.code,
                     "\(problem.vietnamese) (giá trị: \"\(text(of: problem.field, in: record))\").")
                valid = false
            }
            for (field, text) in [("note", record.note), ("reporting_body", record.reportingBody)] where text.hasPrefix("=") {
                fail(field, text, field == "note" ? .noteFormula : .reportingBodyFormula,
                     "\(field == "note" ? "ghi chú" : "đơn vị báo cáo") không được bắt đầu bằng dấu \"=\" (Excel sẽ coi là công thức)."); valid = false
            }
            if valid { values.append(NumberedValue(position: n, value: value)) }
        }
        if !issues.isEmpty { throw ImportFailure(issues: Array(issues.prefix(maxIssues))) }
        return values
    }

    /// The figure, from "85%", "~15%", "15/20" (15 of 20: 75 for a percent) or, with an empty value,
    /// from the numerator and denominator columns; the columns must agree with a "15/20" value.
    private func figure(_ text: String, numerator: Double?, denominator: Double?, unitKind: UnitKind,
                        fail: (String, String, ErrorCode, String) -> Void)
        -> (value: MeasuredValue, numerator: Double?, denominator: Double?)? {
        if !unitKind.isNumeric {
            if numerator != nil || denominator != nil {
                fail(numerator != nil ? "numerator" : "denominator", VietnameseFormat.number(numerator ?? denominator ?? 0),
                     .fractionNotApplicable, "chỉ tiêu dạng \(unitKind == .yesNo ? "có/không" : "văn bản") không có tử số, mẫu số.")
                return nil
            }
            guard let measured = MeasuredValue.parse(text, unitKind: unitKind) else {
                if unitKind == .yesNo {
                    fail("value", text, .valueInvalid, "giá trị \"\(text)\" không phải là có/không (ghi: Có hoặc Không).")
                } else {
                    fail("value", text, .valueMissing, "chưa có nội dung.")
                }
                return nil
            }
            return (measured, nil, nil)
        }
        var parts = (numerator: numerator, denominator: denominator)
        var approximate = false
        if let fraction = Self.fraction(text) {
            if let n = numerator, n != fraction.numerator {
                fail("numerator", VietnameseFormat.number(n), .numeratorConflict,
                     "tử số \(VietnameseFormat.number(n)) khác với giá trị \"\(text)\"."); return nil
            }
            if let d = denominator, d != fraction.denominator {
                fail("denominator", VietnameseFormat.number(d), .denominatorConflict,
                     "mẫu số \(VietnameseFormat.number(d)) khác với giá trị \"\(text)\"."); return nil
            }
            parts = (fraction.numerator, fraction.denominator)
            approximate = fraction.approximate
        } else if !text.isEmpty {
            guard let measured = MeasuredValue.parse(text) else {
                fail("value", text, .valueInvalid, unitKind == .count
                     ? "giá trị \"\(text)\" không phải là một số đếm (ví dụ: 13)."
                     : "giá trị \"\(text)\" không phải là số (ví dụ: 85%, ~15%, 36,7%, 15/20).")
                return nil
            }
            return (measured, numerator, denominator)
        }
        guard let n = parts.numerator, let d = parts.denominator else {
            fail("value", text, .valueMissing, "chưa có giá trị (ghi số, hoặc tử số và mẫu số).")
            return nil
        }
        if !FigureRules.fractionProblems(numerator: n, denominator: d, unitKind: unitKind).isEmpty || d == 0 {
            // The range check names the fault; the value itself is only what the two give.
            return (MeasuredValue(number: 0, approximate: approximate), n, d)
        }
        let number = unitKind == .percent ? (n / d * 1000).rounded() / 10 : n
        return (MeasuredValue(number: number, approximate: approximate), n, d)
    }

    /// "15/20", "~ 15 / 20".
    static func fraction(_ text: String) -> (numerator: Double, denominator: Double, approximate: Bool)? {
        var s = text.trimmingCharacters(in: .whitespaces)
        var approximate = false
        if s.hasPrefix("~") || s.hasPrefix("≈") { approximate = true; s = String(s.dropFirst()) }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = VietnameseNumber.parse(String(parts[0])),
              let d = VietnameseNumber.parse(String(parts[1])) else { return nil }
        return (n, d, approximate)
    }

    private func text(of field: String, in record: ValueRecord) -> String {
        switch field {
        // A part read from a "15/20" value is named by that value.
        case "numerator": return record.numerator.isEmpty ? record.value : record.numerator
        case "denominator": return record.denominator.isEmpty ? record.value : record.denominator
        case "note": return String(record.note.prefix(40)) + (record.note.count > 40 ? "…" : "")
        case "reporting_body": return String(record.reportingBody.prefix(40)) + (record.reportingBody.count > 40 ? "…" : "")
        default: return record.value
        }
    }
}

import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// A table the API answers as JSON or, with `?format=csv|xlsx` (`TableFormat`) or a `.csv`/`.xlsx`
/// path, as a one-sheet attachment with Vietnamese headers. The CSV and the XLSX come from the same
/// cells, so the two files cannot say different things.
struct SheetExport: Sendable {
    /// File name without extension ("canh-bao-du-lieu-31-2025-Q3").
    var name: String
    var sheet: String
    var headers: [String]
    var rows: [[XLSXCell]]

    /// The attachment for csv or xlsx; `json` for json.
    func response(_ format: TableFormat, json: () throws -> Response) throws -> Response {
        switch format {
        case .json: return try json()
        case .csv:
            return ReportController.file(csv(), contentType: format.contentType,
                                         disposition: ReportFileName.contentDisposition(name + ".csv"))
        case .xlsx:
            return ReportController.file(try xlsx(), contentType: format.contentType,
                                         disposition: ReportFileName.contentDisposition(name + ".xlsx"))
        }
    }

    /// The bytes of a file format (the CLI's `--format`); nil for json.
    func data(_ format: TableFormat) throws -> Data? {
        switch format {
        case .json: return nil
        case .csv: return csv()
        case .xlsx: return try xlsx()
        }
    }

    /// Text typed by communes goes in, so formulas are neutralised.
    func csv() -> Data {
        CSVWriter.write([headers] + rows.map { $0.map(Self.text) }, neutralizeFormulas: true)
    }

    func xlsx() throws -> Data {
        try XLSXWriter.write(XLSXSheet(name: sheet, rows: [headers.map(XLSXCell.text)] + rows))
    }

    /// A cell as the CSV writes it: a decimal comma the Vietnamese way ("14,5") but no thousands dots
    /// ("13452", not "13.452", which a program reading the file takes for 13.452).
    static func text(_ cell: XLSXCell) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch cell {
        case .empty: return ""
        case .text(let s): return s
        case .number(let x):
            if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
            return VietnameseFormat.number(x, maxFractionDigits: 2).replacingOccurrences(of: ".", with: "")
        case .percent(let x): return VietnameseFormat.percent(x * 100)
        case let .date(y, m, d): return "\(two(d))/\(two(m))/\(y)"
        case let .dateTime(y, m, d, h, mi): return "\(two(d))/\(two(m))/\(y) \(two(h)):\(two(mi))"
        }
    }
}

/// How a table is asked for: `?format=json|csv|xlsx` (json when absent), on every exported table.
enum TableFormat: String, CaseIterable, Sendable {
    case json, csv, xlsx

    init(parsing text: String?) throws {
        guard let text, !text.isEmpty else { self = .json; return }
        guard let format = TableFormat(rawValue: text.lowercased()) else {
            throw AppError(.invalid, code: .formatInvalid, message: "format must be json, csv or xlsx, not '\(text)'",
                           vietnamese: "Định dạng phải là json, csv hoặc xlsx (không phải \"\(text)\").")
        }
        self = format
    }

    var contentType: String {
        switch self {
        case .json: return "application/json"
        case .csv: return "text/csv; charset=utf-8"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

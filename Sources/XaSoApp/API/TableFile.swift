import Foundation
import XaSoCore
import XaSoDocuments

/// Reads an uploaded or given table: XLSX when it is a ZIP file, CSV otherwise.
enum TableFile {
    static func rows(_ data: Data) throws -> [[String]] {
        try read(data).rows
    }

    /// The rows, and whether they were split on commas (a CSV whose delimiter is ","), where an
    /// unquoted decimal comma splits one figure into two cells.
    static func read(_ data: Data) throws -> (rows: [[String]], commaSeparated: Bool) {
        let rows = try table(data)
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        return (rows, !isZip && CSVReader.delimiter(of: data) == UInt8(ascii: ","))
    }

    private static func table(_ data: Data) throws -> [[String]] {
        guard !data.isEmpty else {
            throw AppError(.invalid, code: .fileEmpty, message: "the file is empty", vietnamese: "Tệp trống.")
        }
        do {
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                return try XLSXReader.read(data).rows
            }
            return try CSVReader.read(data).rows
        } catch let e as SpreadsheetError {
            throw SpreadsheetFailure.appError(e)
        }
    }
}

import Foundation
import XaSoCore
import XaSoDocuments

/// Reads an uploaded or given table: XLSX when it is a ZIP file, CSV otherwise.
enum TableFile {
    static func rows(_ data: Data) throws -> [[String]] {
        guard !data.isEmpty else {
            throw AppError(.invalid, code: "file.empty", message: "the file is empty", vietnamese: "Tệp trống.")
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

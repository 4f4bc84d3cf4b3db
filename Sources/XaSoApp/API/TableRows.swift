import Foundation
import XaSoCore
import XaSoDocuments

/// Where an import's bytes are: an upload already in memory, or a file on disk (the CLI), which is
/// then read block by block.
public enum TableSource: Sendable {
    case data(Data)
    case file(String)
}

/// The rows of a table one at a time: a CSV is streamed (`CSVRowStream`), an XLSX (a ZIP, read
/// whole by nature) is read at once. Row numbers are the spreadsheet's (header = 1).
struct TableRows {
    private var stream: CSVRowStream?
    private var whole: [[String]] = []
    private var index = 0
    private(set) var rowNumber = 0
    /// The size of the source, for progress (0 when unknown).
    let totalBytes: Int

    init(_ source: TableSource, limits: ResourceLimits = .commandLine) throws {
        let head: Data
        switch source {
        case .data(let data):
            head = data.prefix(4)
            totalBytes = data.count
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw AppError(.invalid, code: .fileUnreadable, message: "cannot read the file \(path)",
                               vietnamese: "Không đọc được tệp “\(path)”.")
            }
            head = (try? handle.read(upToCount: 4)) ?? Data()
            try? handle.close()
            totalBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            // A CSV is streamed; an XLSX (a ZIP) is read whole, so it gets the upload's cap.
            let isZip = head.starts(with: [0x50, 0x4B, 0x03, 0x04])
            try ResourceLimits.checkFile(path, bytes: totalBytes,
                                         limit: isZip ? limits.uploadBodyBytes : limits.streamedFileBytes,
                                         setting: isZip ? "XASO_MAX_UPLOAD_MB" : "XASO_MAX_STREAMED_MB")
        }
        guard !head.isEmpty else {
            throw AppError(.invalid, code: .fileEmpty, message: "the file is empty", vietnamese: "Tệp trống.")
        }
        do {
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                switch source {
                case .data(let data): whole = try XLSXReader.read(data).rows
                case .file(let path): whole = try XLSXReader.read(try Data(contentsOf: URL(fileURLWithPath: path))).rows
                }
            } else {
                switch source {
                case .data(let data): stream = CSVRowStream(data: data)
                case .file(let path): stream = try CSVRowStream(path: path)
                }
            }
        } catch let e as SpreadsheetError {
            throw SpreadsheetFailure.appError(e)
        }
    }

    /// Bytes read so far (all of them for an XLSX).
    var bytesRead: Int { stream?.bytesRead ?? totalBytes }

    mutating func next() throws -> [String]? {
        if stream != nil {
            do {
                guard let row = try stream!.next() else { return nil }
                rowNumber = stream!.rowNumber
                return row
            } catch let e as SpreadsheetError {
                throw SpreadsheetFailure.appError(e)
            }
        }
        guard index < whole.count else { return nil }
        defer { index += 1 }
        rowNumber = index + 1
        return whole[index]
    }
}

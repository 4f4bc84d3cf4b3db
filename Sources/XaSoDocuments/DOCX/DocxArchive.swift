import Foundation
import ZIPFoundation
import XaSoCore

/// One file inside a DOCX package.
public struct DocxPart: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, xml: String) {
        self.init(path: path, data: Data(xml.utf8))
    }
}

public struct DocxArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    public var description: String { "\(code): \(message)" }
}

/// Builds and reads DOCX (ZIP) packages in memory.
public enum DocxArchive {
    /// Every entry gets the same timestamp (1980-01-01, the first date ZIP can hold), so the same
    /// parts always give the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    public static func zip(_ parts: [DocxPart]) throws -> Data {
        do {
            return try PackageZip.zip(parts.map { ($0.path, $0.data) }, date: fixedDate, permissions: 0o644)
        } catch .create(let error) {
            throw DocxArchiveError(code: .docxZipFailed, message: "Không tạo được tệp nén DOCX: \(error)")
        } catch .entry(let path, let error) {
            throw DocxArchiveError(code: .docxZipFailed, message: "Không ghi được phần “\(path)” vào tệp DOCX: \(error)")
        } catch .finish {
            throw DocxArchiveError(code: .docxZipFailed, message: "Không đọc lại được tệp DOCX vừa tạo.")
        }
    }

    /// Entries in archive order.
    public static func unzip(_ data: Data) throws -> [DocxPart] {
        let archive: PackageArchive.Opened
        do {
            archive = try PackageArchive.open(data)
        } catch {
            throw DocxArchiveError(code: .docxNotAZip, message: "Tệp không phải DOCX hợp lệ (không mở được tệp nén).")
        }
        var parts: [DocxPart] = []
        // Every part is kept, so the cap holds for all of them together, not for each alone.
        var budget = PackagePart.maxSize
        for entry in archive where entry.type == .file {
            do {
                let data = try PackagePart.data(entry, in: archive, limit: budget)
                budget -= data.count
                parts.append(DocxPart(path: entry.path, data: data))
            } catch .tooLarge {
                throw DocxArchiveError(code: .docxTooLarge,
                                       message: "Tệp DOCX quá lớn: phần “\(entry.path)” khi giải nén vượt quá \(PackagePart.maxSizeText).")
            } catch .cancelled {
                throw DocxArchiveError(code: .requestCancelled, message: "Yêu cầu đã bị huỷ.")
            } catch .corrupt(let error) {
                throw DocxArchiveError(code: .docxCorruptEntry, message: "Phần “\(entry.path)” trong tệp DOCX bị hỏng: \(error)")
            }
        }
        return parts
    }
}

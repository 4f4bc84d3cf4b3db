import Foundation
import XaSoCore

/// The outputs of a report, with what HTTP and the file system need to know about each.
enum ReportFormat: String, Sendable, CaseIterable {
    case docx
    case pdf
    case html
    /// The report model itself (sections, paragraphs with ids, narrative texts).
    case json

    init(parsing text: String?) throws {
        let raw = (text ?? "docx").lowercased()
        guard let format = ReportFormat(rawValue: raw) else {
            throw AppError(.invalid, code: .reportFormatInvalid,
                           message: "format '\(raw)' is not one of docx, pdf, html, json",
                           vietnamese: "Định dạng “\(raw)” không hỗ trợ; chọn docx, pdf, html hoặc json.")
        }
        self = format
    }

    var contentType: String {
        switch self {
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: return "application/pdf"
        case .html: return "text/html; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }

    /// The HTML preview opens in the browser; documents are downloaded.
    var disposition: String { self == .html || self == .json ? "inline" : "attachment" }
}

/// File names for a report: a readable Vietnamese one, and an ASCII one for clients that do not
/// read RFC 6266's `filename*`.
enum ReportFileName {
    /// "Báo cáo quarterly-cds 2025-Q3 - xã Gia Phúc.docx".
    static func readable(unit: AdministrativeUnit, kindCode: String, period: ReportingPeriod, format: ReportFormat) -> String {
        "Báo cáo \(kindCode) \(period) - \(ReportUnit(unit).fullName).\(format.rawValue)".precomposedStringWithCanonicalMapping
    }

    /// "bao-cao-quarterly-cds-2025-q3-xa-gia-phuc.docx": letters without diacritics, digits and dashes.
    static func ascii(_ readable: String) -> String {
        let ext = (readable as NSString).pathExtension
        let stem = (readable as NSString).deletingPathExtension
        let words = VietnameseText.folded(stem).lowercased().unicodeScalars.split { scalar in
            !(("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
        }
        let base = words.map { String($0) }.joined(separator: "-")
        return (base.isEmpty ? "bao-cao" : base) + (ext.isEmpty ? "" : "." + ext)
    }

    /// `attachment; filename="bao-cao-….docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…`.
    static func contentDisposition(_ readable: String, disposition: String = "attachment") -> String {
        "\(disposition); filename=\"\(ascii(readable))\"; filename*=UTF-8''\(percentEncoded(readable))"
    }

    /// RFC 5987 attr-chars stay, every other UTF-8 byte is %XX.
    static func percentEncoded(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        var out = ""
        for byte in text.utf8 {
            if allowed.contains(byte) { out.append(Character(UnicodeScalar(byte))) } else { out += String(format: "%%%02X", byte) }
        }
        return out
    }
}

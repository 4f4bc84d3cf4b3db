import Foundation
import XaSoCore
import ZIPFoundation

/// Plain text of a .docx: the paragraphs of its main document part, in order, table cell
/// paragraphs included, for the plan import. Runs are joined; a tab becomes "\t" and a line or
/// page break "\n" inside the paragraph. Deleted revisions, field codes and the fallback copy of
/// drawings are left out. Automatic list numbers (w:numPr) are not rendered: plans type theirs.
public enum DocxTextExtractor {
    /// Non-empty paragraphs of the document. Throws `AppError` `docx.unreadable` or `docx.malformed`.
    /// `maxTotalBytes`: stop with `plan.too_long` once the text kept passes it (the plan import
    /// passes `PlanTextParser.maxTextBytes`, which it would refuse anyway, after parsing it all).
    public static func paragraphs(from data: Data, maxTotalBytes: Int? = nil) throws -> [String] {
        let package = try DocxPackageReader(data)
        let part = try package.mainDocumentPart()
        guard let xml = try package.data(part) else { throw DocxExtractError.missingPart(part) }
        let reader = DocxParagraphReader(part: part, maxTotalBytes: maxTotalBytes,
                                         tooMuch: { AppError.planTooLong(limitBytes: $0) })
        try reader.run(xml)
        return reader.paragraphs
    }

    public static func paragraphs(contentsOf url: URL) throws -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AppError(.invalid, code: .docxUnreadable, message: "cannot read \(url.lastPathComponent)",
                           vietnamese: "Không đọc được tệp “\(url.lastPathComponent)”.")
        }
        return try paragraphs(from: data)
    }

    /// The paragraphs as one text, one paragraph per line: what `PlanTextParser.parse(_:)` reads.
    public static func text(from data: Data) throws -> String {
        try paragraphs(from: data, maxTotalBytes: PlanTextParser.maxTextBytes).joined(separator: "\n")
    }
}

/// The failures of reading a .docx, as `AppError`s.
enum DocxExtractError {
    static func notDocx() -> AppError {
        AppError(.invalid, code: .docxUnreadable,
                 message: "the file is not a Word document (.docx); an old .doc must be saved as .docx first",
                 vietnamese: "Tệp không phải văn bản Word (.docx); tệp .doc cũ cần lưu lại dưới dạng .docx.")
    }

    static func tooLarge(_ part: String) -> AppError {
        AppError(.invalid, code: .docxTooLarge,
                 message: "part \(part) inflates past \(PackagePart.maxSizeText)",
                 vietnamese: "Văn bản Word quá lớn: phần “\(part)” khi giải nén vượt quá \(PackagePart.maxSizeText).")
    }

    static func paragraphTooLong(_ part: String, paragraph: Int, limitBytes: Int) -> AppError {
        let limit = DocumentLimits.describe(bytes: limitBytes)
        return AppError(.invalid, code: .docxParagraphTooLong,
                        message: "paragraph \(paragraph) of \(part) holds more than \(limit) of text",
                        vietnamese: "Văn bản Word có đoạn thứ \(paragraph) quá dài (hơn \(limit)); "
                            + "đây không phải văn bản kế hoạch thông thường.")
    }

    static func missingPart(_ part: String) -> AppError {
        AppError(.invalid, code: .docxUnreadable, message: "the document has no part \(part)",
                 vietnamese: "Văn bản Word bị hỏng: thiếu phần “\(part)”.")
    }

    static func malformed(_ part: String, line: Int) -> AppError {
        AppError(.invalid, code: .docxMalformed, message: "damaged XML in \(part) at line \(line)",
                 vietnamese: "Văn bản Word bị hỏng: nội dung “\(part)” lỗi ở dòng \(line).")
    }
}

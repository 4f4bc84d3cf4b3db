import Foundation

/// What workbook.xml says: the sheets in tab order (hidden ones included, as Excel counts them)
/// and which date system the serial numbers use.
struct XLSXWorkbookInfo {
    struct Sheet { let name: String; let relationshipID: String }
    var sheets: [Sheet] = []
    var date1904 = false
}

final class WorkbookParser: XMLPartParser {
    var info = XLSXWorkbookInfo()

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "workbookPr":
            if let value = attributes["date1904"] { info.date1904 = value == "1" || value == "true" }
        case "sheet":
            // r:id lives in the relationships namespace, whatever prefix the producer chose.
            let rid = attributes.first(where: { $0.key.hasSuffix(":id") })?.value ?? attributes["id"] ?? ""
            info.sheets.append(.init(name: XLSXText.cellString(attributes["name"] ?? ""), relationshipID: rid))
        default:
            break
        }
    }
}

/// The shared-string table. Rich text is the concatenation of its runs' `<t>`; phonetic guides
/// (`<rPh>`, East Asian furigana) are not part of what the cell shows and are skipped.
final class SharedStringsParser: XMLPartParser {
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var collecting = false
    private var phoneticDepth = 0

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "t":
            collecting = inItem && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si":
            strings.append(XLSXText.cellString(current))
            inItem = false
        case "t":
            collecting = false
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    override func text(_ string: String) {
        guard collecting else { return }
        _ = append(string, to: &current, tooLong: SpreadsheetError.cellTooLong(
            row: nil, column: nil, limit: DocumentLimits.describe(bytes: limits.maxTextBytes)))
    }
}

/// Number formats of the cell styles (`cellXfs`), indexed like a cell's `s` attribute.
final class StylesParser: XMLPartParser {
    private var customCodes: [Int: String] = [:]
    private var xfFormatIDs: [Int] = []
    private var inCellXfs = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            xfFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" { inCellXfs = false }
    }

    /// A workbook may redefine a built-in id with its own code; the code then wins.
    var formats: [XLSXNumberFormat] {
        var cache: [Int: XLSXNumberFormat] = [:]
        return xfFormatIDs.map { id in
            if let known = cache[id] { return known }
            let format = customCodes[id].map { XLSXNumberFormat.parse(code: $0) }
                ?? XLSXNumberFormat.builtin(id) ?? .general
            cache[id] = format
            return format
        }
    }
}

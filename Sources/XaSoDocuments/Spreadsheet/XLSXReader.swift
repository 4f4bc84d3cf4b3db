import Foundation

/// Reads one sheet of an .xlsx as the text a person sees in Excel (see `XLSXValueText` for how
/// numbers, percents and dates are written). Parts are found through the package relationships,
/// never by assumed file names, so workbooks saved by Excel, LibreOffice, Google Sheets, openpyxl
/// or in Strict Open XML all read alike. The sheet XML is streamed: memory holds the .xlsx, the
/// sheet's XML text and the resulting table, never a tree of the sheet.
public enum XLSXReader {
    /// - Parameter sheet: position in the workbook's tab order, 0 for the first (hidden sheets count).
    public static func read(_ data: Data, sheet: Int = 0) throws -> SheetTable {
        let workbook = try OpenedWorkbook(data)
        guard !workbook.info.sheets.isEmpty else { throw SpreadsheetError.xlsxNoSheets() }
        guard sheet >= 0, sheet < workbook.info.sheets.count else {
            throw SpreadsheetError.xlsxSheetOutOfRange(sheet, count: workbook.info.sheets.count)
        }
        return try workbook.readSheet(at: sheet)
    }

    /// The sheet whose tab shows `name`. Excel treats sheet names without regard to case, so does
    /// this; an exact match wins if a workbook (not made by Excel) has two names differing in case.
    public static func read(_ data: Data, sheetNamed name: String) throws -> SheetTable {
        let workbook = try OpenedWorkbook(data)
        let names = workbook.info.sheets.map(\.name)
        guard !names.isEmpty else { throw SpreadsheetError.xlsxNoSheets() }
        let wanted = NFCText.normalized(name)
        let folded = wanted.lowercased()
        guard let index = names.firstIndex(of: wanted) ?? names.firstIndex(where: { $0.lowercased() == folded }) else {
            throw SpreadsheetError.xlsxSheetNotFound(wanted, available: names)
        }
        return try workbook.readSheet(at: index)
    }

    /// Sheet names in tab order, so a caller can let the official pick one or find it by name.
    public static func sheetNames(_ data: Data) throws -> [String] {
        try OpenedWorkbook(data).info.sheets.map(\.name)
    }
}

private struct OpenedWorkbook {
    let package: XLSXPackage
    let workbookPart: String
    let info: XLSXWorkbookInfo
    let relationships: [XLSXRelationship]

    init(_ data: Data) throws {
        package = try XLSXPackage(data)
        let root = try package.relationships(of: "")
        // A package without _rels/.rels is damaged, but Excel's own location still finds the workbook.
        workbookPart = root.first(where: { $0.hasType("officeDocument") && !$0.external })?.target ?? "xl/workbook.xml"
        let parser = WorkbookParser(part: workbookPart)
        try parser.run(try package.requiredData(workbookPart))
        info = parser.info
        relationships = try package.relationships(of: workbookPart)
    }

    func readSheet(at index: Int) throws -> SheetTable {
        let entry = info.sheets[index]
        guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }) else {
            let relsPart = XLSXPackage.relationshipsPart(of: workbookPart)
            throw SpreadsheetError.xlsxMissingPart("\(relsPart)#\(entry.relationshipID) của trang \(entry.name)")
        }
        let sheetXML = try package.requiredData(relationship.target)
        let parser = SheetParser(part: relationship.target, sharedStrings: try sharedStrings(),
                                 formats: try formats(), date1904: info.date1904)
        try parser.run(sheetXML)
        return parser.table
    }

    private func sharedStrings() throws -> [String] {
        let part = relatedPart("sharedStrings", fallback: "xl/sharedStrings.xml")
        guard let part, let data = try package.data(part) else {
            if let part, relationships.contains(where: { $0.target == part }) {
                throw SpreadsheetError.xlsxMissingPart(part)
            }
            return []
        }
        let parser = SharedStringsParser(part: part)
        try parser.run(data)
        return parser.strings
    }

    private func formats() throws -> [XLSXNumberFormat] {
        let part = relatedPart("styles", fallback: "xl/styles.xml")
        // Without styles every number is General, which is how Excel shows it too.
        guard let part, let data = try package.data(part) else { return [] }
        let parser = StylesParser(part: part)
        try parser.run(data)
        return parser.formats
    }

    /// A workbook-level part by relationship type; some generators omit the relationship but
    /// still write the part where Excel would.
    private func relatedPart(_ type: String, fallback: String) -> String? {
        if let related = relationships.first(where: { $0.hasType(type) && !$0.external }) { return related.target }
        return package.contains(fallback) ? fallback : nil
    }
}

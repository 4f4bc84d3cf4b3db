import Foundation

/// Reads a unit's procedure catalogue from a table of strings (the CSV/XLSX
/// readers' output; row 1 is the header). All-or-nothing: any problem throws
/// `DossierImportFailure` listing every issue found, and nothing is returned.
public enum ProcedureCatalogParser {
    enum Column: CaseIterable {
        case code, name, field, level, hasFee, onlinePayment
    }

    static let columns: [ImportColumn<Column>] = [
        ImportColumn(key: .code, name: "Mã thủ tục", aliases: ["Mã TTHC", "Mã thủ tục hành chính"]),
        ImportColumn(key: .name, name: "Tên thủ tục", aliases: ["Tên TTHC", "Tên thủ tục hành chính"]),
        ImportColumn(key: .field, name: "Lĩnh vực", aliases: ["Lĩnh vực thủ tục"]),
        ImportColumn(key: .level, name: "Mức độ DVC", aliases: ["Mức độ", "Mức độ DVCTT", "Mức độ dịch vụ công"]),
        ImportColumn(key: .hasFee, name: "Có phí", aliases: ["Có phí, lệ phí", "Phí, lệ phí"]),
        ImportColumn(key: .onlinePayment, name: "Thanh toán trực tuyến", aliases: ["Tích hợp thanh toán trực tuyến"]),
    ]

    /// The header of the import template, in template order.
    public static let headerNames: [String] = columns.map(\.name)

    public static func parse(rows: [[String]]) throws -> [Procedure] {
        var issues = ImportIssueCollector()
        guard let header = rows.first else {
            issues.add(row: 1, column: "", value: "", code: .fileEmpty, .init(
                english: "The catalogue file has no rows (row 1 must be the header).",
                vietnamese: "Tệp danh mục thủ tục không có dòng nào (dòng 1 phải là tiêu đề)."))
            try issues.throwIfAny()
            return []
        }
        guard let map = HeaderMap.resolve(header: header, columns: columns, issues: &issues) else {
            try issues.throwIfAny()
            return []
        }

        var procedures: [Procedure] = []
        var firstRowOfCode: [String: Int] = [:]
        var levels = VocabularyCache(DossierVocabulary.level)
        var flags = VocabularyCache(DossierVocabulary.flag)

        for r in 1..<rows.count {
            let row = rows[r]
            if ImportText.isBlankRow(row) { continue }
            let line = r + 1
            var rowOK = true

            func fail(_ key: Column, _ value: String, _ code: ErrorCode, _ text: ImportText.Message) {
                issues.add(row: line, column: map.name(key), value: value, code: code, text)
                rowOK = false
            }
            func required(_ key: Column) -> String? {
                let text = VietnameseText.normalized(map.cell(row, key))
                if text.isEmpty {
                    fail(key, "", .valueMissing, ImportText.missing(line, map.name(key)))
                    return nil
                }
                return text
            }
            func flag(_ key: Column) -> Bool {
                let raw = map.cell(row, key)
                if let value = flags.value(raw) { return value }
                let shown = VietnameseText.normalized(raw)
                fail(key, shown, .valueInvalid, ImportText.invalid(
                    line, map.name(key), shown, expectedEnglish: DossierVocabulary.flagExpected.english,
                    expectedVietnamese: DossierVocabulary.flagExpected.vietnamese))
                return false
            }

            let code = required(.code)
            let name = required(.name)
            let field = required(.field)
            var level: OnlineServiceLevel?
            if let levelText = required(.level) {
                level = levels.value(levelText)
                if level == nil {
                    fail(.level, levelText, .valueInvalid, ImportText.invalid(
                        line, map.name(.level), levelText, expectedEnglish: DossierVocabulary.levelExpected.english,
                        expectedVietnamese: DossierVocabulary.levelExpected.vietnamese))
                }
            }
            let hasFee = flag(.hasFee)
            let payment = flag(.onlinePayment)
            if rowOK, payment, !hasFee {
                let shown = VietnameseText.normalized(map.cell(row, .onlinePayment))
                fail(.onlinePayment, shown, .paymentWithoutFee, ImportText.cell(
                    line, map.name(.onlinePayment),
                    "\"\(shown)\" but the procedure has no fee (column \"\(map.name(.hasFee))\").",
                    "“\(shown)” nhưng thủ tục không có phí, lệ phí (cột “\(map.name(.hasFee))”)."))
            }
            if let code {
                if let earlier = firstRowOfCode[code] {
                    fail(.code, code, .codeDuplicate, ImportText.cell(
                        line, map.name(.code),
                        "procedure code \"\(code)\" already appears on row \(earlier).",
                        "mã thủ tục “\(code)” trùng với dòng \(earlier)."))
                } else {
                    firstRowOfCode[code] = line
                }
            }
            if issues.isFull { break }
            if rowOK, let code, let name, let field, let level {
                procedures.append(Procedure(code: code, name: name, field: field, level: level,
                                            hasFee: hasFee, onlinePaymentIntegrated: payment))
            }
        }
        try issues.throwIfAny()
        return procedures
    }
}

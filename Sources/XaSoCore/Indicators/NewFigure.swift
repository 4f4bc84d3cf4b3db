import Foundation

/// A figure a province or commune adds for itself (or an admin adds for everyone), as typed on the
/// web form, sent to the API or given to `xaso indicators add`.
public struct NewFigure: Sendable, Codable, Equatable {
    public var code: String
    public var frameworkCode: String
    public var name: String
    public var unit: String
    public var unitKind: String
    public var owners: [String]
    public var sentences: [String]
    /// The province or commune the figure belongs to; nil for everyone (admins only).
    public var scopeUnitCode: String?

    public init(code: String, frameworkCode: String, name: String, unit: String = "", unitKind: String,
                owners: [String] = [], sentences: [String] = [], scopeUnitCode: String? = nil) {
        self.code = code
        self.frameworkCode = frameworkCode
        self.name = name
        self.unit = unit
        self.unitKind = unitKind
        self.owners = owners
        self.sentences = sentences
        self.scopeUnitCode = scopeUnitCode
    }

    /// The kinds a new figure may have: what a report states in a sentence.
    public static let kinds: [UnitKind] = [.count, .percent, .yesNo, .text, .index]

    /// Checks the definition against the catalogue it joins; every problem named by its field.
    /// Returns the indicator to store.
    public func validated(existingCodes: Set<String>, frameworkCodes: Set<String>) throws(AppError) -> Indicator {
        var issues: [ImportIssue] = []
        func fail(_ field: String, _ value: String, _ code: ErrorCode, _ message: String) {
            issues.append(ImportIssue(row: 1, field: field, value: value, code: code, message: message))
        }
        let code = self.code.trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")
        if code.isEmpty || code.count > 40 || code.unicodeScalars.contains(where: { !allowed.contains($0) }) {
            fail("code", code, .indicatorCodeInvalid,
                 "mã số liệu chỉ gồm chữ không dấu, số và . - _ (tối đa 40 ký tự), ví dụ: XS-CDS.31 hoặc NGHIDUONG.01.")
        } else if existingCodes.contains(code) {
            fail("code", code, .indicatorCodeTaken, "mã \(code) đã có trong danh mục.")
        }
        if !frameworkCodes.contains(frameworkCode) {
            fail("framework", frameworkCode, .frameworkUnknown, "không có bộ chỉ tiêu \(frameworkCode).")
        }
        let name = VietnameseText.normalized(self.name)
        if name.isEmpty || name.count > 300 {
            fail("name", name, .indicatorNameInvalid, "tên số liệu không được trống và dài tối đa 300 ký tự.")
        }
        let kind = UnitKind(rawValue: unitKind)
        if kind == nil || !Self.kinds.contains(kind!) {
            fail("unit_kind", unitKind, .unitKindInvalid,
                 "loại số liệu phải là một trong: \(Self.kinds.map(\.rawValue).joined(separator: ", ")).")
        }
        let owners = self.owners.map(VietnameseText.normalized)
        if owners.contains(where: \.isEmpty) {
            fail("owner", "", .indicatorOwnerEmpty, "tên cơ quan chủ trì không được để trống.")
        }
        let sentences = self.sentences.map(VietnameseText.normalized).filter { !$0.isEmpty }
        if let kind {
            if kind == .yesNo && sentences.count == 1 {
                fail("sentence", sentences[0], .sentenceYesNoPair,
                     "số liệu có/không cần hai câu: câu thứ nhất khi có, câu thứ hai khi không.")
            }
            for sentence in sentences {
                let bad = FigureSentence.problems(sentence, unitKind: kind)
                if !bad.isEmpty {
                    fail("sentence", sentence, .sentenceUnknownVariable,
                         "câu có biến không dùng được: \(bad.joined(separator: ", ")); dùng {value}, {numerator}, {denominator}, {change}, {ky}, {cap_xa}…")
                }
            }
        }
        guard issues.isEmpty, let kind else {
            throw AppError(.invalid, code: issues.first?.code ?? .indicatorInvalid,
                           message: "the figure cannot be added: " + issues.map { "\($0.field) (\($0.value)): \($0.code)" }.joined(separator: "; "),
                           vietnamese: "Không thêm được số liệu: " + issues.map(\.message).joined(separator: " "),
                           issues: issues)
        }
        return Indicator(code: code, frameworkCode: frameworkCode, number: code.split(separator: ".").last.map(String.init) ?? code,
                         group: nil, name: name, unit: VietnameseText.normalized(unit), unitKind: kind, direction: .higher,
                         owners: owners, sentences: sentences, scopeUnitCode: scopeUnitCode)
    }
}

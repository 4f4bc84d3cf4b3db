import Foundation

/// The report kinds a deployment offers: the built-in ones and any a province adds as JSON.
public struct ReportKindRegistry: Sendable, Equatable {
    public private(set) var kinds: [ReportKindDefinition]

    /// Checks every definition (see `validate`); codes must be unique.
    public init(kinds: [ReportKindDefinition]) throws(AppError) {
        var seen = Set<String>()
        for kind in kinds {
            try Self.validate(kind)
            guard seen.insert(kind.code).inserted else {
                throw AppError(.conflict, code: .reportKindDuplicate,
                               message: "report kind code '\(kind.code)' is defined twice",
                               vietnamese: "Mã loại báo cáo “\(kind.code)” bị khai báo hai lần.")
            }
        }
        self.kinds = kinds
    }

    private init(trusted kinds: [ReportKindDefinition]) {
        self.kinds = kinds
    }

    /// The kinds modelled on the reference reports, and the province's report on its communes.
    public static let builtIn = ReportKindRegistry(trusted: BuiltInReportKinds.all)

    public func kind(_ code: String) throws(AppError) -> ReportKindDefinition {
        guard let kind = kinds.first(where: { $0.code == code }) else {
            throw AppError(.notFound, code: .reportKindNotFound,
                           message: "report kind '\(code)' does not exist; known: \(kinds.map(\.code).joined(separator: ", "))",
                           vietnamese: "Không có loại báo cáo “\(code)”. Các loại hiện có: \(kinds.map(\.code).joined(separator: ", ")).")
        }
        return kind
    }

    /// Adds kinds, replacing any with the same code (a province may reword a built-in kind).
    public func adding(_ more: [ReportKindDefinition]) throws(AppError) -> ReportKindRegistry {
        let codes = Set(more.map(\.code))
        return try ReportKindRegistry(kinds: kinds.filter { !codes.contains($0.code) } + more)
    }

    /// Reads a province's kinds: one definition or an array of them, as JSON.
    public static func decodeKinds(from data: Data) throws(AppError) -> [ReportKindDefinition] {
        let decoder = JSONDecoder()
        do {
            if let many = try? decoder.decode([ReportKindDefinition].self, from: data) { return many }
            return [try decoder.decode(ReportKindDefinition.self, from: data)]
        } catch {
            throw AppError(.invalid, code: .reportKindInvalidJson,
                           message: "the report kind file is not valid: \(error)",
                           vietnamese: "Tệp khai báo loại báo cáo không đúng định dạng: \(error.localizedDescription)")
        }
    }

    /// One line per kind, for `xaso report kinds` and the API.
    public var listing: [ReportKindSummary] { kinds.map(ReportKindSummary.init) }

    /// The listing as pretty-printed JSON with sorted keys.
    public func listingJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        return (try? encoder.encode(listing)) ?? Data("[]".utf8)
    }

    /// What a kind must satisfy for the builder to use it: a code of lower-case letters, digits
    /// and dashes, periods to write it for, unique section ids, heading levels 0–4, each
    /// content item exactly one of text/dash/generate, known generators and variables.
    public static func validate(_ kind: ReportKindDefinition) throws(AppError) {
        func fail(_ code: ErrorCode, _ message: String, _ vietnamese: String) -> AppError {
            AppError(.invalid, code: code, message: "report kind '\(kind.code)': \(message)", vietnamese: vietnamese)
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard !kind.code.isEmpty, kind.code.allSatisfy({ allowed.contains($0) }) else {
            throw fail(.reportKindInvalidCode, "the code may hold only a-z, 0-9 and '-'",
                       "Mã loại báo cáo “\(kind.code)” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang.")
        }
        guard !kind.periodKinds.isEmpty else {
            throw fail(.reportKindNoPeriods, "no period kinds", "Loại báo cáo “\(kind.code)” chưa khai báo kỳ báo cáo.")
        }
        let dummy = Dictionary(uniqueKeysWithValues: ReportVariables.names.map { ($0, "x") })
        func check(_ text: String) throws(AppError) { _ = try ReportVariables.fill(text, dummy) }
        for line in kind.summary + kind.recipients { try check(line) }
        if let closing = kind.closing { try check(closing) }
        var ids = Set<String>()
        for section in kind.sections {
            guard ids.insert(section.id).inserted, !section.id.isEmpty, section.id != "ket-thuc" else {
                throw fail(.reportKindDuplicateSection, "section id '\(section.id)' is empty, reserved or repeated",
                           "Mục “\(section.id)” của loại báo cáo “\(kind.code)” trống, trùng hoặc dùng mã dành riêng.")
            }
            guard (0...4).contains(section.level) else {
                throw fail(.reportKindSectionLevel, "section '\(section.id)' has level \(section.level)",
                           "Mục “\(section.id)” có cấp \(section.level); cấp hợp lệ từ 0 đến 4.")
            }
            if let title = section.title { try check(title) }
            for item in section.content {
                // A figures item may carry an empty dash: it asks for dash lines.
                let kinds = item.figures != nil
                    ? 1 + [item.text, item.generate].compactMap { $0 }.count + ((item.dash ?? "").isEmpty ? 0 : 1)
                    : [item.text, item.dash, item.generate].compactMap { $0 }.count
                guard kinds == 1 else {
                    throw fail(.reportKindContent, "an item of section '\(section.id)' must have exactly one of text, dash, generate, figures",
                               "Mỗi nội dung của mục “\(section.id)” phải có đúng một trong: text, dash, generate, figures.")
                }
                if let figures = item.figures, figures.isEmpty || figures.contains(where: { $0.isEmpty }) {
                    throw fail(.reportKindContent, "section '\(section.id)' lists no figure codes or an empty one",
                               "Mục “\(section.id)” có danh sách số liệu trống hoặc có mã trống.")
                }
                if item.figures == nil, let text = item.text ?? item.dash { try check(text) }
                if let code = item.generate, ReportGenerator(rawValue: code) == nil {
                    throw unknownGenerator(code, kind: kind.code)
                }
            }
        }
    }

    static func unknownGenerator(_ code: String, kind: String) -> AppError {
        let known = ReportGenerator.allCases.map(\.rawValue).joined(separator: ", ")
        return AppError(.invalid, code: .reportKindUnknownGenerator,
                        message: "report kind '\(kind)' uses unknown generator '\(code)'; known: \(known)",
                        vietnamese: "Loại báo cáo “\(kind)” dùng phần tự động “\(code)” không tồn tại. Các phần hợp lệ: \(known).")
    }
}

/// A kind as `xaso report kinds` lists it.
public struct ReportKindSummary: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var description: String
    /// "quarter", "half_year" …
    public var periodKinds: [String]
    /// The generated parts, in outline order.
    public var generators: [String]
    /// Top-level headings without numbers.
    public var outline: [String]
    /// "commune" or "province": the level of unit that issues it.
    public var unitLevel: String

    public init(_ kind: ReportKindDefinition) {
        code = kind.code
        name = kind.name
        description = kind.description
        periodKinds = kind.periodKinds.map(\.rawValue)
        var seen: [String] = []
        for code in kind.sections.flatMap({ $0.content.compactMap(\.generate) }) where !seen.contains(code) {
            seen.append(code)
        }
        generators = seen
        outline = kind.sections.filter { $0.level <= 1 }.compactMap(\.title)
        unitLevel = kind.unitLevel.rawValue
    }
}

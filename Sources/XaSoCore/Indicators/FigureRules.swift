import Foundation

/// What a stored figure may be, by the indicator's unit kind. Every way a figure comes in — an
/// import file, the API, the web entry form, a figure computed from the ledger — is checked
/// here, so no path can store a number that a report, a chart or JSON cannot show.
public enum FigureRules {
    /// Larger than any count a commune or the country reports (40 million dossiers a year), yet far
    /// inside what a Double holds exactly and what every formatter and database column takes.
    public static let maxMagnitude = 1e12
    /// A note is a cause or a short explanation, not a document.
    public static let maxNoteLength = 2_000
    /// "Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh …" fits many times over.
    public static let maxReportingBodyLength = 300
    /// A text figure is a list of document numbers or providers, not a section of the report.
    public static let maxTextLength = 1_000

    /// One thing wrong with a figure: the field it concerns and both languages' wording.
    public struct Problem: Sendable, Equatable {
        public var field: String
        public var code: ErrorCode
        public var english: String
        public var vietnamese: String
    }

    /// Every problem of one figure; empty when it may be stored.
    public static func problems(of value: IndicatorValue, unitKind: UnitKind) -> [Problem] {
        var found: [Problem] = []
        if let p = problem(number: value.value.number, unitKind: unitKind) { found.append(p) }
        if let text = value.value.text, text.count > maxTextLength {
            found.append(Problem(field: "value", code: .valueTooLong,
                                 english: "the text has \(text.count) characters; at most \(maxTextLength)",
                                 vietnamese: "nội dung dài \(text.count) ký tự, tối đa \(maxTextLength) ký tự"))
        }
        if unitKind == .text, value.value.text?.hasPrefix("=") == true {
            found.append(Problem(field: "value", code: .valueFormula,
                                 english: "a text figure cannot start with \"=\" (spreadsheets read it as a formula)",
                                 vietnamese: "nội dung không được bắt đầu bằng dấu \"=\" (Excel sẽ coi là công thức)"))
        }
        found += fractionProblems(numerator: value.numerator, denominator: value.denominator, unitKind: unitKind)
        if let note = value.note, note.count > maxNoteLength {
            found.append(Problem(field: "note", code: .noteTooLong,
                                 english: "the note has \(note.count) characters; at most \(maxNoteLength)",
                                 vietnamese: "ghi chú dài \(note.count) ký tự, tối đa \(maxNoteLength) ký tự"))
        }
        if let body = value.reportingBody, body.count > maxReportingBodyLength {
            found.append(Problem(field: "reporting_body", code: .reportingBodyTooLong,
                                 english: "the reporting body has \(body.count) characters; at most \(maxReportingBodyLength)",
                                 vietnamese: "tên đơn vị báo cáo dài \(body.count) ký tự, tối đa \(maxReportingBodyLength) ký tự"))
        }
        return found
    }

    /// The range of the figure itself: finite and bounded for every kind, 0–100 for a percent,
    /// a whole number from 1 for a rank, never negative for counts and indices.
    public static func problem(number: Double, unitKind: UnitKind) -> Problem? {
        guard number.isFinite, abs(number) <= maxMagnitude else {
            return Problem(field: "value", code: .valueOutOfRange,
                           english: "the value is too large (at most \(VietnameseFormat.number(maxMagnitude)) in size)",
                           vietnamese: "giá trị quá lớn (tối đa \(VietnameseFormat.number(maxMagnitude)))")
        }
        switch unitKind {
        case .percent where !(0...100).contains(number):
            return Problem(field: "value", code: .valueOutOfRange,
                           english: "a percentage must lie between 0 and 100",
                           vietnamese: "tỷ lệ phần trăm phải từ 0 đến 100")
        case .rank where number < 1 || number != number.rounded():
            return Problem(field: "value", code: .valueOutOfRange,
                           english: "a rank is a whole number from 1",
                           vietnamese: "thứ hạng phải là số nguyên từ 1 trở lên")
        case .yesNo where number != 0 && number != 1:
            return Problem(field: "value", code: .valueOutOfRange,
                           english: "a yes/no figure is 1 (yes) or 0 (no)",
                           vietnamese: "chỉ tiêu có/không chỉ nhận Có hoặc Không")
        case .count where number < 0, .index where number < 0:
            return Problem(field: "value", code: .valueOutOfRange,
                           english: "the value cannot be negative",
                           vietnamese: "giá trị không được âm")
        default:
            return nil
        }
    }

    /// "15/20" and the numerator/denominator columns: both counts, the denominator above zero,
    /// and for a share the part no larger than the whole.
    public static func fractionProblems(numerator: Double?, denominator: Double?, unitKind: UnitKind) -> [Problem] {
        var found: [Problem] = []
        for (field, number) in [("numerator", numerator), ("denominator", denominator)] {
            guard let number else { continue }
            if !number.isFinite || number < 0 || number > maxMagnitude {
                found.append(Problem(field: field, code: field == "numerator" ? .numeratorOutOfRange : .denominatorOutOfRange,
                                     english: "the \(field) must be a number from 0 to \(VietnameseFormat.number(maxMagnitude))",
                                     vietnamese: "\(field == "numerator" ? "tử số" : "mẫu số") phải là số từ 0 đến \(VietnameseFormat.number(maxMagnitude))"))
            }
        }
        guard found.isEmpty else { return found }
        if let denominator, denominator == 0 {
            found.append(Problem(field: "denominator", code: .denominatorZero,
                                 english: "the denominator cannot be 0", vietnamese: "mẫu số không được bằng 0"))
        }
        if let numerator, let denominator, denominator > 0, unitKind == .percent, numerator > denominator {
            found.append(Problem(field: "numerator", code: .numeratorAboveDenominator,
                                 english: "the numerator (\(VietnameseFormat.number(numerator))) is larger than the denominator (\(VietnameseFormat.number(denominator)))",
                                 vietnamese: "tử số (\(VietnameseFormat.number(numerator))) lớn hơn mẫu số (\(VietnameseFormat.number(denominator)))"))
        }
        return found
    }
}

extension FigureRules {
    /// A target's numbers obey the same range as the figures judged against it: "150%" or
    /// "99999999999999999999%" for a share is refused, as a figure of 150% is. "Top N" is a rank.
    public static func targetProblem(_ target: Target, unitKind: UnitKind) -> Problem? {
        let numbers: [(Double, UnitKind)]
        switch target.comparison {
        case .reach(let v), .atLeast(let v), .above(let v), .atMost(let v), .below(let v), .approximately(let v):
            numbers = [(v, unitKind)]
        case .range(let lo, let hi):
            numbers = [(lo, unitKind), (hi, unitKind)]
        case .top(let n, _):
            numbers = [(Double(n), .rank)]
        case .none, .qualitative:
            numbers = []
        }
        for (number, kind) in numbers {
            if let p = problem(number: number, unitKind: kind) {
                return Problem(field: "target", code: .targetOutOfRange,
                               english: "target '\(target.text)': \(p.english)", vietnamese: "mục tiêu “\(target.text)”: \(p.vietnamese)")
            }
        }
        return nil
    }
}

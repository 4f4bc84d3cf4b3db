import Foundation

/// What a cell's number format means for the text a reader should produce. Only the kinds that
/// change what a person reads are told apart: a percent (0.85 is seen as "85%") and a date or
/// time (46031 is seen as a day). Every other format (thousands separators, currency, fixed
/// decimals) yields the plain number, which is what an import wants.
enum XLSXNumberFormat: Sendable, Equatable {
    case general
    case percent(minFraction: Int, maxFraction: Int)
    case dateTime(DateTimeLayout)

    enum DateTimeLayout: Sendable, Equatable {
        case date
        case dateTime(seconds: Bool)
        case time(seconds: Bool, elapsedHours: Bool)
        /// East Asian built-ins whose meaning depends on the workbook's locale: the date, plus
        /// the time when there is one.
        case dateWithOptionalTime
    }

    /// Built-in ids (ECMA-376 Part 1, 18.8.30) that are percents, dates or times.
    static func builtin(_ id: Int) -> XLSXNumberFormat? {
        switch id {
        case 9: return .percent(minFraction: 0, maxFraction: 0)
        case 10: return .percent(minFraction: 2, maxFraction: 2)
        case 14...17: return .dateTime(.date)
        case 18, 20: return .dateTime(.time(seconds: false, elapsedHours: false))
        case 19, 21, 45, 47: return .dateTime(.time(seconds: true, elapsedHours: false))
        case 22: return .dateTime(.dateTime(seconds: false))
        case 46: return .dateTime(.time(seconds: true, elapsedHours: true))
        case 27...36, 50...58: return .dateTime(.dateWithOptionalTime)
        default: return nil
        }
    }

    /// Classifies a format code such as `0.0%`, `dd/mm/yyyy hh:mm`, `[$-F800]dddd, mmmm dd, yyyy`
    /// or `#,##0 "đ"`. Only the first section (positive numbers) decides, as in Excel.
    static func parse(code: String) -> XLSXNumberFormat {
        var tokens = ""  // the code with quoted text, escapes, fills and [brackets] removed
        var elapsedHours = false, elapsedOther = false
        var percent = false
        var minFraction = 0, maxFraction = 0
        var inFraction = false
        var fractionClosed = false

        var scalars = Array(code.unicodeScalars)[...]
        scanning: while let c = scalars.popFirst() {
            switch c {
            case ";":
                break scanning
            case "\"":
                while let q = scalars.popFirst(), q != "\"" {}
                if inFraction { fractionClosed = true }
            case "\\", "_", "*":
                _ = scalars.popFirst()
                if inFraction { fractionClosed = true }
            case "[":
                var inside = ""
                while let b = scalars.popFirst(), b != "]" { inside.unicodeScalars.append(b) }
                let lower = inside.lowercased()
                if !lower.isEmpty, lower.allSatisfy({ $0 == "h" }) { elapsedHours = true }
                if !lower.isEmpty, lower.allSatisfy({ $0 == "m" }) || lower.allSatisfy({ $0 == "s" }) {
                    elapsedOther = true
                }
            case "%":
                percent = true
                if inFraction { fractionClosed = true }
            case ".":
                if !fractionClosed { inFraction = true }
                tokens.unicodeScalars.append(c)
            case "0", "#", "?":
                if inFraction && !fractionClosed {
                    maxFraction += 1
                    if c == "0" { minFraction += 1 }
                }
                tokens.unicodeScalars.append(c)
            default:
                if inFraction { fractionClosed = true }
                tokens.unicodeScalars.append(c)
            }
        }

        var lower = tokens.lowercased()
        for marker in ["am/pm", "a/p"] { lower = lower.replacingOccurrences(of: marker, with: "") }
        let hasY = lower.contains("y"), hasD = lower.contains("d"), hasM = lower.contains("m")
        let hasH = lower.contains("h") || elapsedHours
        let hasS = lower.contains("s")
        let hasTime = hasH || hasS || elapsedOther
        // A lone "m" beside hours or seconds is minutes; otherwise it is a month.
        let hasDate = hasY || hasD || (hasM && !hasH && !hasS && !elapsedOther)

        if hasDate && hasTime { return .dateTime(.dateTime(seconds: hasS)) }
        if hasDate { return .dateTime(.date) }
        if hasTime { return .dateTime(.time(seconds: hasS, elapsedHours: elapsedHours)) }
        if percent { return .percent(minFraction: minFraction, maxFraction: maxFraction) }
        return .general
    }
}

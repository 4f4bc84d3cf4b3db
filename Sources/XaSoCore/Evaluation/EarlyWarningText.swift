import Foundation

/// The sentence an early warning explains itself with, as an official would say it:
/// "Hiện đạt 35% (quý III/2025), tăng bình quân 2,5 điểm phần trăm mỗi quý; cần tăng 7,5 điểm mỗi
/// quý để đạt trên 50% vào 31/12/2025; dự báo đạt 37,5%."
enum EarlyWarningText {
    static func explanation(_ w: EarlyWarning, indicator: Indicator, goalDirection: Direction) -> String {
        guard let latest = w.latest, let year = w.milestoneYear, let target = w.target else { return "" }
        let kind = indicator.unitKind
        let deadline = "31/12/\(year)"
        let goal = goalPhrase(target, kind: kind)
        var head = (kind == .rank ? "Hiện xếp thứ " : "Hiện đạt ")
            + MeasuredValue(number: latest.value, approximate: latest.approximate).formatted(unitKind: kind)
            + " (\(ReportWording.periodShortName(latest.period)))"
        if w.status == .alreadyMet { head += ", đã đạt mục tiêu \(goal)" }
        guard let pace = w.pacePerQuarter, let projected = w.projected else {
            if w.status == .alreadyMet { return head + "." }
            if w.status == .atRisk { return head + "; đã đến mốc \(deadline) mà chưa đạt \(goal)." }
            return head + "; cần số liệu của ít nhất hai kỳ để dự báo khả năng đạt \(goal) vào \(deadline)."
        }
        var parts = [head + ", " + paceClause(pace, kind: kind, unit: indicator.unit)]
        let showsNeeded = w.neededPerQuarter != nil && w.status != .alreadyMet
        if let needed = w.neededPerQuarter, showsNeeded {
            parts.append(neededClause(needed, goalDirection: goalDirection, kind: kind, unit: indicator.unit)
                         + " để đạt \(goal) vào \(deadline)")
        } else if w.status == .atRisk {
            parts.append("đã đến mốc \(deadline) mà chưa đạt \(goal)")
        }
        let forecast = MeasuredValue(number: projected).formatted(unitKind: kind)
        // At the milestone itself the forecast is the figure already stated.
        if (w.quartersLeft ?? 0) > 0 { parts.append((kind == .rank ? "dự báo xếp thứ " : "dự báo đạt ") + forecast
                     + (showsNeeded ? "" : " vào \(deadline)")) }
        return parts.joined(separator: "; ") + "."
    }

    static func sign(_ d: Direction) -> Double { d == .higher ? 1 : -1 }

    /// "tăng bình quân 2,5 điểm phần trăm mỗi quý", "cải thiện bình quân 2,25 bậc mỗi quý", "không đổi".
    static func paceClause(_ pace: Double, kind: UnitKind, unit: String) -> String {
        let amount = rounded(abs(pace))
        if amount == "0" { return "không đổi qua các kỳ" }
        return "\(verb(pace, kind: kind)) bình quân \(amount)\(unitWord(kind, unit: unit, long: true)) mỗi quý"
    }

    /// "cần tăng 7,5 điểm mỗi quý"; when the figure may even fall and still make it,
    /// "chỉ được giảm tối đa 2,5 điểm mỗi quý".
    static func neededClause(_ needed: Double, goalDirection: Direction, kind: UnitKind, unit: String) -> String {
        let amount = rounded(abs(needed))
        let word = unitWord(kind, unit: unit, long: false)
        if amount == "0" { return "cần giữ mức hiện tại" }
        if needed * sign(goalDirection) > 0 { return "cần \(verb(needed, kind: kind)) \(amount)\(word) mỗi quý" }
        return "chỉ được \(verb(needed, kind: kind)) tối đa \(amount)\(word) mỗi quý"
    }

    /// A rank going down is a place won ("cải thiện"), going up a place lost ("tụt").
    static func verb(_ delta: Double, kind: UnitKind) -> String {
        if kind == .rank { return delta < 0 ? "cải thiện" : "tụt" }
        return delta > 0 ? "tăng" : "giảm"
    }

    /// " điểm phần trăm" (then " điểm"), " bậc", " điểm", a count's own unit in lower case.
    static func unitWord(_ kind: UnitKind, unit: String, long: Bool) -> String {
        switch kind {
        case .percent: return long ? " điểm phần trăm" : " điểm"
        case .rank: return " bậc"
        case .index: return " điểm"
        default:
            let word = unit.trimmingCharacters(in: .whitespaces)
            guard word.contains(where: \.isLetter) else { return "" }
            return " " + word.prefix(1).lowercased() + word.dropFirst()
        }
    }

    /// "trên 50%", "từ 80% trở lên", "khoảng 15%", "thứ hạng dưới 70": what follows "đạt".
    static func goalPhrase(_ target: Target, kind: UnitKind) -> String {
        func f(_ v: Double) -> String { MeasuredValue(number: v).formatted(unitKind: kind) }
        let phrase: String
        switch target.comparison {
        case .reach(let v): phrase = f(v)
        case .atLeast(let v): phrase = "từ \(f(v)) trở lên"
        case .above(let v): phrase = "trên \(f(v))"
        case .atMost(let v): phrase = "không quá \(f(v))"
        case .below(let v): phrase = "dưới \(f(v))"
        case .range(let lo, let hi): phrase = "từ \(f(lo)) đến \(f(hi))"
        case .approximately(let v): phrase = "khoảng \(f(v))"
        case .top(let n, _): phrase = "trong top \(n)"
        case .none, .qualitative: phrase = target.text
        }
        return (kind == .rank ? "thứ hạng " : "") + phrase
    }

    /// Paces to two decimals, Vietnamese style ("2,25"); whole when whole ("15").
    static func rounded(_ v: Double) -> String { VietnameseFormat.number(v, maxFractionDigits: 2) }
}

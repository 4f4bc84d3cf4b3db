import Foundation

/// The checks behind data-quality flags: pure functions over stored figures, so the web page, the
/// API and the CLI flag the same figures for the same reasons. Thresholds and why: docs/quality.md.
public enum DataQualityRules {
    /// A share moving more than this many percentage points in one period is worth a second look:
    /// the reference reports' shares move a few points a quarter; 30 is beyond any real campaign
    /// and catches the usual slips (a count typed as a percent, 8 typed for 80).
    public static let percentJumpPoints = 30.0
    /// A count or index growing past 3 times, or falling below a third, of the previous period's…
    public static let countJumpFactor = 3.0
    /// …by at least this much: small counts (1 → 4 meetings) jump without anything being wrong.
    public static let countJumpMinimumChange = 10.0
    /// Entered and ledger shares may differ by rounding, a late dossier or a different cut-off day;
    /// more than 5 points is another figure.
    public static let ledgerTolerancePoints = 5.0

    /// Every flag of the figures of one period. `values` are the period's figures of every commune
    /// compared (a province's, for outliers), `previous` those of the period before, `ledger` each
    /// commune's dossier-ledger shares by indicator. Only the figures of `unitCodes` are flagged (all
    /// when nil), ordered by unit, indicator, then kind.
    public static func flags(values: [IndicatorValue], previous: [IndicatorValue], unitKinds: [String: UnitKind],
                             ledger: [String: [DossierIndicatorFigure]] = [:],
                             unitCodes: Set<String>? = nil) -> [DataQualityFlag] {
        func wanted(_ v: IndicatorValue) -> Bool { unitCodes?.contains(v.unitCode) ?? true }
        var before: [String: [String: IndicatorValue]] = [:]
        for v in previous { before[v.unitCode, default: [:]][v.indicatorCode] = v }
        var found: [DataQualityFlag] = []
        for v in values where wanted(v) {
            guard let kind = unitKinds[v.indicatorCode] else { continue }
            found += rangeFlags(v, unitKind: kind)
            if let j = jumpFlag(v, previous: before[v.unitCode]?[v.indicatorCode], unitKind: kind) { found.append(j) }
            if let figure = ledger[v.unitCode]?.first(where: { $0.indicatorCode == v.indicatorCode }),
               let l = ledgerFlag(v, ledger: figure) { found.append(l) }
        }
        found += outlierFlags(values, unitKinds: unitKinds).filter { unitCodes?.contains($0.unitCode) ?? true }
        let order = Dictionary(uniqueKeysWithValues: DataQualityKind.allCases.enumerated().map { ($1, $0) })
        return found.sorted {
            ($0.unitCode, $0.indicatorCode, order[$0.kind] ?? 0) < ($1.unitCode, $1.indicatorCode, order[$1.kind] ?? 0)
        }
    }

    /// "87%" for a percent, "1.250" otherwise.
    static func show(_ x: Double, _ kind: UnitKind) -> String {
        kind == .percent ? VietnameseFormat.percent(x) : VietnameseFormat.number(x, maxFractionDigits: 2)
    }

    /// A percent outside 0–100 and a numerator above its denominator: what `FigureRules` refuses
    /// now, still flagged on figures stored before it did.
    public static func rangeFlags(_ v: IndicatorValue, unitKind: UnitKind) -> [DataQualityFlag] {
        guard unitKind == .percent else { return [] }
        let x = v.value.number
        var found: [DataQualityFlag] = []
        if !(0...100).contains(x) {
            found.append(DataQualityFlag(kind: .percentOutOfRange, unitCode: v.unitCode, indicatorCode: v.indicatorCode,
                                         period: v.period, value: x,
                                         reason: "Tỷ lệ \(show(x, .percent)) nằm ngoài khoảng 0–100%."))
        }
        if let n = v.numerator, let d = v.denominator, d > 0, n > d {
            found.append(DataQualityFlag(kind: .numeratorAboveDenominator, unitCode: v.unitCode,
                                         indicatorCode: v.indicatorCode, period: v.period, value: x,
                                         reason: "Tử số (\(VietnameseFormat.number(n))) lớn hơn mẫu số (\(VietnameseFormat.number(d))).",
                                         detail: ["numerator": n, "denominator": d]))
        }
        return found
    }

    /// A move since the previous period of the same kind: more than `percentJumpPoints` points for a
    /// share; for a count or an index, past `countJumpFactor` times either way by at least
    /// `countJumpMinimumChange`. Ranks, yes/no and text are not compared; nor is a first figure.
    public static func jumpFlag(_ v: IndicatorValue, previous: IndicatorValue?, unitKind: UnitKind) -> DataQualityFlag? {
        guard let previous, previous.period == v.period.previous else { return nil }
        let x = v.value.number, p = previous.value.number
        let since = v.period.previous.vietnameseName
        let detail = ["previous": p, "change": x - p]
        switch unitKind {
        case .percent:
            guard abs(x - p) > percentJumpPoints else { return nil }
            let (verb, to) = x > p ? ("Tăng", "lên") : ("Giảm", "xuống")
            return DataQualityFlag(
                kind: .jump, unitCode: v.unitCode, indicatorCode: v.indicatorCode, period: v.period, value: x,
                reason: "\(verb) \(VietnameseFormat.number(abs(x - p))) điểm phần trăm so với \(since) (từ \(show(p, .percent)) \(to) \(show(x, .percent))), vượt ngưỡng \(VietnameseFormat.number(percentJumpPoints)) điểm.",
                detail: detail)
        case .count, .index:
            guard p > 0, abs(x - p) >= countJumpMinimumChange,
                  x > p * countJumpFactor || x < p / countJumpFactor else { return nil }
            let factor = VietnameseFormat.number(x > p ? x / p : p / max(x, .leastNonzeroMagnitude), maxFractionDigits: 1)
            let how = x > p ? "gấp \(factor) lần" : (x == 0 ? "về 0" : "giảm còn 1/\(factor)")
            return DataQualityFlag(
                kind: .jump, unitCode: v.unitCode, indicatorCode: v.indicatorCode, period: v.period, value: x,
                reason: "Từ \(show(p, unitKind)) (\(since)) thành \(show(x, unitKind)), \(how); ngưỡng kiểm tra: tăng hoặc giảm quá \(VietnameseFormat.number(countJumpFactor)) lần.",
                detail: detail)
        case .rank, .text, .yesNo:
            return nil
        }
    }

    /// For each indicator (shares, counts, indices), the communes whose figure has a modified z-score
    /// beyond `ModifiedZScore.threshold` among all communes with a figure — at least five.
    public static func outlierFlags(_ values: [IndicatorValue], unitKinds: [String: UnitKind]) -> [DataQualityFlag] {
        var byIndicator: [String: [IndicatorValue]] = [:]
        for v in values { byIndicator[v.indicatorCode, default: []].append(v) }
        var found: [DataQualityFlag] = []
        for (code, list) in byIndicator {
            guard let kind = unitKinds[code], kind == .percent || kind == .count || kind == .index,
                  let result = ModifiedZScore.scores(list.map(\.value.number)) else { continue }
            for (v, score) in zip(list, result.scores) where abs(score) > ModifiedZScore.threshold {
                let x = v.value.number
                found.append(DataQualityFlag(
                    kind: .outlier, unitCode: v.unitCode, indicatorCode: code, period: v.period, value: x,
                    reason: "\(show(x, kind)) khác xa các xã khác trong tỉnh: trung vị \(show(result.median, kind)) của \(list.count) xã có số liệu, điểm z hiệu chỉnh \(VietnameseFormat.number(score, maxFractionDigits: 1)) (ngưỡng ±\(VietnameseFormat.number(ModifiedZScore.threshold))).",
                    detail: ["median": result.median, "mad": result.mad, "score": (score * 1000).rounded() / 1000,
                             "count": Double(list.count)]))
            }
        }
        return found
    }

    /// An entered share more than `ledgerTolerancePoints` away from the share the commune's own
    /// dossier ledger gives for the same indicator and period (none when the ledger has no dossier).
    public static func ledgerFlag(_ v: IndicatorValue, ledger: DossierIndicatorFigure) -> DataQualityFlag? {
        guard ledger.indicatorCode == v.indicatorCode, let l = ledger.value else { return nil }
        let x = v.value.number
        let gap = abs(x - l)
        guard gap > ledgerTolerancePoints else { return nil }
        let counts = "\(VietnameseFormat.count(ledger.numerator))/\(VietnameseFormat.count(ledger.denominator)) hồ sơ"
        return DataQualityFlag(
            kind: .ledgerMismatch, unitCode: v.unitCode, indicatorCode: v.indicatorCode, period: v.period, value: x,
            reason: "Nhập \(show(x, .percent)), sổ theo dõi hồ sơ cho \(show(l, .percent)) (\(counts)); chênh \(VietnameseFormat.number(gap)) điểm phần trăm, quá \(VietnameseFormat.number(ledgerTolerancePoints)) điểm.",
            detail: ["ledger": l, "numerator": Double(ledger.numerator), "denominator": Double(ledger.denominator)])
    }
}

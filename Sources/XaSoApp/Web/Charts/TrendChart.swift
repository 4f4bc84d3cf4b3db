import Foundation
import XaSoCore

/// An indicator's figures over the periods, with its target as a dashed line. Approximate figures
/// ("~15%") are hollow points.
enum TrendChart {
    struct Point {
        var period: ReportingPeriod
        var value: MeasuredValue
    }

    static func render(points: [Point], target: Double?, targetLabel: String? = nil, unitKind: UnitKind, id: String,
                       title: String) -> Node {
        let width = 640.0, height = 260.0
        let left = 56.0, right = 16.0, top = 16.0, bottom = 44.0
        let values = points.map(\.value.number) + (target.map { [$0] } ?? [])
        var lo = min(0, values.min() ?? 0), hi = max(values.max() ?? 1, lo + 1)
        if unitKind == .percent { lo = 0; hi = max(100, hi) }
        let ticks = niceTicks(lo: lo, hi: hi)
        hi = max(hi, ticks.last ?? hi)
        let plotW = width - left - right, plotH = height - top - bottom
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }
        func x(_ i: Int) -> Double {
            points.count == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(points.count - 1)
        }
        let desc = points.map { "\(L.periodTitle($0.period)): \($0.value.formatted(unitKind: unitKind))" }
            .joined(separator: "; ") + (target.map { "; \(L.targetColumn): \(VietnameseFormat.number($0))" } ?? "")
        return SVG.svg(width: Int(width), height: Int(height), titleID: id, title: title, desc: desc) {
            for t in ticks {
                SVG.line(x1: left, y1: y(t), x2: width - right, y2: y(t), stroke: Palette.grid)
                SVG.text(VietnameseFormat.number(t) + (unitKind == .percent ? "%" : ""), x: left - 6, y: y(t) + 4,
                         anchor: "end", fill: "#4a5560")
            }
            if let target {
                SVG.line(x1: left, y1: y(target), x2: width - right, y2: y(target), stroke: Palette.target, width: 1.5,
                         dashed: true)
                SVG.text(targetLabel ?? "\(L.targetColumn) \(VietnameseFormat.number(target))", x: width - right, y: y(target) - 5,
                         anchor: "end", fill: Palette.target)
            }
            if points.count > 1 {
                SVG.polyline(points.enumerated().map { (x($0.offset), y($0.element.value.number)) }, stroke: Palette.accent)
            }
            for (i, p) in points.enumerated() {
                SVG.circle(cx: x(i), cy: y(p.value.number), r: 4, fill: Palette.accent, hollow: p.value.approximate)
                SVG.text(p.value.formatted(unitKind: unitKind), x: x(i), y: y(p.value.number) - 9, anchor: "middle", bold: true)
                SVG.text(p.period.description, x: x(i), y: height - bottom + 18, anchor: "middle", fill: "#4a5560")
            }
        }
    }

    /// Four to six round steps covering lo…hi.
    static func niceTicks(lo: Double, hi: Double) -> [Double] {
        let span = max(hi - lo, 1e-9)
        let raw = span / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var ticks: [Double] = []
        var t = floor(lo / step) * step
        while t <= hi + step * 0.001 {
            ticks.append((t * 1e6).rounded() / 1e6)
            t += step
        }
        if let last = ticks.last, last < hi { ticks.append(last + step) }
        return ticks
    }
}

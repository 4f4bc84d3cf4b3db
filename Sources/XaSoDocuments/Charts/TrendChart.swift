import Foundation
import XaSoCore

/// An indicator's value over reporting periods, with its target as a dashed line.
public enum TrendChart {
    public static let width = 640
    public static let height = 360
    static let valueColor = "1F4E79"
    static let targetColor = "C62828"

    /// - Parameters:
    ///   - periods: labels along the bottom, oldest first ("Quý I/2025").
    ///   - values: one per period; nil where the period has no figure (the line breaks there).
    ///   - targets: one per period (a target can change between years); nil where none applies.
    ///   - approximate: per period, whether the figure is approximate ("~15%"): drawn as a hollow point.
    public static func svg(id: String, caption: String, periods: [String], values: [Double?], targets: [Double?],
                           approximate: [Bool] = [], valueName: String = "Kết quả", targetName: String = "Mục tiêu",
                           format: ReportChartData.ValueFormat = .percent, axisMax: Double? = nil) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let left = 56.0, right = 20.0, top = 24.0, bottom = 84.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let largest = (values + targets).compactMap { $0 }.filter(\.isFinite).max() ?? 0
        let (step, topValue) = ChartScale.axis(largest: largest, axisMax: axisMax, integral: format == .count)
        let baseline = top + plotHeight
        func y(_ v: Double) -> Double { baseline - plotHeight * min(max(v, 0), topValue) / topValue }

        var tick = 0.0
        while tick <= topValue + step / 2 {
            canvas.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: tick == 0 ? "#000000" : "#BFBFBF", width: tick == 0 ? 1 : 0.6)
            canvas.text(ChartFormatting.label(tick, format: format), x: left - 8, y: y(tick) + 4, size: 12, anchor: .end)
            tick += step
        }

        let count = max(periods.count, 1)
        let slot = plotWidth / Double(count)
        func x(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }
        for (i, period) in periods.enumerated() {
            canvas.wrappedText(period, x: x(i), y: baseline + 18, maxWidth: slot - 4, size: 12, maxLines: 2)
        }

        // The target is drawn first so the result line stays on top where they meet.
        for run in segments(targets) {
            canvas.polyline(run.map { (x($0.0), y($0.1)) }, stroke: "#" + targetColor, width: 2, dash: "8 5")
            if run.count == 1, let only = run.first {
                canvas.line(x1: x(only.0) - slot * 0.3, y1: y(only.1), x2: x(only.0) + slot * 0.3, y2: y(only.1),
                            stroke: "#" + targetColor, width: 2, dash: "8 5")
            }
        }
        for run in segments(values) {
            canvas.polyline(run.map { (x($0.0), y($0.1)) }, stroke: "#" + valueColor, width: 2.5)
        }
        for (i, value) in values.enumerated() {
            guard let value, value.isFinite else { continue }
            let rough = i < approximate.count && approximate[i]
            canvas.circle(cx: x(i), cy: y(value), r: 4, fill: rough ? "#FFFFFF" : "#" + valueColor,
                          stroke: rough ? "#" + valueColor : nil)
            canvas.text((rough ? "~" : "") + ChartFormatting.label(value, format: format), x: x(i), y: y(value) - 10,
                        size: 12, bold: true)
        }

        // Legend: a short sample of each line with its name.
        let legendY = Double(height) - 16
        canvas.line(x1: left, y1: legendY - 4, x2: left + 28, y2: legendY - 4, stroke: "#" + valueColor, width: 2.5)
        canvas.circle(cx: left + 14, cy: legendY - 4, r: 4, fill: "#" + valueColor)
        canvas.text(valueName, x: left + 36, y: legendY, size: 12, anchor: .start)
        if targets.contains(where: { $0 != nil }) {
            let start = left + 52 + SVGCanvas.estimatedWidth(valueName, size: 12)
            canvas.line(x1: start, y1: legendY - 4, x2: start + 28, y2: legendY - 4, stroke: "#" + targetColor, width: 2, dash: "8 5")
            canvas.text(targetName, x: start + 36, y: legendY, size: 12, anchor: .start)
        }

        let description = periods.enumerated().map { i, period in
            let v = i < values.count ? values[i] : nil
            let t = i < targets.count ? targets[i] : nil
            let rough = i < approximate.count && approximate[i] ? "~" : ""
            var part = "\(period): \(v.map { rough + ChartFormatting.label($0, format: format) } ?? "chưa có số liệu")"
            if let t { part += " (\(targetName.lowercased()) \(ChartFormatting.label(t, format: format)))" }
            return part
        }.joined(separator: "; ")
        return canvas.svg(title: caption, description: description, idPrefix: id)
    }

    /// Consecutive runs of present values, so a missing period breaks the line instead of
    /// being drawn as zero.
    static func segments(_ values: [Double?]) -> [[(Int, Double)]] {
        var runs: [[(Int, Double)]] = []
        var current: [(Int, Double)] = []
        for (i, v) in values.enumerated() {
            if let v, v.isFinite {
                current.append((i, v))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

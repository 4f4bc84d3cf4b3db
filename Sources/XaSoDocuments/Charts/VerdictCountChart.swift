import Foundation
import XaSoCore

/// The five ways an indicator can stand against its target, as the charts name and colour them.
/// The evaluation code maps its own verdicts onto these.
public enum ChartVerdictCategory: String, CaseIterable, Codable, Sendable {
    case exceeded, met, approaching, notMet, noData

    public var label: String {
        switch self {
        case .exceeded: return "Đạt, vượt"
        case .met: return "Đạt"
        case .approaching: return "Tiệm cận"
        case .notMet: return "Chưa đạt"
        case .noData: return "Chưa có số liệu"
        }
    }

    /// Colours chosen to differ in lightness as well as hue, so they stay apart when printed in
    /// grey (dark green, mid green, yellow, red, near white with an outline).
    public var colorHex: String {
        switch self {
        case .exceeded: return "1B5E20"
        case .met: return "66BB6A"
        case .approaching: return "FFCA28"
        case .notMet: return "E53935"
        case .noData: return "EEEEEE"
        }
    }
}

/// Bars counting indicators per verdict, in the fixed order of `ChartVerdictCategory`.
public enum VerdictCountChart {
    public static let width = 640
    public static let height = 360

    public static func svg(id: String, caption: String, counts: [ChartVerdictCategory: Int]) -> String {
        let categories = ChartVerdictCategory.allCases
        var canvas = SVGCanvas(width: width, height: height)
        let left = 48.0, right = 16.0, top = 24.0, bottom = 64.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let maxValue = Double(categories.map { counts[$0] ?? 0 }.max() ?? 0)
        let step = ChartScale.niceStep(maximum: max(maxValue, 1), targetSteps: 5, integral: true)
        let topValue = ChartScale.niceMaximum(max(maxValue, 1), step: step)
        let baseline = top + plotHeight

        var tick = 0.0
        while tick <= topValue + step / 2 {
            let y = baseline - plotHeight * tick / topValue
            canvas.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: tick == 0 ? "#000000" : "#BFBFBF", width: tick == 0 ? 1 : 0.6)
            canvas.text(VietnameseFormat.number(tick), x: left - 8, y: y + 4, size: 12, anchor: .end)
            tick += step
        }

        let slot = plotWidth / Double(categories.count)
        let barWidth = slot * 0.6
        for (i, category) in categories.enumerated() {
            let value = Double(counts[category] ?? 0)
            let h = plotHeight * value / topValue
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            canvas.rect(x: x, y: baseline - h, width: barWidth, height: h, fill: "#" + category.colorHex, stroke: "#333333")
            canvas.text(VietnameseFormat.number(value), x: x + barWidth / 2, y: baseline - h - 6, size: 13, bold: true)
            canvas.wrappedText(category.label, x: x + barWidth / 2, y: baseline + 18, maxWidth: slot - 6, size: 13, maxLines: 2)
        }
        let description = categories.map { "\($0.label): \(counts[$0] ?? 0)" }.joined(separator: "; ")
        return canvas.svg(title: caption, description: description, idPrefix: id)
    }
}

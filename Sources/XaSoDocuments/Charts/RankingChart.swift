import Foundation
import XaSoCore

/// Horizontal bars in the order given (best first), e.g. communes by on-time rate.
public enum RankingChart {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public static let width = 640
    static let barColor = "2E75B6"
    static let highlightColor = "C55A11"

    static func height(for count: Int) -> Int { 36 + max(count, 1) * 30 + 28 }

    /// - Parameter highlighted: the label to draw in a second colour ("Xã Nghi Dương" among its peers).
    public static func svg(id: String, caption: String, items: [Item], format: ReportChartData.ValueFormat = .percent,
                           axisMax: Double? = nil, highlighted: String? = nil) -> String {
        let h = height(for: items.count)
        var canvas = SVGCanvas(width: width, height: h)
        let labelWidth = 200.0, right = 56.0, top = 16.0
        let left = labelWidth + 12
        let plotWidth = Double(width) - left - right
        let largest = items.map(\.value).filter(\.isFinite).max() ?? 0
        let (step, topValue) = ChartScale.axis(largest: largest, axisMax: axisMax, integral: format == .count)
        let rowHeight = 30.0
        let plotBottom = top + rowHeight * Double(max(items.count, 1))

        var tick = 0.0
        while tick <= topValue + step / 2 {
            let x = left + plotWidth * tick / topValue
            canvas.line(x1: x, y1: top, x2: x, y2: plotBottom, stroke: tick == 0 ? "#000000" : "#D9D9D9", width: tick == 0 ? 1 : 0.6)
            canvas.text(ChartFormatting.label(tick, format: format), x: x, y: plotBottom + 18, size: 12)
            tick += step
        }

        for (i, item) in items.enumerated() {
            let yTop = top + rowHeight * Double(i)
            let value = item.value.isFinite ? max(0, item.value) : 0
            let w = plotWidth * min(value, topValue) / topValue
            let color = item.label == highlighted ? highlightColor : barColor
            canvas.rect(x: left, y: yTop + 5, width: w, height: rowHeight - 10, fill: "#" + color, stroke: "#333333")
            let lines = SVGCanvas.wrap(item.label, maxWidth: labelWidth, size: 12, maxLines: 2)
            let firstY = yTop + rowHeight / 2 + 4 - Double(lines.count - 1) * 7
            for (j, line) in lines.enumerated() {
                canvas.text(line, x: labelWidth, y: firstY + Double(j) * 14, size: 12, anchor: .end,
                            bold: item.label == highlighted)
            }
            canvas.text(ChartFormatting.label(item.value, format: format), x: left + w + 6, y: yTop + rowHeight / 2 + 4,
                        size: 12, anchor: .start, bold: true)
        }
        let description = items.enumerated().map { "\($0.offset + 1). \($0.element.label): \(ChartFormatting.label($0.element.value, format: format))" }
            .joined(separator: "; ")
        return canvas.svg(title: caption, description: description, idPrefix: id)
    }
}

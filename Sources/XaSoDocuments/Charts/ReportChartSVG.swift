import Foundation
import XaSoCore

/// Draws a report chart as SVG from its numbers. The report builders in the core hold only the
/// numbers (they cannot draw); the HTML renderer asks here for the picture.
public enum ReportChartSVG {
    /// The chart's own SVG when it has one, else one drawn from `data`; empty without either.
    public static func svg(for chart: ReportChart) -> String {
        if !chart.svg.isEmpty { return chart.svg }
        guard let data = chart.data else { return "" }
        switch data.kind {
        case .columns:
            return ColumnChart.svg(id: chart.id, caption: chart.caption, data: data,
                                   width: chart.pixelWidth, height: chart.pixelHeight)
        case .lines:
            let values = data.series.first?.values ?? []
            let targets = data.series.dropFirst().first { $0.dashed }?.values ?? Array(repeating: nil, count: values.count)
            return TrendChart.svg(id: chart.id, caption: chart.caption, periods: data.categories, values: values,
                                  targets: targets, valueName: data.series.first?.name ?? "Kết quả",
                                  targetName: data.series.dropFirst().first?.name ?? "Mục tiêu",
                                  format: data.valueFormat, axisMax: data.valueAxisMax)
        case .horizontalBars:
            let series = data.series.first
            let items = zip(data.categories, series?.values ?? []).map {
                RankingChart.Item(label: $0.0, value: $0.1 ?? 0)
            }
            // A highlighted bar is the one whose point colour differs from the series colour.
            let highlighted = series?.pointColorsHex.flatMap { colors in
                colors.firstIndex { $0.uppercased() != series?.colorHex.uppercased() }
            }.map { data.categories[$0] }
            return RankingChart.svg(id: chart.id, caption: chart.caption, items: items, format: data.valueFormat,
                                    axisMax: data.valueAxisMax, highlighted: highlighted)
        }
    }
}

/// Vertical bars for one series, each bar in its own colour when the series gives point colours.
public enum ColumnChart {
    public static func svg(id: String, caption: String, data: ReportChartData, width: Int = 640, height: Int = 360) -> String {
        let series = data.series.first
        let values = series?.values ?? []
        var canvas = SVGCanvas(width: width, height: height)
        let left = 52.0, right = 16.0, top = 24.0, bottom = 64.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let largest = values.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        let integral = data.valueFormat == .count
        let (step, topValue) = ChartScale.axis(largest: largest, axisMax: data.valueAxisMax, integral: integral)
        let baseline = top + plotHeight

        var tick = 0.0
        while tick <= topValue + step / 2 {
            let y = baseline - plotHeight * tick / topValue
            canvas.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: tick == 0 ? "#000000" : "#BFBFBF",
                        width: tick == 0 ? 1 : 0.6)
            canvas.text(ChartFormatting.label(tick, format: data.valueFormat), x: left - 8, y: y + 4, size: 12, anchor: .end)
            tick += step
        }

        let count = max(data.categories.count, 1)
        let slot = plotWidth / Double(count)
        let barWidth = slot * 0.6
        for (i, category) in data.categories.enumerated() {
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            canvas.wrappedText(category, x: x + barWidth / 2, y: baseline + 18, maxWidth: slot - 6, size: 13, maxLines: 2)
            guard i < values.count, let value = values[i], value.isFinite else { continue }
            let h = plotHeight * min(max(value, 0), topValue) / topValue
            let color = series?.pointColorsHex.flatMap { i < $0.count ? $0[i] : nil } ?? series?.colorHex ?? "404040"
            canvas.rect(x: x, y: baseline - h, width: barWidth, height: h, fill: "#" + DocxChartXML.sanitizedHex(color),
                        stroke: "#333333")
            if series?.showValueLabels ?? true {
                canvas.text(ChartFormatting.label(value, format: data.valueFormat), x: x + barWidth / 2, y: baseline - h - 6,
                            size: 13, bold: true)
            }
        }
        let description = data.categories.enumerated().map { i, category in
            let v = i < values.count ? values[i] : nil
            return "\(category): \(v.map { ChartFormatting.label($0, format: data.valueFormat) } ?? "chưa có số liệu")"
        }.joined(separator: "; ")
        return canvas.svg(title: caption, description: description, idPrefix: id)
    }
}

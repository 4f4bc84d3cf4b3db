import Foundation
import XaSoCore

/// Communes ranked by their share of indicators met, one bar each, best first.
enum RankingChart {
    struct Bar {
        var label: String
        var rate: Double
    }

    static func render(_ bars: [Bar], id: String) -> Node {
        let labelWidth = 150.0, barMax = 240.0, rowHeight = 22.0, top = 6.0
        let height = Int(top * 2 + rowHeight * Double(max(bars.count, 1)))
        let desc = bars.map { "\($0.label): \(VietnameseFormat.percent($0.rate))" }.joined(separator: "; ")
        return SVG.svg(width: 450, height: height, titleID: id, title: L.rankingChartTitle, desc: desc) {
            for (i, bar) in bars.enumerated() {
                let y = top + Double(i) * rowHeight
                let w = barMax * min(max(bar.rate, 0), 100) / 100
                SVG.text("\(i + 1). \(Components.short(bar.label, 20))", x: labelWidth - 8, y: y + 15, anchor: "end")
                SVG.rect(x: labelWidth, y: y + 3, width: barMax, height: rowHeight - 7, fill: "#eef2f6")
                SVG.rect(x: labelWidth, y: y + 3, width: w, height: rowHeight - 7, fill: Palette.accent)
                SVG.text(VietnameseFormat.percent(bar.rate), x: labelWidth + barMax + 6, y: y + 15, bold: true)
            }
        }
    }
}

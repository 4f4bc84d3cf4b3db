import Foundation
import XaSoCore

/// How many indicators got each verdict: one labelled bar per verdict.
enum VerdictBarChart {
    static func render(_ counts: VerdictCounts, id: String) -> Node {
        let verdicts = Verdict.allCases
        let labelWidth = 150.0, barMax = 250.0, rowHeight = 26.0, top = 8.0
        let maxCount = max(1, verdicts.map { counts[$0] }.max() ?? 1)
        let height = Int(top * 2 + rowHeight * Double(verdicts.count))
        let desc = verdicts.map { "\($0.vietnamese): \(counts[$0])" }.joined(separator: "; ")
        return SVG.svg(width: 440, height: height, titleID: id, title: L.verdictChartTitle, desc: desc) {
            for (i, v) in verdicts.enumerated() {
                let y = top + Double(i) * rowHeight
                let w = barMax * Double(counts[v]) / Double(maxCount)
                SVG.text(v.vietnamese, x: labelWidth - 8, y: y + 16, anchor: "end")
                SVG.rect(x: labelWidth, y: y + 3, width: w, height: rowHeight - 8, fill: Palette.fill(v),
                         stroke: v == .noData ? "#8d8d8d" : nil, dashed: v == .noData)
                SVG.text(String(counts[v]), x: labelWidth + w + 6, y: y + 16, bold: true)
            }
        }
    }
}

import Foundation
import XaSoCore

enum ChartFormatting {
    /// "85%", "99,2%", "12": how the value is printed on the chart.
    static func label(_ value: Double, format: ReportChartData.ValueFormat) -> String {
        switch format {
        case .percent: return VietnameseFormat.percent(value)
        case .count: return VietnameseFormat.number(value, maxFractionDigits: 1)
        }
    }
}

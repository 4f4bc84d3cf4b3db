import Foundation
import XaSoCore

/// A chart drawn by this module, every text in it escaped by `SVGCanvas`. Only this module makes
/// one, so the web pages can place it as markup without looking inside: the report and the page
/// show the same picture from the same code.
public struct SVGDrawing: Sendable, Equatable {
    public let markup: String

    init(_ markup: String) {
        self.markup = markup
    }
}

extension ChartVerdictCategory {
    /// A figure without a target cannot be judged any more than a missing one: both count as "Chưa có số liệu".
    public init(_ verdict: Verdict) {
        switch verdict {
        case .exceeded: self = .exceeded
        case .met: self = .met
        case .approaching: self = .approaching
        case .notMet: self = .notMet
        case .noTarget, .noData: self = .noData
        }
    }
}

extension VerdictCountChart {
    public static func drawing(id: String, caption: String, counts: [ChartVerdictCategory: Int]) -> SVGDrawing {
        SVGDrawing(svg(id: id, caption: caption, counts: counts))
    }
}

extension RankingChart {
    public static func drawing(id: String, caption: String, items: [Item], format: ReportChartData.ValueFormat = .percent,
                               highlighted: String? = nil) -> SVGDrawing {
        SVGDrawing(svg(id: id, caption: caption, items: items, format: format,
                       axisMax: format == .percent ? 100 : nil, highlighted: highlighted))
    }
}

extension TrendChart {
    public static func drawing(id: String, caption: String, periods: [String], values: [Double?], targets: [Double?],
                               approximate: [Bool] = [], format: ReportChartData.ValueFormat = .percent) -> SVGDrawing {
        SVGDrawing(svg(id: id, caption: caption, periods: periods, values: values, targets: targets,
                       approximate: approximate, format: format, axisMax: format == .percent ? 100 : nil))
    }
}

import Foundation

/// A chart placed in the report. The SVG is what HTML shows; `data`, when present, lets the DOCX
/// writer draw the same chart natively so Word and LibreOffice render it with real fonts; the PNG
/// is for consumers that can only show a bitmap.
public struct ReportChart: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var caption: String
    public var svg: String
    public var pngFallback: Data?
    public var data: ReportChartData?
    /// The SVG's own size in CSS pixels; its aspect ratio sizes the picture on paper.
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(id: String, caption: String, svg: String, pngFallback: Data? = nil,
                data: ReportChartData? = nil, pixelWidth: Int, pixelHeight: Int) {
        self.id = id
        self.caption = caption
        self.svg = svg
        self.pngFallback = pngFallback
        self.data = data
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}

/// The numbers behind a chart, in the shape office charts use: categories along one axis,
/// one or more series of values.
public struct ReportChartData: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, Equatable {
        /// Vertical bars, one per category.
        case columns
        /// Horizontal bars, first category at the top (rankings).
        case horizontalBars
        /// Lines over periods.
        case lines
    }

    public enum ValueFormat: String, Codable, Sendable, Equatable {
        case count
        case percent
    }

    public var kind: Kind
    public var categories: [String]
    public var series: [ReportChartSeries]
    public var valueFormat: ValueFormat
    /// Fixes the top of the value axis (100 for rates) instead of letting the renderer choose.
    public var valueAxisMax: Double?
    public var valueAxisTitle: String?

    public init(kind: Kind, categories: [String], series: [ReportChartSeries],
                valueFormat: ValueFormat = .count, valueAxisMax: Double? = nil,
                valueAxisTitle: String? = nil) {
        self.kind = kind
        self.categories = categories
        self.series = series
        self.valueFormat = valueFormat
        self.valueAxisMax = valueAxisMax
        self.valueAxisTitle = valueAxisTitle
    }
}

public struct ReportChartSeries: Codable, Sendable, Equatable {
    public var name: String
    /// One value per category; nil where there is no figure (a gap, not a zero).
    public var values: [Double?]
    /// "1B7837": RGB hex without "#".
    public var colorHex: String
    /// Per-category colours for bar charts whose bars mean different things (verdict counts).
    public var pointColorsHex: [String]?
    public var dashed: Bool
    public var showValueLabels: Bool

    public init(name: String, values: [Double?], colorHex: String, pointColorsHex: [String]? = nil,
                dashed: Bool = false, showValueLabels: Bool = true) {
        self.name = name
        self.values = values
        self.colorHex = colorHex
        self.pointColorsHex = pointColorsHex
        self.dashed = dashed
        self.showValueLabels = showValueLabels
    }
}

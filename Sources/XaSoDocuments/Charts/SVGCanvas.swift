import Foundation

/// Accumulates SVG elements with coordinates written the same way on every machine (one
/// decimal, a dot, no locale), so a chart is byte-for-byte reproducible.
struct SVGCanvas {
    let width: Int
    let height: Int
    private(set) var elements: [String] = []

    static let fontFamily = "'Times New Roman', 'Liberation Serif', serif"

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    static func n(_ value: Double) -> String {
        // A coordinate far off the canvas draws the same as one at its edge; Int() of it would trap.
        let bounded = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let tenths = (bounded * 10).rounded()
        let integer = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(integer) }
        let sign = (tenths < 0 && integer == 0) ? "-" : ""
        return "\(sign)\(integer).\(fraction)"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        var attrs = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { attrs += " stroke=\"\(stroke)\" stroke-width=\"0.8\"" }
        elements.append("<rect \(attrs)/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attrs = "x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
        if let dash { attrs += " stroke-dasharray=\"\(dash)\"" }
        elements.append("<line \(attrs)/>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil) {
        guard points.count > 1 else { return }
        let list = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        var attrs = "points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\""
        if let dash { attrs += " stroke-dasharray=\"\(dash)\"" }
        elements.append("<polyline \(attrs)/>")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil) {
        let outline = stroke.map { " stroke=\"\($0)\" stroke-width=\"2\"" } ?? ""
        elements.append("<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill)\"\(outline)/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ value: String, x: Double, y: Double, size: Double = 13, anchor: Anchor = .middle,
                       bold: Bool = false, fill: String = "#000000") {
        var attrs = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\""
        if bold { attrs += " font-weight=\"bold\"" }
        elements.append("<text \(attrs)>\(MarkupEscaping.text(value))</text>")
    }

    /// Wraps `value` into lines no wider than `maxWidth` (estimated) and draws them from `y` down.
    mutating func wrappedText(_ value: String, x: Double, y: Double, maxWidth: Double, size: Double = 12,
                              anchor: Anchor = .middle, maxLines: Int = 3) {
        for (i, line) in Self.wrap(value, maxWidth: maxWidth, size: size, maxLines: maxLines).enumerated() {
            text(line, x: x, y: y + Double(i) * size * 1.15, size: size, anchor: anchor)
        }
    }

    /// Serif text averages about half an em per character; good enough to decide line breaks.
    static func estimatedWidth(_ value: String, size: Double) -> Double {
        Double(value.count) * size * 0.5
    }

    static func wrap(_ value: String, maxWidth: Double, size: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in value.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if estimatedWidth(candidate, size: size) <= maxWidth || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += "…"
        }
        return lines
    }

    /// The finished document. `title` is the accessible name; `description` spells the figures
    /// out for screen readers and for anyone who cannot see the colours.
    func svg(title: String, description: String, idPrefix: String) -> String {
        let safeID = idPrefix.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        let titleID = "\(String(safeID))-title"
        let descID = "\(String(safeID))-desc"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" font-family=\"\(Self.fontFamily)\">"
            + "<title id=\"\(titleID)\">\(MarkupEscaping.text(title))</title>"
            + "<desc id=\"\(descID)\">\(MarkupEscaping.text(description))</desc>"
            + "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#FFFFFF\"/>"
            + elements.joined()
            + "</svg>"
    }
}

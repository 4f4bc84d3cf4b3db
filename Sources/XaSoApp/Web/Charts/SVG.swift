import Foundation

/// SVG drawn on the server from the same escaped nodes as the pages. Only presentation attributes,
/// no `style`: the Content-Security-Policy forbids inline styles, and printers honour attributes.
enum SVG {
    static func svg(width: Int, height: Int, titleID: String, title: String, desc: String?,
                    @NodeBuilder _ content: () -> [Node]) -> Node {
        H.el("svg", [.attr("xmlns", "http://www.w3.org/2000/svg"), .attr("viewBox", "0 0 \(width) \(height)"),
                     .attr("width", String(width)), .attr("height", String(height)), .class("chart"),
                     .role("img"), .aria("labelledby", titleID),
                     .attr("font-family", "system-ui, Segoe UI, Roboto, Arial, sans-serif"), .attr("font-size", "12")]) {
            H.el("title", [.id(titleID)]) { title }
            if let desc { H.el("desc", []) { desc } }
            content()
        }
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                     dashed: Bool = false) -> Node {
        .element("rect", [.attr("x", n(x)), .attr("y", n(y)), .attr("width", n(max(0, width))),
                          .attr("height", n(height)), .attr("fill", fill)]
                 + (stroke.map { [.attr("stroke", $0)] } ?? [])
                 + (dashed ? [.attr("stroke-dasharray", "3 2")] : []), [])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                     dashed: Bool = false) -> Node {
        .element("line", [.attr("x1", n(x1)), .attr("y1", n(y1)), .attr("x2", n(x2)), .attr("y2", n(y2)),
                          .attr("stroke", stroke), .attr("stroke-width", n(width))]
                 + (dashed ? [.attr("stroke-dasharray", "6 4")] : []), [])
    }

    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", fill: String = Palette.ink,
                     bold: Bool = false, size: Int? = nil) -> Node {
        .element("text", [.attr("x", n(x)), .attr("y", n(y)), .attr("text-anchor", anchor), .attr("fill", fill)]
                 + (bold ? [.attr("font-weight", "700")] : [])
                 + (size.map { [.attr("font-size", String($0))] } ?? []), [.text(s)])
    }

    static func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2) -> Node {
        .element("polyline", [.attr("points", points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")),
                              .attr("fill", "none"), .attr("stroke", stroke), .attr("stroke-width", n(width))], [])
    }

    static func circle(cx: Double, cy: Double, r: Double, fill: String, hollow: Bool = false) -> Node {
        .element("circle", [.attr("cx", n(cx)), .attr("cy", n(cy)), .attr("r", n(r)),
                            .attr("fill", hollow ? "#ffffff" : fill), .attr("stroke", fill), .attr("stroke-width", "2")], [])
    }

    /// Coordinates with at most one decimal: smaller pages, identical drawing.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

import Foundation

/// The HTML elements the pages use. A namespace rather than free functions: `select`, `time` and
/// `link` would otherwise collide with C library functions.
enum H {
    static func el(_ name: String, _ attributes: [Attribute?], @NodeBuilder _ content: () -> [Node] = { [] }) -> Node {
        .element(name, attributes.compactMap { $0 }, content())
    }

    static func html(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("html", a, c) }
    static func head(@NodeBuilder _ c: () -> [Node]) -> Node { el("head", [], c) }
    static func body(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("body", a, c) }
    static func title(_ text: String) -> Node { el("title", []) { text } }
    static func meta(_ a: Attribute?...) -> Node { .void("meta", a.compactMap { $0 }) }
    static func link(_ a: Attribute?...) -> Node { .void("link", a.compactMap { $0 }) }
    static func script(_ a: Attribute?...) -> Node { el("script", a) }

    static func header(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("header", a, c) }
    static func footer(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("footer", a, c) }
    static func nav(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("nav", a, c) }
    static func main(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("main", a, c) }
    static func section(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("section", a, c) }
    static func div(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("div", a, c) }
    static func span(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("span", a, c) }
    static func p(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("p", a, c) }
    static func progress(_ a: Attribute?...) -> Node { el("progress", a) }
    static func h1(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("h1", a, c) }
    static func h2(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("h2", a, c) }
    static func h3(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("h3", a, c) }
    static func a(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("a", a, c) }
    static func strong(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("strong", a, c) }
    static func small(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("small", a, c) }
    static func ul(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("ul", a, c) }
    static func ol(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("ol", a, c) }
    static func li(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("li", a, c) }
    static func dl(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("dl", a, c) }
    static func dt(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("dt", a, c) }
    static func dd(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("dd", a, c) }
    static func details(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("details", a, c) }
    static func summary(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("summary", a, c) }
    static func figure(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("figure", a, c) }
    static func figcaption(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("figcaption", a, c) }
    static func time(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("time", a, c) }
    static func br() -> Node { .void("br", []) }

    static func table(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("table", a, c) }
    static func caption(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("caption", a, c) }
    static func thead(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("thead", a, c) }
    static func tbody(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("tbody", a, c) }
    static func tr(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("tr", a, c) }
    static func th(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("th", a, c) }
    static func td(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("td", a, c) }

    static func form(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("form", a, c) }
    static func fieldset(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("fieldset", a, c) }
    static func legend(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("legend", a, c) }
    static func label(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("label", a, c) }
    static func input(_ a: Attribute?...) -> Node { .void("input", a.compactMap { $0 }) }
    static func textarea(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("textarea", a, c) }
    static func select(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("select", a, c) }
    static func option(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("option", a, c) }
    static func button(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("button", a, c) }
    static func output(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { el("output", a, c) }
    static func iframe(_ a: Attribute?...) -> Node { el("iframe", a) }
}

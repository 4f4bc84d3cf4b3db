import Foundation

/// Typed shorthands for the attributes the pages use; anything else goes through `attr`.
extension Attribute {
    static func attr(_ name: String, _ value: String?) -> Attribute { Attribute(name, value) }
    static func `class`(_ v: String) -> Attribute { Attribute("class", v) }
    static func id(_ v: String) -> Attribute { Attribute("id", v) }
    static func href(_ v: String) -> Attribute { Attribute("href", v) }
    static func name(_ v: String) -> Attribute { Attribute("name", v) }
    static func value(_ v: String) -> Attribute { Attribute("value", v) }
    static func type(_ v: String) -> Attribute { Attribute("type", v) }
    static func `for`(_ v: String) -> Attribute { Attribute("for", v) }
    static func action(_ v: String) -> Attribute { Attribute("action", v) }
    static func method(_ v: String) -> Attribute { Attribute("method", v) }
    static func role(_ v: String) -> Attribute { Attribute("role", v) }
    static func title(_ v: String) -> Attribute { Attribute("title", v) }
    static func lang(_ v: String) -> Attribute { Attribute("lang", v) }
    static func rel(_ v: String) -> Attribute { Attribute("rel", v) }
    static func src(_ v: String) -> Attribute { Attribute("src", v) }
    static func placeholder(_ v: String) -> Attribute { Attribute("placeholder", v) }
    static func autocomplete(_ v: String) -> Attribute { Attribute("autocomplete", v) }
    static func inputmode(_ v: String) -> Attribute { Attribute("inputmode", v) }
    static func pattern(_ v: String) -> Attribute { Attribute("pattern", v) }
    static func accept(_ v: String) -> Attribute { Attribute("accept", v) }
    static func enctype(_ v: String) -> Attribute { Attribute("enctype", v) }
    static func scope(_ v: String) -> Attribute { Attribute("scope", v) }
    static func colspan(_ n: Int) -> Attribute { Attribute("colspan", String(n)) }
    static func rows(_ n: Int) -> Attribute { Attribute("rows", String(n)) }
    static func maxlength(_ n: Int) -> Attribute { Attribute("maxlength", String(n)) }
    static func max(_ v: String) -> Attribute { Attribute("max", v) }
    static func tabindex(_ n: Int) -> Attribute { Attribute("tabindex", String(n)) }
    static func datetime(_ v: String) -> Attribute { Attribute("datetime", v) }
    static func aria(_ name: String, _ v: String) -> Attribute { Attribute("aria-" + name, v) }
    static func data(_ name: String, _ v: String) -> Attribute { Attribute("data-" + name, v) }
    static let required = Attribute("required", nil)
    static let selected = Attribute("selected", nil)
    static let checked = Attribute("checked", nil)
    static let disabled = Attribute("disabled", nil)
    static let hidden = Attribute("hidden", nil)
    static let open = Attribute("open", nil)
    static let autofocus = Attribute("autofocus", nil)
    static let defer_ = Attribute("defer", nil)

    /// Adds the attribute only when `condition` holds (`selected` on the chosen option).
    static func when(_ condition: Bool, _ attribute: Attribute) -> Attribute? { condition ? attribute : nil }
}

import XaSoCore

/// Verdict colours, shared by the stylesheet and the SVG charts. Badges use the light background with
/// the dark text (contrast above 7:1); charts use the strong fill, always next to a written label.
enum Palette {
    static func fill(_ v: Verdict) -> String {
        switch v {
        case .exceeded: return "#1b7a34"
        case .met: return "#58a55c"
        case .approaching: return "#e0a100"
        case .notMet: return "#c62828"
        case .noTarget: return "#8d8d8d"
        case .noData: return "#d4d4d4"
        }
    }

    static func background(_ v: Verdict) -> String {
        switch v {
        case .exceeded: return "#cdebd3"
        case .met: return "#e4f3e5"
        case .approaching: return "#fff0c2"
        case .notMet: return "#fbdedb"
        case .noTarget: return "#ececec"
        case .noData: return "#ffffff"
        }
    }

    static func text(_ v: Verdict) -> String {
        switch v {
        case .exceeded: return "#0b4318"
        case .met: return "#1a5423"
        case .approaching: return "#4f3a00"
        case .notMet: return "#7f1710"
        case .noTarget: return "#333333"
        case .noData: return "#4a4a4a"
        }
    }

    static let ink = "#1d2733"
    static let accent = "#0b57a4"
}

import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The data-quality flags page (a commune's, or a province's communes'), the section the entry
/// page shows under its form, and the "checked" button of both. Query → `QualityModel` → view.
enum QualityPage {
    /// Where the check button returns to.
    enum Back: String {
        case entry, quality, province
    }

    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let period = try await req.webPeriodOrLatest(unit: code)
        let m = try await query(unit: unit, period: period, principal: actor, store: req.store)
        let notice = req.query[String.self, at: "checked"] == "1" ? L.qualityChecked : nil
        let ctx = PageContext(req, active: unit.level == .province ? .province : .entry, notice: notice)
        return WebResponse.page(view(m, ctx: ctx))
    }

    static func view(_ m: QualityModel, ctx: PageContext) -> Node {
        Layout.document(title: L.qualityTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.qualityTitle(m.unit.fullName) }
            Components.periodPicker(action: WebPath.quality(m.unit.code), selected: m.period, frameworks: nil, framework: nil,
                                    today: m.today)
            H.p { L.qualityIntro }
            section(m, ctx: ctx, back: m.unit.level == .province ? .province : .quality, heading: false)
        }
    }

    /// The query: the flags the actor may read, names of communes and indicators.
    static func query(unit: AdministrativeUnit, period: ReportingPeriod, principal: Principal,
                      store: some QualityStorage & FrameworkStorage & UnitStorage) async throws -> QualityModel {
        let flags = try await store.qualityFlags(unitCode: unit.code, period: period, actor: principal)
        let names = try await QualityController.unitNames(unit.code, store: store)
        let indicators = Dictionary(try await store.indicators().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        return QualityModel.build(unit: unit, period: period, flags: flags, names: names, indicators: indicators,
                                  principal: principal, provinceCode: try await store.provinceCode(of: unit.code))
    }

    /// `POST /units/{commune}/quality/check`: marks one flag checked, then back where the button was.
    static func check(_ req: Request) async throws -> Response {
        let actor = try req.webPrincipal
        let code = try req.parameter("code")
        let form = try req.content.decode([String: String].self)
        let input = QualityCheckInput(indicator_code: form["indicator"] ?? "", period: form["period"] ?? "",
                                      kind: form["kind"] ?? "", note: form["note"])
        let (period, kind) = try input.parsed()
        _ = try await req.store.markQualityChecked(unitCode: code, indicatorCode: input.indicator_code, period: period,
                                                   kind: kind, note: input.note, actor: actor)
        switch Back(rawValue: form["back"] ?? "") ?? .quality {
        case .entry:
            return WebResponse.seeOther(WebPath.entry(code, period: period, extra: ["checked": "1"]) + "#quality")
        case .province:
            let province = try await req.store.provinceCode(of: code) ?? code
            return WebResponse.seeOther(WebPath.quality(province, period: period, extra: ["checked": "1"]))
        case .quality:
            return WebResponse.seeOther(WebPath.quality(code, period: period, extra: ["checked": "1"]))
        }
    }

    static func section(_ m: QualityModel, ctx: PageContext, back: Back, heading: Bool = true) -> Node {
        H.section(.id("quality"), .aria("labelledby", "quality-h")) {
            if heading {
                H.h2(.id("quality-h")) { L.qualitySectionTitle }
            } else {
                H.h2(.id("quality-h"), .class("sr-only")) { L.qualitySectionTitle }
            }
            H.p(.class("muted"), .id("quality-count")) { L.qualityCount(open: m.open, all: m.rows.count) }
            if !m.rows.isEmpty {
                let commune: [DataTable<QualityModel.Row>.Column] = m.showsCommune ? [.init(L.communeColumn) { row in
                    H.a(.href(WebPath.quality(row.flag.unitCode, period: m.period))) { row.unitName }
                }] : []
                DataTable(rows: m.rows, columns: commune + [
                    .init(L.indicatorColumn) { Components.short($0.indicatorName, 80) },
                    .init(L.qualityKindColumn) { $0.flag.kind.vietnamese },
                    .init(L.valueLabel, .numeric) { $0.valueText },
                    .init(L.qualityReasonColumn) { $0.flag.reason },
                    .init(L.qualityStateColumn) { checkCell($0, ctx: ctx, back: back) },
                ], id: "quality-flags", label: L.qualitySectionTitle, rowAttributes: { row in
                    let f = row.flag
                    return [.id("flag-\(f.unitCode)-\(f.indicatorCode)-\(f.kind.rawValue)"), .data("kind", f.kind.rawValue),
                            .data("checked", f.checked == nil ? "false" : "true")]
                }).node
            }
        }
    }

    @NodeBuilder
    static func checkCell(_ row: QualityModel.Row, ctx: PageContext, back: Back) -> [Node] {
        let f = row.flag
        if let c = f.checked {
            L.qualityCheckedBy(c.checkedBy, at: L.dateTime(c.checkedAt)) + (c.note.map { " – \($0)" } ?? "")
        } else if row.canCheck {
            H.form(.method("post"), .action(WebPath.qualityCheck(f.unitCode)), .class("inline")) {
                ctx.csrfField
                H.input(.type("hidden"), .name("indicator"), .value(f.indicatorCode))
                H.input(.type("hidden"), .name("period"), .value(f.period.description))
                H.input(.type("hidden"), .name("kind"), .value(f.kind.rawValue))
                H.input(.type("hidden"), .name("back"), .value(back.rawValue))
                H.label(.class("muted")) {
                    L.noteLabel
                    H.input(.type("text"), .name("note"), .maxlength(2000), .autocomplete("off"))
                }
                H.button(.type("submit"), .class("secondary")) { L.qualityMarkChecked }
            }
        } else {
            L.qualityOpen
        }
    }
}

extension WebPath.Pattern {
    static let quality = WebRoute("units/:code/quality")
    static let qualityCheck = WebRoute("units/:code/quality/check")
}

extension WebPath {
    static func quality(_ code: String, period: ReportingPeriod? = nil, extra: [String: String?] = [:]) -> String {
        with(Pattern.quality.path(code), ["period": period?.description].merging(extra) { a, _ in a })
    }
    static func qualityCheck(_ code: String) -> String { Pattern.qualityCheck.path(code) }
}

/// Labels of the data-quality flags.
extension L {
    static func qualityTitle(_ unit: String) -> String { "Cảnh báo chất lượng số liệu – \(unit)" }
    static let qualitySectionTitle = "Cảnh báo chất lượng số liệu"
    static let qualityIntro = "Các số liệu có dấu hiệu bất thường, kèm lý do. Nếu số liệu đúng, hãy đánh dấu đã kiểm tra (có thể ghi chú giải thích)."
    static let qualityKindColumn = "Loại cảnh báo"
    static let qualityReasonColumn = "Lý do"
    static let qualityStateColumn = "Kiểm tra"
    static let qualityMarkChecked = "Đánh dấu đã kiểm tra"
    static let qualityOpen = "Chưa kiểm tra"
    static let qualityChecked = "Đã đánh dấu cảnh báo là đã kiểm tra."
    static let qualityColumn = "Cảnh báo số liệu"
    static let qualityProvinceLink = "Cảnh báo chất lượng số liệu của các xã"
    static func qualityCheckedBy(_ user: String, at time: String) -> String { "Đã kiểm tra: \(user), \(time)" }
    static func qualityCount(open: Int, all: Int) -> String {
        all == 0 ? "Không có cảnh báo nào về số liệu kỳ này." : "\(all) cảnh báo, \(open) chưa kiểm tra."
    }
}

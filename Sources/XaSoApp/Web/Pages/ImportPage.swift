import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Upload a CSV/XLSX of figures, see every problem (or every row) before anything is stored, then
/// confirm. The file is carried to the confirm step inside the form and checked again there, so what
/// is stored is exactly what the same checks passed.
enum ImportPage {
    static func handle(_ req: Request) async throws -> Response {
        let (_, unit) = try await EntryPage.context(req)
        return WebResponse.page(view(unit: unit, preview: nil, ctx: PageContext(req, active: .importFile)))
    }

    struct Upload: Content {
        var file: File?
    }

    struct Confirm: Content {
        var data: String
    }

    struct Preview {
        var issues: [ImportIssue]
        var values: [IndicatorValue]
        var indicators: [String: Indicator]
        var existing: [String: IndicatorValue]
        var encoded: String

        func kind(of v: IndicatorValue) -> UnitKind { indicators[v.indicatorCode]?.unitKind ?? .text }
    }

    static func preview(_ req: Request) async throws -> Response {
        let (p, unit) = try await EntryPage.context(req)
        guard let file = try req.content.decode(Upload.self).file, file.data.readableBytes > 0 else {
            let preview = Preview(issues: [ImportIssue(row: 1, field: "file", value: "", code: .fileEmpty, message: L.noFile)],
                                  values: [], indicators: [:], existing: [:], encoded: "")
            return WebResponse.page(view(unit: unit, preview: preview, ctx: PageContext(req, active: .importFile)),
                                    status: .unprocessableEntity)
        }
        let data = Data(buffer: file.data)
        let result = try await check(data, unit: unit, principal: p, store: req.store)
        return WebResponse.page(view(unit: unit, preview: result, ctx: PageContext(req, active: .importFile)),
                                status: result.issues.isEmpty ? .ok : .unprocessableEntity)
    }

    static func confirm(_ req: Request) async throws -> Response {
        let (p, unit) = try await EntryPage.context(req)
        guard let data = Data(base64Encoded: try req.content.decode(Confirm.self).data) else {
            throw AppError(.invalid, code: .fileEmpty, message: "no file", vietnamese: L.noFile)
        }
        let result = try await check(data, unit: unit, principal: p, store: req.store)
        guard result.issues.isEmpty else {
            return WebResponse.page(view(unit: unit, preview: result, ctx: PageContext(req, active: .importFile)),
                                    status: .unprocessableEntity)
        }
        try await req.store.saveValues(result.values, actor: p)
        let period = result.values.map(\.period).max()
        return WebResponse.seeOther(WebPath.dashboard(unit.code, period: period,
                                                      extra: ["imported": String(result.values.count)]))
    }

    /// Every problem of the file at once: what `ValueImporter` finds, rows of another unit, and rows
    /// this user may not write (the same `AccessPolicy` rule the store applies when saving).
    static func check(_ data: Data, unit: AdministrativeUnit, principal: Principal, store: any AppStorage) async throws -> Preview {
        let encoded = data.base64EncodedString()
        var issues: [ImportIssue] = []
        var values: [IndicatorValue] = []
        // The file is read once: its rows feed both the importer's checks and the scope checks below.
        var table: [[String]]?
        do {
            let rows = try TableFile.rows(data)
            table = rows
            values = try await ValueImporter.parse(rows: rows, store: store, enteredBy: principal.username)
        } catch let e as AppError where e.kind == .invalid {
            issues = e.issues.isEmpty ? [ImportIssue(row: 1, field: "file", value: "", code: e.code, message: e.vietnamese)] : e.issues
        }
        let indicators = Dictionary(try await store.indicators(unitCode: unit.code).map { ($0.code, $0) },
                                    uniquingKeysWith: { a, _ in a })
        if let table {
            issues += scopeIssues(table, unit: unit.code, principal: principal, indicators: indicators)
        }
        if !issues.isEmpty {
            return Preview(issues: issues.sorted { ($0.row, $0.field) < ($1.row, $1.field) }, values: [],
                           indicators: indicators, existing: [:], encoded: encoded)
        }
        var existing: [String: IndicatorValue] = [:]
        for period in Set(values.map(\.period)) {
            for v in try await store.values(unitCode: unit.code, period: period) {
                existing["\(v.indicatorCode)|\(v.period)"] = v
            }
        }
        return Preview(issues: [], values: values, indicators: indicators, existing: existing, encoded: encoded)
    }

    /// Rows naming another unit, or an indicator this user may not write here.
    static func scopeIssues(_ table: [[String]], unit: String, principal: Principal,
                            indicators: [String: Indicator]) -> [ImportIssue] {
        guard let header = table.first else { return [] }
        let names = header.map { VietnameseText.folded($0).replacingOccurrences(of: " ", with: "_") }
        guard let unitColumn = names.firstIndex(of: "unit_code"), let indicatorColumn = names.firstIndex(of: "indicator_code") else {
            return []
        }
        var issues: [ImportIssue] = []
        for (i, row) in table.enumerated().dropFirst() {
            func cell(_ c: Int) -> String { c < row.count ? VietnameseText.normalized(row[c]) : "" }
            let rowUnit = cell(unitColumn), code = cell(indicatorColumn)
            if rowUnit.isEmpty && code.isEmpty { continue }
            if !rowUnit.isEmpty && rowUnit != unit {
                issues.append(ImportIssue(row: i + 1, field: "unit_code", value: rowUnit, code: .importUnitMismatch,
                                          message: L.otherUnit(rowUnit, unit)))
            } else if let ind = indicators[code],
                      !AccessPolicy.canWriteValue(principal, unitCode: unit, indicatorOwners: ind.owners) {
                issues.append(ImportIssue(row: i + 1, field: "indicator_code", value: code, code: .forbidden,
                                          message: L.mayNotWrite(code, unit)))
            }
        }
        return issues
    }

    static func view(unit: AdministrativeUnit, preview: Preview?, ctx: PageContext) -> Node {
        Layout.document(title: L.importTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.importTitle(unit.fullName) }
            H.p { L.importIntro }
            if let preview { previewSection(preview, unit: unit, ctx: ctx) }
            H.form(.method("post"), .action(WebPath.importFile(unit.code)), .enctype("multipart/form-data"), .class("card")) {
                ctx.csrfField
                H.div(.class("field")) {
                    H.label(.for("file")) { L.chooseFile }
                    H.input(.type("file"), .id("file"), .name("file"), .required,
                            .accept(".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                }
                H.button(.type("submit")) { L.checkFile }
            }
        }
    }

    static func previewSection(_ p: Preview, unit: AdministrativeUnit, ctx: PageContext) -> Node {
        H.section(.aria("labelledby", "pv-h"), .id("preview")) {
            H.h2(.id("pv-h")) { L.previewTitle }
            if !p.issues.isEmpty {
                H.p(.class("error"), .role("alert")) { L.previewErrors(p.issues.count) }
                Components.importIssues(p.issues)
            } else {
                H.p(.class("notice"), .role("status")) { L.previewOK(p.values.count) }
                DataTable(rows: p.values, columns: [
                    .init(L.indicatorColumn) { v in
                        "\(v.indicatorCode) – \(p.indicators[v.indicatorCode].map { Components.short($0.name, 70) } ?? "")"
                    },
                    .init(L.period) { $0.period.description },
                    .init(L.previousColumn, .numeric) { v in
                        p.existing["\(v.indicatorCode)|\(v.period)"]?.value.formatted(unitKind: p.kind(of: v)) ?? L.noValue
                    },
                    .init(L.valueColumn, .numeric) { $0.value.formatted(unitKind: p.kind(of: $0)) },
                    .init(L.noteColumn) { $0.note ?? "" },
                ], id: "import-preview", label: L.previewTitle).node
                H.form(.method("post"), .action(WebPath.importConfirm(unit.code)), .class("actions")) {
                    ctx.csrfField
                    H.input(.type("hidden"), .name("data"), .value(p.encoded))
                    H.button(.type("submit"), .id("confirm-import")) { L.confirmImport }
                }
            }
        }
    }
}

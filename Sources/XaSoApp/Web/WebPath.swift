import Foundation
import XaSoCore

/// Every address of the web application: the routes (`Pattern`, registered by `WebRoutes`) and the
/// link builders, which fill those same routes' parameters and add the query.
enum WebPath {
    enum Pattern {
        static let login = WebRoute("login")
        static let logout = WebRoute("logout")
        static let units = WebRoute("units")
        static let dashboard = WebRoute("units/:code")
        static let indicator = WebRoute("units/:code/indicators/:indicator")
        static let entry = WebRoute("units/:code/entry")
        static let review = WebRoute("units/:code/review")
        static let importFile = WebRoute("units/:code/import")
        static let importConfirm = WebRoute("units/:code/import/confirm")
        static let communeTargets = WebRoute("units/:code/targets")
        static let departments = WebRoute("units/:code/departments")
        static let figures = WebRoute("units/:code/figures")
        static let dossiers = WebRoute("units/:code/dossiers")
        static let dossierProgress = WebRoute("units/:code/dossiers/progress")
        static let tasks = WebRoute("units/:code/tasks")
        static let taskProgress = WebRoute("units/:code/tasks/:task/progress")
        static let reports = WebRoute("units/:code/reports")
        static let reportIngest = WebRoute("units/:code/reports/ingest")
        static let reportIngestSave = WebRoute("units/:code/reports/ingest/save")
        static let reportPrevious = WebRoute("units/:code/reports/previous")
        static let reportDocument = WebRoute("units/:code/reports/document")
        static let reportPreview = WebRoute("units/:code/reports/preview")
        static let province = WebRoute("provinces/:code")
        static let provinceRankings = WebRoute("provinces/:code/rankings")
        static let frameworks = WebRoute("frameworks")
        static let framework = WebRoute("frameworks/:code")
        static let nationalTargets = WebRoute("indicators/:indicator/targets")
        static let users = WebRoute("users")
        static let userAction = WebRoute("users/:username/:action")
        static let password = WebRoute("password")
        static let css = WebRoute("static/app.css")
        static let js = WebRoute("static/app.js")
    }

    static let home = "/"
    static let login = Pattern.login.path()
    static let logout = Pattern.logout.path()
    static let frameworks = Pattern.frameworks.path()
    static let users = Pattern.users.path()
    static let password = Pattern.password.path()

    static func login(next: String?) -> String { with(login, ["next": next]) }
    static func units(query: String? = nil) -> String { with(Pattern.units.path(), ["q": query]) }
    static func dashboard(_ unit: String, period: ReportingPeriod? = nil, framework: String? = nil,
                          extra: [String: String?] = [:]) -> String {
        with(Pattern.dashboard.path(unit), ["period": period?.description, "framework": framework].merging(extra) { a, _ in a })
    }
    static func indicator(_ unit: String, _ code: String, period: ReportingPeriod? = nil) -> String {
        with(Pattern.indicator.path(unit, code), ["period": period?.description])
    }
    static func entry(_ unit: String, period: ReportingPeriod? = nil, framework: String? = nil,
                      extra: [String: String?] = [:]) -> String {
        with(Pattern.entry.path(unit), ["period": period?.description, "framework": framework].merging(extra) { a, _ in a })
    }
    static func review(_ unit: String, period: ReportingPeriod? = nil, extra: [String: String?] = [:]) -> String {
        with(Pattern.review.path(unit), ["period": period?.description].merging(extra) { a, _ in a })
    }
    static func importFile(_ unit: String) -> String { Pattern.importFile.path(unit) }
    static func reportIngest(_ unit: String) -> String { Pattern.reportIngest.path(unit) }
    static func reportIngestSave(_ unit: String) -> String { Pattern.reportIngestSave.path(unit) }
    static func importConfirm(_ unit: String) -> String { Pattern.importConfirm.path(unit) }
    static func communeTargets(_ unit: String, framework: String? = nil, extra: [String: String?] = [:]) -> String {
        with(Pattern.communeTargets.path(unit), ["framework": framework].merging(extra) { a, _ in a })
    }
    static func figures(_ unit: String, extra: [String: String?] = [:]) -> String {
        with(Pattern.figures.path(unit), extra)
    }

    static func departments(_ unit: String, extra: [String: String?] = [:]) -> String {
        with(Pattern.departments.path(unit), extra)
    }
    static func dossiers(_ unit: String, period: ReportingPeriod? = nil, extra: [String: String?] = [:]) -> String {
        with(Pattern.dossiers.path(unit), ["period": period?.description].merging(extra) { a, _ in a })
    }
    /// Polled by the upload script (it adds `token`).
    static func dossierProgress(_ unit: String) -> String { Pattern.dossierProgress.path(unit) }
    static func tasks(_ unit: String, department: String? = nil, extra: [String: String?] = [:]) -> String {
        with(Pattern.tasks.path(unit), ["department": department].merging(extra) { a, _ in a })
    }
    static func taskProgress(_ unit: String, _ task: String, department: String? = nil) -> String {
        with(Pattern.taskProgress.path(unit, task), ["department": department])
    }
    static func reports(_ unit: String, kind: String? = nil, period: ReportingPeriod? = nil,
                        extra: [String: String?] = [:]) -> String {
        with(Pattern.reports.path(unit), ["kind": kind, "period": period?.description].merging(extra) { a, _ in a })
    }
    static func reportPrevious(_ unit: String, kind: String, period: ReportingPeriod) -> String {
        with(Pattern.reportPrevious.path(unit), ["kind": kind, "period": period.description])
    }
    static func reportDocument(_ unit: String, kind: String, period: ReportingPeriod, format: String) -> String {
        with(Pattern.reportDocument.path(unit), ["kind": kind, "period": period.description, "format": format])
    }
    static func reportPreview(_ unit: String, kind: String, period: ReportingPeriod) -> String {
        with(Pattern.reportPreview.path(unit), ["kind": kind, "period": period.description])
    }
    static func province(_ code: String, period: ReportingPeriod? = nil, framework: String? = nil,
                         sort: String? = nil, query: String? = nil, withData: Bool = false, format: String? = nil) -> String {
        with(Pattern.province.path(code), ["period": period?.description, "framework": framework, "sort": sort,
                                          "q": query, "data": withData ? "1" : nil, "format": format])
    }
    /// The index ranking as a file: format "csv" or "xlsx".
    static func provinceRankings(_ code: String, period: ReportingPeriod, framework: String?, format: String) -> String {
        with(Pattern.provinceRankings.path(code), ["period": period.description, "framework": framework, "format": format])
    }
    static func framework(_ code: String) -> String { Pattern.framework.path(code) }
    static func nationalTargets(_ indicator: String, extra: [String: String?] = [:]) -> String {
        with(Pattern.nationalTargets.path(indicator), extra)
    }
    static func users(extra: [String: String?]) -> String { with(users, extra) }
    static func userAction(_ username: String, _ action: String) -> String { Pattern.userAction.path(username, action) }

    /// Versioned by content, so a year-long cache never serves an old stylesheet.
    static var css: String { with(Pattern.css.path(), ["v": StaticAssets.version]) }
    static var js: String { with(Pattern.js.path(), ["v": StaticAssets.version]) }

    // MARK: encoding

    /// Percent-encodes all but RFC 3986's unreserved ASCII characters (Vietnamese letters too, as
    /// UTF-8 bytes). Codes are plain ASCII on almost every link of a page, so they come back as they are.
    static func seg(_ s: String) -> String {
        func unreserved(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
        }
        guard !s.utf8.allSatisfy(unreserved) else { return s }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3)
        for b in s.utf8 {
            if unreserved(b) { out.append(b) } else { out += [0x25, hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func with(_ path: String, _ query: [String: String?]) -> String {
        let items = query.compactMap { k, v in v.map { (k, $0) } }.filter { !$0.1.isEmpty }.sorted { $0.0 < $1.0 }
        guard !items.isEmpty else { return path }
        return path + "?" + items.map { "\(seg($0.0))=\(seg($0.1))" }.joined(separator: "&")
    }

    /// A `next=` target is only followed when it is a path on this site (no "//host" or scheme).
    static func safeNext(_ next: String?) -> String? {
        guard let next, isLocalPath(next) else { return nil }
        // Once more after decoding: "/%2F%2Fevil", "/%5Cevil" or "/%09/evil" must not turn into
        // another host in a browser or a proxy that decodes before it redirects.
        // (Decoded, a search in the query may hold spaces and Vietnamese letters: those are fine.)
        guard let decoded = next.removingPercentEncoding, isLocalPath(decoded, asSent: false) else { return nil }
        return next
    }

    /// A path on this site and nothing a browser could read as another host: one leading "/",
    /// no control character (browsers drop tabs and line breaks, so "/\t/evil" is "//evil"), no
    /// backslash (read as "/"), no "//" at the start or scheme anywhere. As sent it is printable
    /// ASCII without spaces, as every address XaSo makes is.
    private static func isLocalPath(_ text: String, asSent: Bool = true) -> Bool {
        guard text.hasPrefix("/"), text.utf8.count <= 2048 else { return false }
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") { return false }
            if asSent && (byte == 0x20 || byte > 0x7E) { return false }
        }
        return !text.hasPrefix("//") && !text.contains("://")
    }
}

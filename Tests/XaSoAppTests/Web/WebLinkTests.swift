import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

extension DatabaseTests {
    /// Every link builder of `WebPath` lands on a registered route: asked without a session, the
    /// router finds it (a page answers with the login redirect, a form post with its refusal), never 404.
    /// Parameters with Vietnamese letters and a slash check that they stay one path segment.
    @Suite struct WebLinks {
        static let period = try! ReportingPeriod(parsing: "2025-Q3")

        static var gets: [String] {
            let u = Ref.giaPhuc
            return [
                WebPath.home, WebPath.login, WebPath.login(next: "/units"), WebPath.units(query: "Gia Phúc"),
                WebPath.dashboard(u, period: period, framework: "CL411"), WebPath.indicator(u, "CL411.01", period: period),
                WebPath.entry(u, period: period), WebPath.review(u, period: period), WebPath.importFile(u),
                WebPath.communeTargets(u, framework: "NQ71"), WebPath.figures(u), WebPath.departments(u),
                WebPath.dossiers(u, period: period), WebPath.dossierProgress(u), WebPath.tasks(u, department: "Văn hóa - Xã hội"),
                WebPath.reports(u, kind: "quarterly-cds", period: period), WebPath.reportIngest(u),
                WebPath.reportDocument(u, kind: "quarterly-cds", period: period, format: "docx"),
                WebPath.reportPreview(u, kind: "quarterly-cds", period: period),
                WebPath.province(Ref.haiPhong, period: period, sort: "name", query: "Gia", withData: true),
                WebPath.provinceRankings(Ref.haiPhong, period: period, framework: nil, format: "csv"),
                WebPath.submissions(Ref.haiPhong, period: period), WebPath.national(period: period, format: "csv"), WebPath.quality(u, period: period), WebPath.frameworks, WebPath.framework("CL411"),
                WebPath.nationalTargets("CL411.01"), WebPath.users, WebPath.users(extra: ["q": "a"]), WebPath.password,
                WebPath.css, WebPath.js,
            ]
        }

        static var posts: [String] {
            let u = Ref.giaPhuc
            return [
                WebPath.logout, WebPath.importConfirm(u), WebPath.qualityCheck(u), WebPath.reportIngestSave(u),
                WebPath.reportPrevious(u, kind: "quarterly-cds", period: period),
                WebPath.taskProgress(u, "nhiệm vụ/1", department: "Văn phòng"), WebPath.userAction("cán bộ/1", "disable"),
            ]
        }

        @Test func everyLinkReachesARoute() async throws {
            try await withApp { app in
                let client = WebClient(app)
                for link in Self.gets {
                    let page = try await client.get(link)
                    #expect(page.status != .notFound, "GET \(link)")
                    #expect([.ok, .seeOther, .found].contains(page.status), "GET \(link): \(page.status)")
                }
                for link in Self.posts {
                    let page = try await client.post(link, [:])
                    #expect(page.status != .notFound, "POST \(link)")
                }
                // The check can fail: an address that no route has is 404.
                #expect(try await client.get("/units/\(Ref.giaPhuc)/no-such-page").status == .notFound)
            }
        }

        @Test func parametersAreOneEncodedSegment() {
            #expect(WebPath.taskProgress("11050", "nhiệm vụ/1") == "/units/11050/tasks/nhi%E1%BB%87m%20v%E1%BB%A5%2F1/progress")
            #expect(WebPath.indicator("11050", "CL411.01", period: Self.period) == "/units/11050/indicators/CL411.01?period=2025-Q3")
            #expect(WebPath.Pattern.userAction.parameterCount == 2)
        }
    }
}

import Vapor

/// The web application's routes. `configure` calls `register` once, next to the API's routes.
enum WebRoutes {
    static func register(_ app: Application) throws {
        let web = app.grouped(WebSecurityHeaders(), WebErrorMiddleware())
        web.get(WebPath.Pattern.css.components, use: StaticAssets.css)
        web.get(WebPath.Pattern.js.components, use: StaticAssets.js)

        let session = web.grouped(WebSessionMiddleware())
        session.on(.GET, [], use: HomeRoute.handle)
        get(session, WebPath.Pattern.login, LoginPage.show)
        session.on(.POST, WebPath.Pattern.login.components, body: .collect(maxSize: "16kb"), use: LoginPage.submit)

        let pages = session.grouped(WebRequireLogin())
        pages.on(.POST, WebPath.Pattern.logout.components, body: .collect(maxSize: "16kb"), use: LoginPage.logout)
        get(pages, WebPath.Pattern.units, UnitsPage.handle)
        get(pages, WebPath.Pattern.dashboard, DashboardPage.handle)
        get(pages, WebPath.Pattern.indicator, IndicatorPage.handle)
        get(pages, WebPath.Pattern.entry, EntryPage.handle)
        post(pages, WebPath.Pattern.entry, EntryPage.save)
        get(pages, WebPath.Pattern.review, ReviewPage.handle)
        post(pages, WebPath.Pattern.review, ReviewPage.decide)
        get(pages, WebPath.Pattern.importFile, ImportPage.handle)
        post(pages, WebPath.Pattern.importFile, ImportPage.preview)
        post(pages, WebPath.Pattern.importConfirm, ImportPage.confirm)
        get(pages, WebPath.Pattern.communeTargets, TargetsPage.commune)
        post(pages, WebPath.Pattern.communeTargets, TargetsPage.saveCommune)
        get(pages, WebPath.Pattern.departments, DepartmentsPage.show)
        post(pages, WebPath.Pattern.departments, DepartmentsPage.add)
        get(pages, WebPath.Pattern.figures, FiguresPage.show)
        post(pages, WebPath.Pattern.figures, FiguresPage.add)
        get(pages, WebPath.Pattern.dossiers, DossiersPage.handle)
        post(pages, WebPath.Pattern.dossiers, DossiersPage.upload)
        get(pages, WebPath.Pattern.dossierProgress, DossierUploadProgress.handle)
        get(pages, WebPath.Pattern.tasks, TasksPage.handle)
        post(pages, WebPath.Pattern.taskProgress, TasksPage.postProgress)
        get(pages, WebPath.Pattern.reportIngest, ReportIngestPage.handle)
        post(pages, WebPath.Pattern.reportIngest, ReportIngestPage.preview)
        post(pages, WebPath.Pattern.reportIngestSave, ReportIngestPage.save)
        get(pages, WebPath.Pattern.reports, ReportsPage.handle)
        post(pages, WebPath.Pattern.reports, ReportsPage.save)
        post(pages, WebPath.Pattern.reportPrevious, ReportsPage.startFromPrevious)
        get(pages, WebPath.Pattern.reportDocument, ReportDocumentRoutes.document)
        get(pages, WebPath.Pattern.reportPreview, ReportDocumentRoutes.preview)
        get(pages, WebPath.Pattern.province, ProvincePage.handle)
        get(pages, WebPath.Pattern.provinceRankings, ProvinceRankingSection.download)
        get(pages, WebPath.Pattern.submissions, SubmissionsPage.handle)
        get(pages, WebPath.Pattern.national, NationalPage.handle)
        get(pages, WebPath.Pattern.quality, QualityPage.handle)
        post(pages, WebPath.Pattern.qualityCheck, QualityPage.check)
        get(pages, WebPath.Pattern.frameworks, FrameworksPage.list)
        get(pages, WebPath.Pattern.framework, FrameworksPage.show)
        get(pages, WebPath.Pattern.nationalTargets, TargetsPage.national)
        post(pages, WebPath.Pattern.nationalTargets, TargetsPage.saveNational)
        get(pages, WebPath.Pattern.users, UsersPage.show)
        post(pages, WebPath.Pattern.users, UsersPage.add)
        post(pages, WebPath.Pattern.userAction, UsersPage.act)
        get(pages, WebPath.Pattern.password, PasswordPage.show)
        post(pages, WebPath.Pattern.password, PasswordPage.submit)
    }

    typealias Handler = @Sendable (Request) async throws -> Response

    static func get(_ routes: any RoutesBuilder, _ route: WebRoute, _ handler: @escaping Handler) {
        routes.on(.GET, route.components, use: handler)
    }

    /// Uploads are the largest bodies (an XLSX of figures); the API accepts the same 64 MB.
    static func post(_ routes: any RoutesBuilder, _ route: WebRoute, _ handler: @escaping Handler) {
        routes.on(.POST, route.components, body: .collect(maxSize: "64mb"), use: handler)
    }
}

import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// Deadlines, submissions of a period as a whole, the province's table and its reminders.
enum SubmissionsController {
    static func setDeadline(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let input = try req.content.decode(DeadlineInput.self)
        let (key, rule) = try SubmissionDeadlines.validate(key: try req.parameter("period_kind"), daysAfter: input.days_after,
                                                           date: input.date)
        let saved = try await req.store.setDeadline(provinceCode: code, key: key, rule: rule, framework: input.framework,
                                                    actor: actor)
        return try json(DeadlineDTO(saved))
    }

    /// The deadlines that apply to a unit: its province's.
    static func deadlines(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        guard let province = try await req.store.provinceCode(of: code) else { return try json([DeadlineDTO]()) }
        return try json(try await req.store.deadlines(provinceCode: province).map(DeadlineDTO.init))
    }

    static func submit(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let period = try ReportingPeriod.required(try req.parameter("period"))
        let record = try await req.store.submitPeriod(unitCode: code, period: period, actor: actor)
        return try json(try await dto(record, req: req))
    }

    static func review(to next: SubmissionState) -> @Sendable (Request) async throws -> Response {
        { req in
            let actor = try await req.principal()
            let code = try req.parameter("code")
            let period = try ReportingPeriod.required(try req.parameter("period"))
            // A missing or unreadable body is a return without a reason, answered as such.
            let reason = next == .returned ? (try? req.content.decode(ReturnInput.self))?.reason : nil
            let record = try await req.store.reviewSubmission(unitCode: code, period: period, to: next, reason: reason,
                                                              actor: actor)
            return try json(try await dto(record, req: req))
        }
    }

    static func dto(_ record: SubmissionRecord, req: Request) async throws -> SubmissionDTO {
        let province = try await req.store.provinceCode(of: record.unitCode) ?? ""
        let rules = try await req.store.deadlines(provinceCode: province)
        return SubmissionDTO(record, deadline: SubmissionDeadlines.deadline(for: record.period, among: rules))
    }

    /// The table as JSON, or as a spreadsheet when `?format=csv|xlsx` or the path ends so.
    static func list(format fixed: SubmissionFormat? = nil) -> @Sendable (Request) async throws -> Response {
        { req in
            let actor = try await req.principal()
            let code = try req.parameter("code")
            let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
            let format = try fixed ?? SubmissionFormat.parse(req.query[String.self, at: "format"])
            let table = try await req.store.submissionTable(unitCode: code, period: period,
                                                            framework: req.query[String.self, at: "framework"], actor: actor)
            return try attachment(table.overview, format: format, code: code) ?? json(SubmissionsDTO(table.overview))
        }
    }

    /// The table as a CSV or XLSX attachment (the API's and the web page's downloads); nil for json.
    static func attachment(_ overview: SubmissionOverview, format: SubmissionFormat, code: String) throws -> Response? {
        let data: Data
        switch format {
        case .json: return nil
        case .csv: data = SubmissionSheet.csv(overview)
        case .xlsx: data = try SubmissionSheet.xlsx(overview)
        }
        let name = "Nop bao cao \(overview.period) - \(code).\(format.rawValue)"
        return ReportController.file(data, contentType: format.contentType, disposition: ReportFileName.contentDisposition(name))
    }

    static func reminders(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let table = try await req.store.submissionTable(unitCode: code, period: period,
                                                        framework: req.query[String.self, at: "framework"], actor: actor)
        return try json(SubmissionRemindersDTO(table, today: LocalDay(date: Date())))
    }
}

/// How the table is sent.
enum SubmissionFormat: String, CaseIterable, Sendable {
    case json, csv, xlsx

    static func parse(_ text: String?) throws -> SubmissionFormat {
        guard let text, !text.isEmpty else { return .json }
        guard let f = SubmissionFormat(rawValue: text.lowercased()) else {
            throw AppError(.invalid, code: .submissionFormatInvalid, message: "format '\(text)' is not json, csv or xlsx",
                           vietnamese: "Định dạng “\(text)” không hợp lệ (json, csv, xlsx).")
        }
        return f
    }

    var contentType: String {
        switch self {
        case .json: return "application/json"
        case .csv: return "text/csv; charset=utf-8"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

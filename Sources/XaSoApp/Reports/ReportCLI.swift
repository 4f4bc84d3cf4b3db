import ArgumentParser
import Foundation
import class Vapor.Application
import XaSoCore
import XaSoPersistence

/// The `xaso` subcommands for reports.
enum ReportCLI {
    static let commands: [any ParsableCommand.Type] = [ReportCommand.self]
}

/// `xaso report --unit CODE --kind KIND --period P --format docx|pdf|html --out FILE` writes a
/// report; `xaso report kinds` lists the kinds.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Official reports as DOCX, PDF or HTML; reading old reports back (ingest).",
        subcommands: [Render.self, Kinds.self, Ingest.self], defaultSubcommand: Render.self, aliases: ["reports"])

    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Write a commune's report for a period (the saved number, date, signer and narrative, unless overridden here).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Unit code of the commune (or of the province, for a province's kind)") var unit: String
        @Option(help: "Report kind (see `xaso report kinds`)") var kind: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
        @Option(help: "docx, pdf or html") var format: String = "docx"
        @Option(help: "Output file") var out: String
        @Option(help: "Document number, for this run") var number: Int?
        @Option(help: "Document date YYYY-MM-DD (or YYYY to leave day and month blank), for this run") var date: String?
        @Option(help: "A Word template (DOCX with placeholders) to fill instead of the built-in layout") var template: String?
        @Option(help: "Signer's title, for this run: \"Chủ tịch\", \"Phó Chủ tịch\" (KT. CHỦ TỊCH), or lines separated by /")
        var signerTitle: String?
        @Option(help: "Signer's name, for this run") var signerName: String?
        @Option(help: "Framework of the indicator table, for this run (CL411, NQ57-5N, …)") var framework: String?
        @Option(help: "A line under the title, for this run, e.g. \"(Phục vụ Kỳ họp thứ 3 - kỳ họp thường lệ giữa năm 2026\"; repeat for more")
        var subtitle: [String] = []

        struct Written: Codable, Equatable {
            var unit: String
            var kind: String
            var period: String
            var format: String
            var out: String
            var bytes: Int
            var unmatched_overrides: [String]
        }

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> Written {
            let p = try ReportingPeriod.required(period)
            let fmt = try ReportFormat(parsing: format)
            guard fmt != .json else {
                throw AppError(.invalid, code: .reportFormatInvalid, message: "format must be docx, pdf or html",
                               vietnamese: "Định dạng phải là docx, pdf hoặc html.")
            }
            let documentDate = try date.map(DocumentDateText.parse)
            let templateData = try template.map(readFile)
            if let templateData { _ = try ReportService.inspectTemplate(templateData) }
            let (data, unmatched) = try await AppRunner.with(database.config()) { app in
                let (prepared, data) = try await app.reportService.document(
                    unitCode: unit, kindCode: kind, period: p, format: fmt, templateData: templateData,
                    framework: framework, actor: consolePrincipal) { input in
                    if let number { input.number = number }
                    if let documentDate { input.date = documentDate }
                    if !subtitle.isEmpty { input.summaryNotes = subtitle.map(VietnameseText.normalized) }
                    if signerTitle != nil || signerName != nil {
                        let name = signerName ?? input.signature.signerName
                        input.signature = signerTitle.map { SignatureBlock.titled($0, name: name) }
                            ?? SignatureBlock(authorityLines: input.signature.authorityLines, signerName: name)
                    }
                }
                return (data, prepared.unmatchedOverrides)
            }
            do {
                try data.write(to: URL(fileURLWithPath: out))
            } catch {
                throw AppError(.invalid, code: .fileWriteFailed, message: "cannot write '\(out)': \(error.localizedDescription)",
                               vietnamese: "Không ghi được tệp \(out).")
            }
            return Written(unit: unit, kind: kind, period: p.description, format: fmt.rawValue, out: out,
                           bytes: data.count, unmatched_overrides: unmatched)
        }
    }

    struct Kinds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kinds", abstract: "The report kinds as JSON; with --unit, those the unit issues, its province's own included.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only the kinds this unit issues, with those of its province") var unit: String?

        func run() async throws {
            FileHandle.standardOutput.write(try await result())
            FileHandle.standardOutput.write(Data("\n".utf8))
        }

        func result() async throws -> Data {
            // The built-in kinds need no database.
            guard let unit else { return ReportKindRegistry.builtIn.listingJSON() }
            return try await AppRunner.with(database.config()) { app in
                let service = app.reportService
                return try ReportKindRegistry(kinds: try await service.kinds(for: try await app.store.requireUnit(unit))).listingJSON()
            }
        }
    }

    /// `xaso reports ingest FILE --unit CODE [--period P] [--kind K] [--dry-run]`: prints the
    /// issue 12 JSON contract; without --dry-run everything read is stored at once.
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Read an old report (DOCX, PDF, text) back into figures and narrative; store them unless --dry-run.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The report: .docx, .pdf (needs pdftotext or LibreOffice) or plain text") var file: String
        @Option(help: "Unit code of the commune") var unit: String
        @Option(help: "Period, when the report does not say it: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String?
        @Option(help: "Report kind, when its outline is not enough (see `xaso report kinds`)") var kind: String?
        @Flag(help: "Read and print only; store nothing") var dryRun = false

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> IngestedReport {
            let p = try period.map { try ReportingPeriod.required($0) }
            let data = try readFile(file)
            return try await AppRunner.with(database.config()) { app in
                let service = ReportIngestService(store: app.store, reports: app.reportService)
                return try await service.ingest(.init(unitCode: unit, data: data, fileName: file, period: p, kindCode: kind),
                                                dryRun: dryRun, actor: consolePrincipal)
            }
        }
    }
}

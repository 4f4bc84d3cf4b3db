import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

extension ReportService {
    /// The same report for many communes, e.g. every commune of a province for one quarter, in
    /// the order given. A few communes are built and laid out at a time (reading the database
    /// and writing the DOCX overlap); PDFs are then converted in one LibreOffice run, which
    /// saves its start-up for each file.
    func documents(unitCodes: [String], kindCode: String, period: ReportingPeriod,
                   format: ReportFormat) async throws -> [(unitCode: String, data: Data)] {
        let layoutFormat: ReportFormat = format == .pdf ? .docx : format
        let service = self
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        let rendered = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            var pending = unitCodes.indices.makeIterator()
            for _ in 0..<width {
                guard let index = pending.next() else { break }
                let code = unitCodes[index]
                group.addTask { (index, try await service.layout(unitCode: code, kindCode: kindCode, period: period, format: layoutFormat)) }
            }
            var out = [Data](repeating: Data(), count: unitCodes.count)
            for try await (index, data) in group {
                out[index] = data
                if let index = pending.next() {
                    let code = unitCodes[index]
                    group.addTask { (index, try await service.layout(unitCode: code, kindCode: kindCode, period: period, format: layoutFormat)) }
                }
            }
            return out
        }
        let results = format == .pdf ? try await pdfs(rendered) : rendered
        return zip(unitCodes, results).map { (unitCode: $0, data: $1) }
    }
}

extension ReportService {
    /// Many DOCX converted in one LibreOffice run.
    func pdfs(_ documents: [Data]) async throws -> [Data] {
        do {
            return try await pdf.convert(documents: documents)
        } catch {
            throw error.appError
        }
    }

    /// One commune's report of a batch, laid out with the template its report names.
    func layout(unitCode: String, kindCode: String, period: ReportingPeriod, format: ReportFormat) async throws -> Data {
        let prepared = try await prepare(unitCode: unitCode, kindCode: kindCode, period: period)
        var template: Data?
        if format == .docx {
            template = try await templateContent(unitCode: unitCode, requested: nil, saved: prepared.saved)
        }
        return try await render(prepared, format: format, template: template)
    }
}

extension Application {
    /// One report as the console operator gets it (saved settings and narrative, no permission
    /// check): `format` is docx, pdf, html or json.
    public func reportDocument(unitCode: String, kindCode: String, period: ReportingPeriod,
                               format: String = "docx") async throws -> Data {
        let service = reportService
        let prepared = try await service.prepare(unitCode: unitCode, kindCode: kindCode, period: period)
        let fmt = try ReportFormat(parsing: format)
        var template: Data?
        if fmt == .docx || fmt == .pdf {
            template = try await service.templateContent(unitCode: unitCode, requested: nil, saved: prepared.saved)
        }
        return try await service.render(prepared, format: fmt, template: template)
    }

    /// The same report for many communes, in the order given (see `ReportService.documents`).
    public func reportDocuments(unitCodes: [String], kindCode: String, period: ReportingPeriod,
                                format: String = "docx") async throws -> [(unitCode: String, data: Data)] {
        try await reportService.documents(unitCodes: unitCodes, kindCode: kindCode, period: period,
                                          format: ReportFormat(parsing: format))
    }
}

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
                group.addTask { (index, try await service.document(unitCode: code, kindCode: kindCode, period: period, format: layoutFormat).data) }
            }
            var out = [Data](repeating: Data(), count: unitCodes.count)
            for try await (index, data) in group {
                out[index] = data
                if let index = pending.next() {
                    let code = unitCodes[index]
                    group.addTask { (index, try await service.document(unitCode: code, kindCode: kindCode, period: period, format: layoutFormat).data) }
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
}

extension Application {
    /// One report as the console operator gets it (saved settings and narrative, no permission
    /// check): `format` is docx, pdf, html or json.
    public func reportDocument(unitCode: String, kindCode: String, period: ReportingPeriod,
                               format: String = "docx") async throws -> Data {
        try await reportService.document(unitCode: unitCode, kindCode: kindCode, period: period,
                                         format: ReportFormat(parsing: format), actor: consolePrincipal).data
    }

    /// The same report for many communes, in the order given (see `ReportService.documents`).
    public func reportDocuments(unitCodes: [String], kindCode: String, period: ReportingPeriod,
                                format: String = "docx") async throws -> [(unitCode: String, data: Data)] {
        try await reportService.documents(unitCodes: unitCodes, kindCode: kindCode, period: period,
                                          format: ReportFormat(parsing: format))
    }
}

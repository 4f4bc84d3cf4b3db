import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// A commune's Word templates: uploaded and deleted by the commune's admin, read by anyone who
/// may read the commune. The caller checks that the bytes are a DOCX and lists its placeholders
/// (the documents library does that; storage does not know DOCX).
extension XaSoStore {
    /// Larger files are refused: a letterhead template is tens of kilobytes.
    public static let templateMaxBytes = 10 * 1024 * 1024

    static func templateInfo(_ m: ReportTemplateModel) -> ReportTemplateInfo {
        ReportTemplateInfo(unitCode: m.unitCode, name: m.name, size: m.size,
                           placeholders: (try? JSONDecoder().decode([String].self, from: Data(m.placeholders.utf8))) ?? [],
                           uploadedAt: m.uploadedAt, uploadedBy: m.uploadedBy)
    }

    func templateRow(unitCode: String, name: String, on db: any Database) async throws -> ReportTemplateModel? {
        try await ReportTemplateModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$name == name).first()
    }

    static func templateNotFound(unitCode: String, name: String) -> AppError {
        AppError.notFound(.reportTemplateNotFound, "\(unitCode)/\(name)",
                          vietnamese: "Đơn vị \(unitCode) chưa có mẫu báo cáo tên “\(name)”.")
    }

    /// A name that fits in a URL path segment and a file name: 1–100 characters, no slash or
    /// control characters.
    public static func checkTemplateName(_ name: String) throws -> String {
        let clean = VietnameseText.normalized(name)
        guard !clean.isEmpty, clean.count <= 100,
              !clean.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || CharacterSet.controlCharacters.contains($0) }) else {
            throw AppError(.invalid, code: .reportTemplateNameInvalid,
                           message: "a template name has 1 to 100 characters and no slash",
                           vietnamese: "Tên mẫu báo cáo dài từ 1 đến 100 ký tự và không chứa dấu “/”.")
        }
        return clean
    }

    /// Stores a template under `name`, replacing one of the same name.
    @discardableResult
    public func saveTemplate(unitCode: String, name: String, content: Data, placeholders: [String],
                             actor: Principal) async throws -> ReportTemplateInfo {
        try await requireReportEdit(actor, unitCode: unitCode)
        let name = try Self.checkTemplateName(name)
        guard !content.isEmpty, content.count <= Self.templateMaxBytes else {
            throw AppError(.invalid, code: .reportTemplateSize,
                           message: "a template must hold 1 byte to \(Self.templateMaxBytes / 1024 / 1024) MB",
                           vietnamese: "Tệp mẫu trống hoặc lớn hơn \(Self.templateMaxBytes / 1024 / 1024) MB.")
        }
        return try await db.writeTransaction { tx in
            let existing = try await templateRow(unitCode: unitCode, name: name, on: tx)
            let before = existing.map(Self.templateInfo)
            let row = existing ?? ReportTemplateModel()
            row.unitCode = unitCode
            row.name = name
            row.content = content
            row.size = content.count
            row.placeholders = Self.json(placeholders)
            row.uploadedAt = Date()
            row.uploadedBy = actor.username
            try await row.save(on: tx)
            let info = Self.templateInfo(row)
            try await audit(on: tx, actor: actor.username, action: existing == nil ? "create" : "update",
                            entity: "report_template", key: "\(unitCode)/\(name)", before: before.map { Self.json($0) },
                            after: Self.json(info))
            return info
        }
    }

    public func templates(unitCode: String, actor: Principal) async throws -> [ReportTemplateInfo] {
        try await requireRead(actor, unitCode: unitCode)
        // Not the bytes: a listing reads only what it shows.
        return try await ReportTemplateModel.query(on: db).filter(\.$unitCode == unitCode)
            .field(\.$id).field(\.$unitCode).field(\.$name).field(\.$size).field(\.$placeholders)
            .field(\.$uploadedAt).field(\.$uploadedBy)
            .sort(\.$name).all().map(Self.templateInfo)
    }

    /// The template's bytes; no permission check (the caller has made it).
    public func template(unitCode: String, name: String) async throws -> (info: ReportTemplateInfo, content: Data) {
        guard let row = try await templateRow(unitCode: unitCode, name: VietnameseText.normalized(name), on: db) else {
            throw Self.templateNotFound(unitCode: unitCode, name: name)
        }
        return (Self.templateInfo(row), row.content)
    }

    public func template(unitCode: String, name: String, actor: Principal) async throws -> (info: ReportTemplateInfo, content: Data) {
        try await requireRead(actor, unitCode: unitCode)
        return try await template(unitCode: unitCode, name: name)
    }

    public func deleteTemplate(unitCode: String, name: String, actor: Principal) async throws {
        try await requireReportEdit(actor, unitCode: unitCode)
        try await db.writeTransaction { tx in
            guard let row = try await templateRow(unitCode: unitCode, name: VietnameseText.normalized(name), on: tx) else {
                throw Self.templateNotFound(unitCode: unitCode, name: name)
            }
            let info = Self.templateInfo(row)
            try await row.delete(on: tx)
            // Reports that named it go back to the built-in layout rather than failing to render.
            try await SavedReportModel.query(on: tx).filter(\.$unitCode == unitCode).filter(\.$templateName == info.name)
                .set(\.$templateName, to: nil).update()
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "report_template",
                            key: "\(unitCode)/\(info.name)", before: Self.json(info), after: nil)
        }
    }
}

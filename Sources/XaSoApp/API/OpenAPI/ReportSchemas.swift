import Foundation
import XaSoCore

/// Schemas of the report routes (`ReportRoutes`).
enum ReportSchemas {
    static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    static let routes: [String: RouteSchema] = [
        "GET report-kinds": .json([ReportKindDTO].self),
        "PUT provinces/:code/report-kinds": .json([ReportKindDTO].self),
        "DELETE provinces/:code/report-kinds/:kind": .noContent,
        "GET units/:code/reports": .json([SavedReportDTO].self),
        "GET units/:code/reports/:kind/:period": .json(ReportModelDTO.self),
        "PUT units/:code/reports/:kind/:period": .json(ReportModelDTO.self),
        "DELETE units/:code/reports/:kind/:period": .noContent,
        // ?format=docx (default), pdf, html or json (the model); 503 pdf_unavailable without LibreOffice.
        "GET units/:code/reports/:kind/:period/document": RouteSchema(200, .files(documentMedia), serverErrors: [503]),
        "POST units/:code/reports/:kind/:period/start-from-previous": .json(StartFromPreviousDTO.self),
        // 200 with what was read on a dry run, 201 when it was stored; the body is the JSON contract of issue 12.
        "POST units/:code/reports/ingest": RouteSchema(201, .json(IngestedReport.self), alsoStatus: [200],
                                                       parameters: ["file_name": ["type": "string", "maxLength": 255]]),
        "GET units/:code/reported-dossier-figures": .json(ReportIngestController.ReportedDossierFiguresDTO.self, requiredQuery: ["period"]),
        "GET units/:code/report-templates": .json([ReportTemplateDTO].self),
        "PUT units/:code/report-templates/:name": .json(ReportTemplateDTO.self),
        "GET units/:code/report-templates/:name": RouteSchema(200, .files { _ in [docx: RequestBodies.office] }),
        "DELETE units/:code/report-templates/:name": .noContent,
    ]

    /// The document route answers in the format asked for.
    static func documentMedia(_ reader: SchemaReader) throws -> [String: JSONValue] {
        [docx: RequestBodies.office, "application/pdf": RequestBodies.office,
         "text/html": ["type": "string"], "application/json": try reader.schema(ReportModelDTO.self)]
    }

    static let bodies: [String: RequestBodies.Body] = [
        // One definition or an array of them.
        "ReportKindDefinition": RequestBodies.Body(schema: { reader in
            let one = try reader.schema(ReportKindDefinition.self)
            return ["oneOf": [one, ["type": "array", "items": one, "minItems": 1]]]
        }),
        "ReportSettingsInput": RequestBodies.type(ReportSettingsInput.self),
    ]
}

/// Every field may be left out (kept) or null (back to the default); read by hand in `ReportSettingsInput`.
extension ReportSettingsInput: SchemaComposite {
    static func schema(reader: SchemaReader) throws -> JSONValue {
        func orNull(_ s: JSONValue) -> JSONValue { SchemaCatalog.nullable(s) }
        let text: JSONValue = ["type": "string"]
        let texts: JSONValue = ["type": "array", "items": text]
        return [
            "type": "object", "additionalProperties": false,
            "properties": [
                "framework": orNull(text), "number": orNull(["type": "integer", "minimum": 1]), "symbol": orNull(text),
                "date": orNull(["type": "string", "pattern": "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|[0-9]{2}/[0-9]{2}/[0-9]{4})$"]),
                "signer": orNull(try reader.schema(SignerDTO.self)), "recipients": orNull(texts), "summary_notes": orNull(texts),
                "template": orNull(text),
                "narrative": ["type": "object", "additionalProperties": orNull(text)],
                "replace_narrative": ["type": "boolean"],
            ],
        ]
    }

    /// Nothing sent: every field kept.
    static func schemaSample() throws -> ReportSettingsInput { try JSONDecoder().decode(Self.self, from: Data("{}".utf8)) }
}

import Foundation
import XaSoCore

/// What a Swift declaration cannot say about a field: the pattern of a unit code or a period, the
/// values of a state held as text, bounds. One place, so every route and DTO uses the same rule.
struct SchemaCatalog: Sendable {
    /// Keyed by "Type.field" (applied as is) or by "field" (applied where the field holds the same
    /// JSON type, so a `period` object is never given the period pattern).
    var fields: [String: JSONValue]

    func refine(type: String, field: String, _ schema: JSONValue) -> JSONValue {
        if let exact = fields["\(type).\(field)"] { return exact }
        if let general = fields[field], general["type"] == schema["type"] { return general }
        return schema
    }

    /// `schema` or null: optional fields are left out by the encoder, and null reads as absent.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard var object = schema.objectValue else { return schema }
        if case .string(let type)? = object["type"] {
            object["type"] = [.string(type), "null"]
            if case .array(var values)? = object["enum"] { values.append(.null); object["enum"] = .array(values) }
            return .object(object)
        }
        if case .array(let alternatives)? = object["anyOf"], alternatives.contains(["type": "null"]) { return schema }
        if object["type"]?.arrayValue != nil { return schema }
        return ["anyOf": [schema, ["type": "null"]]]
    }

    static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map { .string($0) })] }

    // MARK: patterns

    /// Province "31", commune "11050", village "11050-3".
    static let unitCodePattern = "^([0-9]{2}|[0-9]{5}(-[0-9]{1,6})?)$"
    static let provinceCodePattern = "^[0-9]{2}$"
    /// "2025", "2025-M09", "2025-Q3", "2026-H1", "2025-9M" (ReportingPeriod.description).
    static let periodPattern = "^[0-9]{4}(-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M))?$"
    static let dayPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    /// "CL411.01", "NQ71.7.7": letters and digits with dots, dashes and underscores.
    static let indicatorCodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"

    static let unitCode: JSONValue = ["type": "string", "pattern": .string(unitCodePattern), "example": "11050"]
    static let provinceCode: JSONValue = ["type": "string", "pattern": .string(provinceCodePattern), "example": "31"]
    static let period: JSONValue = ["type": "string", "pattern": .string(periodPattern), "example": "2025-Q3"]
    static let day: JSONValue = ["type": "string", "format": "date", "pattern": .string(dayPattern), "example": "2025-09-14"]
    static let indicatorCode: JSONValue = ["type": "string", "pattern": .string(indicatorCodePattern), "example": "CL411.01"]
    static let role = enumeration(Role.allCases.map(\.rawValue))
    static let percent: JSONValue = ["type": "integer", "minimum": 0, "maximum": 100]
    static let count: JSONValue = ["type": "integer", "minimum": 0]
    static let newPassword: JSONValue = ["type": "string", "minLength": .integer(PasswordRules.minimumLength),
                                         "maxLength": .integer(PasswordRules.maximumBytes / 4)]

    static let standard = SchemaCatalog(fields: [
        "unit_code": unitCode, "parent_code": unitCode, "commune_code": unitCode, "province_code": provinceCode,
        "indicator_code": indicatorCode,
        "period": period, "previous_period": period,
        "role": role,
        "date": day, "from": day, "to": day, "as_of": day, "deadline_day": day,
        "due": day, "next_due": day, "completed_on": day, "last_update": day, "assigned_on": day,
        "percent": percent,
        "task_count": count, "work_task_count": count, "tracked_count": count, "due_count": count,
        "completed_on_time_count": count, "completed_late_count": count, "overdue_count": count,
        "inserted": count, "updated": count, "unchanged": count, "deleted": count, "revoked": count, "copied": count,
        "kept": count, "skipped": count,
        "UnitDTO.code": unitCode,
        // PasswordRules: at least 8 characters; bcrypt reads 72 bytes (18 four-byte characters at worst).
        "UsersController.NewUser.password": newPassword,
        "AccountsController.PasswordChange.new_password": newPassword,
        "UnitsController.NameInput.name": ["type": "string", "minLength": 1, "maxLength": 200],
        // Written, never read: null when there is nothing to divide by.
        "DossierRate.percent": ["type": ["number", "null"], "minimum": 0, "maximum": 100],
        "SignerDTO.role": enumeration(["chairman", "vice_chairman"]),
        // An issue date may leave the day, or day and month, blank for signing.
        "ReportSettingsDTO.date": ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"],
        // An old report read back: its date as far as it was written ("2026" for "ngày … tháng … năm 2026").
        "IngestedReport.date": ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"],
        "UnitDTO.level": enumeration(UnitLevel.allCases.map(\.rawValue)),
        "IndicatorDTO.code": indicatorCode,
        "IndicatorDTO.unit_kind": enumeration(UnitKind.allCases.map(\.rawValue)),
        "IndicatorDTO.direction": enumeration(Direction.allCases.map(\.rawValue)),
        "IndicatorDTO.targets": ["type": "object", "propertyNames": ["pattern": "^[0-9]{4}$"],
                                 "additionalProperties": ["type": "string"]],
        "ValueDTO.state": enumeration(ValueState.allCases.map(\.rawValue)),
        "EvaluationDTO.verdict_code": enumeration(Verdict.allCases.map(\.rawValue)),
        "EvaluationDTO.trend": enumeration(["improved", "unchanged", "worsened"]),
        "EvaluationDTO.target_year": ["type": "integer", "minimum": 1900, "maximum": 2200],
        "DepartmentDTO.kind": enumeration(["department", "partner"]),
        "TargetDTO.comparison": enumeration(["none", "reach", "at_least", "above", "at_most", "below", "range",
                                             "approximately", "top", "qualitative"]),
        "TaskDTO.status": enumeration(TaskStatus.allCases.map(\.rawValue)),
        "TaskAlertDTO.status": enumeration(TaskStatus.allCases.map(\.rawValue)),
        "ProgressDTO.state": enumeration(ReportedProgress.allCases.map(\.rawValue)),
        "ProgressFiguresDTO.tracked_percent": ["type": "number", "minimum": 0, "maximum": 100],
        "ProgressFiguresDTO.on_time_percent": ["type": "number", "minimum": 0, "maximum": 100],
        "FrameworkDTO.milestones": ["type": "array", "items": ["type": "integer", "minimum": 1900, "maximum": 2200]],
        // A figure is sent as a number or as officials write it ("~15%", "36,7%", "15/20").
        "ValueInput.value": ["type": ["string", "number"]],
    ])
}

// MARK: leaves: types that are one JSON value

extension String: SchemaLeaf {
    static var schema: JSONValue { ["type": "string"] }
    static var schemaSample: String { "" }
}
/// An error code travels as its bare string (docs/errors.md), as it did when it was a `String`.
extension ErrorCode: SchemaLeaf {
    static var schema: JSONValue { ["type": "string"] }
    static var schemaSample: ErrorCode { .requestInvalid }
}
extension Bool: SchemaLeaf {
    static var schema: JSONValue { ["type": "boolean"] }
    static var schemaSample: Bool { false }
}
extension Int: SchemaLeaf {
    static var schema: JSONValue { ["type": "integer"] }
    static var schemaSample: Int { 0 }
}
extension Int64: SchemaLeaf {
    static var schema: JSONValue { ["type": "integer"] }
    static var schemaSample: Int64 { 0 }
}
extension Double: SchemaLeaf {
    static var schema: JSONValue { ["type": "number"] }
    static var schemaSample: Double { 0 }
}
extension Date: SchemaLeaf {
    /// `json(_:)` writes dates as ISO 8601.
    static var schema: JSONValue { ["type": "string", "format": "date-time"] }
    static var schemaSample: Date { Date(timeIntervalSince1970: 0) }
}
extension UUID: SchemaLeaf {
    static var schema: JSONValue { ["type": "string", "format": "uuid"] }
    static var schemaSample: UUID { UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) }
}
extension ReportingPeriod: SchemaLeaf {
    static var schema: JSONValue { SchemaCatalog.period }
    static var schemaSample: ReportingPeriod { .quarter(3, 2025) }
}
extension LocalDateTime: SchemaLeaf {
    static var schema: JSONValue { ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"] }
    static var schemaSample: LocalDateTime { LocalDateTime(localSeconds: 0) }
}

/// A string enum: its raw values.
protocol SchemaEnum: SchemaLeaf, CaseIterable, RawRepresentable where RawValue == String {}
extension SchemaEnum {
    static var schema: JSONValue { SchemaCatalog.enumeration(allCases.map(\.rawValue)) }
    static var schemaSample: Self { allCases.first! }
}
extension Role: SchemaEnum {}
extension ValueState: SchemaEnum {}
extension Verdict: SchemaEnum {}
extension UnitKind: SchemaEnum {}
extension Direction: SchemaEnum {}
extension UnitLevel: SchemaEnum {}
extension PeriodKind: SchemaEnum {}
extension TaskStatus: SchemaEnum {}
extension ReportedProgress: SchemaEnum {}
extension DossierTimeliness: SchemaEnum {}
extension SubmissionChannel: SchemaEnum {}
extension DossierOutcome: SchemaEnum {}
extension OnlineServiceLevel: SchemaEnum {}
extension ReportGenerator: SchemaEnum {}

/// A string enum that is not `CaseIterable`: its cases spelled out here.
protocol SchemaNamedEnum: SchemaLeaf, RawRepresentable where RawValue == String {
    static var schemaCases: [Self] { get }
}
extension SchemaNamedEnum {
    static var schema: JSONValue { SchemaCatalog.enumeration(schemaCases.map(\.rawValue)) }
    static var schemaSample: Self { schemaCases[0] }
}
extension Trend: SchemaNamedEnum { static var schemaCases: [Trend] { [.improved, .unchanged, .worsened] } }
extension LateDossier.Kind: SchemaNamedEnum { static var schemaCases: [Self] { [.resolvedLate, .inProgressLate] } }
extension CellAlignment: SchemaNamedEnum { static var schemaCases: [Self] { [.left, .center, .right, .justified] } }
extension ReportOrigin: SchemaNamedEnum { static var schemaCases: [Self] { [.generated, .narrative] } }
extension ReportChartData.Kind: SchemaNamedEnum { static var schemaCases: [Self] { [.columns, .horizontalBars, .lines] } }
extension ReportChartData.ValueFormat: SchemaNamedEnum { static var schemaCases: [Self] { [.count, .percent] } }
extension ParsedPlan.Format: SchemaNamedEnum { static var schemaCases: [Self] { [.numbered, .pillars] } }
extension Department.Kind: SchemaNamedEnum { static var schemaCases: [Self] { [.department, .partner] } }

/// Written as an array of runs; read from that or from a markup string.
extension RichText: SchemaComposite {
    static func schema(reader: SchemaReader) throws -> JSONValue {
        ["type": "array", "items": try reader.schema(TextRun.self)]
    }
    static func schemaSample() -> RichText { RichText("") }
}

/// A block tagged by `kind`: a paragraph or bullet (id, text, origin, marker), a table or a chart.
extension ReportBlock: SchemaComposite {
    static func schema(reader: SchemaReader) throws -> JSONValue {
        [
            "type": "object", "required": ["kind"], "additionalProperties": false,
            "properties": [
                "kind": SchemaCatalog.enumeration(["paragraph", "bullet", "table", "chart"]),
                "id": ["type": "string"], "text": try reader.schema(RichText.self), "origin": ReportOrigin.schema,
                "marker": ["type": "string"], "table": try reader.schema(ReportTable.self),
                "chart": try reader.schema(ReportChart.self),
            ],
        ]
    }
    static func schemaSample() -> ReportBlock { .paragraph("p", "") }
}

extension Data: SchemaLeaf {
    /// JSONEncoder writes bytes as base64.
    static var schema: JSONValue { ["type": "string", "contentEncoding": "base64"] }
    static var schemaSample: Data { Data() }
}

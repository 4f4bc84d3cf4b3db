import Foundation
@testable import XaSoApp

/// A JSON Schema checker for the subset the OpenAPI document uses: type (one or several), enum,
/// pattern, minimum/maximum, minLength/maxLength, properties/required/additionalProperties,
/// propertyNames, items/minItems, $ref into components, anyOf, oneOf. Formats are not checked.
/// Written for the tests, so a response is judged by something other than the code that made the schema.
struct SchemaValidator {
    let components: [String: JSONValue]

    init(document: JSONValue) {
        components = document["components"]?["schemas"]?.objectValue ?? [:]
    }

    /// Problems found, each with its JSON path; empty when `value` conforms.
    func check(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard let s = schema.objectValue else { return ["\(path): schema is not an object"] }
        if let ref = s["$ref"]?.stringValue {
            let name = String(ref.dropFirst("#/components/schemas/".count))
            guard let target = components[name] else { return ["\(path): unresolved \(ref)"] }
            return check(value, against: target, at: path)
        }
        if let any = s["anyOf"]?.arrayValue {
            return any.contains { check(value, against: $0, at: path).isEmpty } ? [] : ["\(path): matches no anyOf alternative"]
        }
        if let one = s["oneOf"]?.arrayValue {
            let matches = one.filter { check(value, against: $0, at: path).isEmpty }.count
            if matches == 1 { return [] }
            let why = one.map { check(value, against: $0, at: path).prefix(3).joined(separator: "; ") }.joined(separator: " | ")
            return ["\(path): matches \(matches) oneOf alternatives, not 1 (\(why))"]
        }
        if let typeValue = s["type"] {
            let types = typeValue.arrayValue?.compactMap(\.stringValue) ?? [typeValue.stringValue ?? ""]
            if !types.contains(where: { Self.has(value, type: $0) }) {
                return ["\(path): \(Self.describe(value)) is not \(types.joined(separator: "|"))"]
            }
        }
        var problems: [String] = []
        if let options = s["enum"]?.arrayValue, !options.contains(where: { Self.same($0, value) }) {
            problems.append("\(path): \(Self.describe(value)) not in enum")
        }
        if case .string(let text) = value {
            if let pattern = s["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): '\(text)' does not match \(pattern)")
            }
            if let min = s["minLength"].flatMap(Self.number), Double(text.count) < min { problems.append("\(path): too short") }
            if let max = s["maxLength"].flatMap(Self.number), Double(text.count) > max { problems.append("\(path): too long") }
        }
        if let n = Self.number(value) {
            if let min = s["minimum"].flatMap(Self.number), n < min { problems.append("\(path): \(n) < \(min)") }
            if let max = s["maximum"].flatMap(Self.number), n > max { problems.append("\(path): \(n) > \(max)") }
        }
        if case .object(let object) = value {
            let properties = s["properties"]?.objectValue ?? [:]
            for key in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                problems.append("\(path): missing required '\(key)'")
            }
            for (key, item) in object.sorted(by: { $0.key < $1.key }) {
                if let names = s["propertyNames"] { problems += check(.string(key), against: names, at: "\(path).\(key)(name)") }
                if let property = properties[key] {
                    problems += check(item, against: property, at: "\(path).\(key)")
                } else if let extra = s["additionalProperties"], extra.objectValue != nil {
                    problems += check(item, against: extra, at: "\(path).\(key)")
                } else if s["additionalProperties"] == .bool(false) {
                    problems.append("\(path): unexpected property '\(key)'")
                }
            }
        }
        if case .array(let array) = value {
            if let min = s["minItems"].flatMap(Self.number), Double(array.count) < min { problems.append("\(path): too few items") }
            if let items = s["items"] {
                for (i, item) in array.enumerated() { problems += check(item, against: items, at: "\(path)[\(i)]") }
            }
        }
        return problems
    }

    static func number(_ v: JSONValue) -> Double? {
        switch v {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .integer): return true
        case ("integer", .number(let d)): return d == d.rounded()
        case ("number", .integer), ("number", .number): return true
        default: return false
        }
    }

    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        return a == b
    }

    static func describe(_ v: JSONValue) -> String {
        let text = "\(v)"
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}

import Foundation

/// Reads the JSON Schema of a `Decodable` type by decoding it from a recording decoder: every key
/// the type asks for becomes a property (required for `decode`, optional for `decodeIfPresent`),
/// with the schema of the type asked for. So a DTO's schema is its own declaration and cannot drift
/// from it; what a declaration cannot say (patterns, enums, bounds) comes from `SchemaCatalog`.
///
/// Types that read themselves from one string (days, periods, enums) conform to `SchemaLeaf`;
/// arrays and string-keyed dictionaries are read through their element type.
final class SchemaReader {
    /// Named object schemas, for `#/components/schemas`.
    private(set) var components: [String: JSONValue] = [:]
    private var samples: [String: Any] = [:]
    let catalog: SchemaCatalog

    init(catalog: SchemaCatalog = .standard) { self.catalog = catalog }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// The schema of `type`: a `$ref` for an object type (its schema added to `components`),
    /// inline for leaves and collections.
    func schema<T: Decodable>(_ type: T.Type) throws -> JSONValue {
        try read(type).schema
    }

    func read<T: Decodable>(_ type: T.Type) throws -> (value: T, schema: JSONValue) {
        if let composite = type as? any SchemaComposite.Type {
            guard let value = try composite.schemaSample() as? T else { throw Unreadable(description: "sample of \(type)") }
            return (value, try composite.schema(reader: self))
        }
        if let leaf = type as? any SchemaLeaf.Type {
            guard let value = leaf.schemaSample as? T else { throw Unreadable(description: "leaf sample of \(type)") }
            return (value, leaf.schema)
        }
        if let array = type as? any SchemaArray.Type {
            let items = try schema(opening: array.schemaElement)
            return (try T(from: EmptyDecoder()), ["type": "array", "items": items])
        }
        if let optional = type as? any SchemaOptional.Type {
            let wrapped = try schema(opening: optional.schemaWrapped)
            return (try T(from: NilDecoder()), SchemaCatalog.nullable(wrapped))
        }
        if let dict = type as? any SchemaDictionary.Type {
            let values = try schema(opening: dict.schemaValue)
            return (try T(from: EmptyDecoder()), ["type": "object", "additionalProperties": values])
        }
        let name = Self.name(of: type)
        let ref: JSONValue = ["$ref": .string("#/components/schemas/\(name)")]
        if let sample = samples[name] as? T { return (sample, ref) }
        var object = ObjectRecord(typeName: name)
        let value: T
        do {
            value = try T(from: RecordingDecoder(reader: self, record: object))
            if type is any SchemaByEncoding.Type, let encodable = value as? any Encodable {
                // Written differently from how it is read (derived totals and rates): what is
                // written is what a client sees.
                let decoded = object
                object = ObjectRecord(typeName: name)
                try encodable.encode(to: RecordingEncoder(reader: self, record: object))
                if let failure = object.failure { throw Unreadable(description: failure) }
                // A nil written as null says nothing of its type: take the type the key is read as.
                for (key, schema) in object.properties where schema == ["type": "null"] {
                    if let read = decoded.properties[key] { object.properties[key] = SchemaCatalog.nullable(read) }
                }
            }
        } catch let e as Unreadable {
            throw e
        } catch {
            throw Unreadable(description: "\(name) cannot be read as a schema: \(error)")
        }
        samples[name] = value
        components[name] = object.schema(refinedBy: catalog)
        return (value, ref)
    }

    /// The schema of an `Encodable` that is not `Decodable`, from what it writes.
    func schema<V: Encodable>(encoding value: V) throws -> JSONValue {
        if let leaf = V.self as? any SchemaLeaf.Type { return leaf.schema }
        if let readable = V.self as? any Decodable.Type { return try schema(opening: readable) }
        let name = Self.name(of: V.self)
        let object = ObjectRecord(typeName: name)
        try value.encode(to: RecordingEncoder(reader: self, record: object))
        if let failure = object.failure { throw Unreadable(description: failure) }
        components[name] = object.schema(refinedBy: catalog)
        return ["$ref": .string("#/components/schemas/\(name)")]
    }

    func schema(opening type: any Decodable.Type) throws -> JSONValue {
        try schema(type)
    }

    /// "PlanSummaryDTO.Department": the type's name without its module.
    static func name(of type: Any.Type) -> String {
        let full = String(reflecting: type)
        let parts = full.split(separator: ".")
        return parts.count > 1 ? parts.dropFirst().joined(separator: ".") : full
    }
}

/// A type that reads itself from one JSON value, with that value's schema and a sample to return.
protocol SchemaLeaf {
    static var schema: JSONValue { get }
    static var schemaSample: Self { get }
}

/// A type that writes keys it does not read (totals, rates): its schema is taken from what it writes.
protocol SchemaByEncoding {}

/// A type whose coding the reader cannot follow (a tagged union, a text-or-array): its schema by
/// hand, from the schemas of the types it holds.
protocol SchemaComposite {
    static func schema(reader: SchemaReader) throws -> JSONValue
    static func schemaSample() throws -> Self
}

protocol SchemaArray { static var schemaElement: any Decodable.Type { get } }
extension Array: SchemaArray where Element: Decodable { static var schemaElement: any Decodable.Type { Element.self } }

protocol SchemaOptional { static var schemaWrapped: any Decodable.Type { get } }
extension Optional: SchemaOptional where Wrapped: Decodable { static var schemaWrapped: any Decodable.Type { Wrapped.self } }

protocol SchemaDictionary { static var schemaValue: any Decodable.Type { get } }
extension Dictionary: SchemaDictionary where Key == String, Value: Decodable {
    static var schemaValue: any Decodable.Type { Value.self }
}

/// The properties one object type asked for.
final class ObjectRecord {
    let typeName: String
    var properties: [String: JSONValue] = [:]
    var required: Set<String> = []
    /// Set when the type writes a shape the reader does not follow.
    var failure: String?

    init(typeName: String) { self.typeName = typeName }

    func add(_ key: String, _ schema: JSONValue, required isRequired: Bool) {
        properties[key] = schema
        if isRequired { required.insert(key) } else { required.remove(key) }
    }

    func schema(refinedBy catalog: SchemaCatalog) -> JSONValue {
        var props: [String: JSONValue] = [:]
        for (key, schema) in properties {
            let refined = catalog.refine(type: typeName, field: key, schema)
            props[key] = required.contains(key) ? refined : SchemaCatalog.nullable(refined)
        }
        var object: [String: JSONValue] = ["type": "object", "properties": .object(props), "additionalProperties": false]
        if !required.isEmpty { object["required"] = .array(required.sorted().map { .string($0) }) }
        return .object(object)
    }
}

/// Decodes `nil`.
private struct NilDecoder: Decoder, SingleValueDecodingContainer {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private var no: SchemaReader.Unreadable { .init(description: "nil read as a value") }
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw no }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw no }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
    func decodeNil() -> Bool { true }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { throw no }
    func decode(_ type: Bool.Type) throws -> Bool { throw no }
    func decode(_ type: String.Type) throws -> String { throw no }
    func decode(_ type: Double.Type) throws -> Double { throw no }
    func decode(_ type: Float.Type) throws -> Float { throw no }
    func decode(_ type: Int.Type) throws -> Int { throw no }
    func decode(_ type: Int8.Type) throws -> Int8 { throw no }
    func decode(_ type: Int16.Type) throws -> Int16 { throw no }
    func decode(_ type: Int32.Type) throws -> Int32 { throw no }
    func decode(_ type: Int64.Type) throws -> Int64 { throw no }
    func decode(_ type: UInt.Type) throws -> UInt { throw no }
    func decode(_ type: UInt8.Type) throws -> UInt8 { throw no }
    func decode(_ type: UInt16.Type) throws -> UInt16 { throw no }
    func decode(_ type: UInt32.Type) throws -> UInt32 { throw no }
    func decode(_ type: UInt64.Type) throws -> UInt64 { throw no }
}

/// Decodes nothing: an empty array or dictionary.
private struct EmptyDecoder: Decoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(EmptyKeyed<Key>())
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { EmptyUnkeyed() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw SchemaReader.Unreadable(description: "a collection read as a single value")
    }
}

private struct EmptyUnkeyed: UnkeyedDecodingContainer {
    var codingPath: [any CodingKey] = []
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }
    private var end: SchemaReader.Unreadable { .init(description: "past the end of an empty collection") }
    mutating func decodeNil() throws -> Bool { throw end }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw end }
    mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> { throw end }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw end }
    mutating func superDecoder() throws -> any Decoder { throw end }
}

private struct EmptyKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { [] }
    private var none: SchemaReader.Unreadable { .init(description: "a key of an empty dictionary") }
    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { throw none }
    func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> { throw none }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw none }
    func superDecoder() throws -> any Decoder { throw none }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw none }
}

private struct RecordingDecoder: Decoder {
    let reader: SchemaReader
    let record: ObjectRecord
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordingKeyed<Key>(reader: reader, record: record))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw SchemaReader.Unreadable(description: "\(record.typeName) reads an array itself: declare it a SchemaLeaf")
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw SchemaReader.Unreadable(description: "\(record.typeName) reads one value itself: declare it a SchemaLeaf")
    }
}

/// Records each key asked for. Every typed overload is spelled out because the protocol's default
/// `decodeIfPresent` would call `decode` and make optional keys look required.
private struct RecordingKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: SchemaReader
    let record: ObjectRecord
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    private func take<T: Decodable>(_ type: T.Type, _ key: Key, required: Bool) throws -> T {
        // A text the type parses (a day, a code) is given the catalog's example, not "".
        let refined = reader.catalog.refine(type: record.typeName, field: key.stringValue, String.schema)
        if type == String.self,
           let example = refined["example"]?.stringValue ?? refined["enum"]?.arrayValue?.first?.stringValue,
           let value = example as? T {
            record.add(key.stringValue, String.schema, required: required)
            return value
        }
        let (value, schema) = try reader.read(type)
        record.add(key.stringValue, schema, required: required)
        return value
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try take(type, key, required: true) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try take(type, key, required: true) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try take(type, key, required: true) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try take(type, key, required: true) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try take(type, key, required: true) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try take(type, key, required: true) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try take(type, key, required: true) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try take(type, key, required: true) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try take(type, key, required: true) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try take(type, key, required: true) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try take(type, key, required: true) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try take(type, key, required: true) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try take(type, key, required: true) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try take(type, key, required: true) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try take(type, key, required: true) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try take(type, key, required: false) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try take(type, key, required: false) }

    private var unsupported: SchemaReader.Unreadable {
        .init(description: "\(record.typeName) uses nested containers: declare it a SchemaLeaf")
    }
    func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> { throw unsupported }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw unsupported }
    func superDecoder() throws -> any Decoder { throw unsupported }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw unsupported }
}

/// Records each key written, for `SchemaByEncoding` types.
private struct RecordingEncoder: Encoder {
    let reader: SchemaReader
    let record: ObjectRecord
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RecordingKeyedEncoder<Key>(reader: reader, record: record))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        record.failure = "\(record.typeName) writes an array: declare it a SchemaLeaf"
        return Discarding()
    }
    func singleValueContainer() -> any SingleValueEncodingContainer {
        record.failure = "\(record.typeName) writes one value: declare it a SchemaLeaf"
        return Discarding()
    }
}

private struct RecordingKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let reader: SchemaReader
    let record: ObjectRecord
    var codingPath: [any CodingKey] = []

    private func put<V: Encodable>(_ value: V, _ key: Key, required: Bool) throws {
        record.add(key.stringValue, try reader.schema(encoding: value), required: required)
    }
    private func putType<V: Decodable>(_ type: V.Type, _ key: Key) throws {
        record.add(key.stringValue, try reader.schema(type), required: false)
    }

    mutating func encodeNil(forKey key: Key) throws { record.add(key.stringValue, ["type": "null"], required: true) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: String, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(Double(value), key, required: true) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try put(value, key, required: true) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(Int(value), key, required: true) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(Int64(value), key, required: true) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try put(value, key, required: false) }
        else if let readable = T.self as? any Decodable.Type { try putOpened(readable, key) }
        else { throw SchemaReader.Unreadable(description: "\(record.typeName).\(key.stringValue) is nil and not Decodable") }
    }
    private func putOpened(_ type: any Decodable.Type, _ key: Key) throws { try putType(type, key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try putType(Bool.self, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try putType(String.self, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try putType(Double.self, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try putType(Double.self, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try putType(Int.self, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try putType(Int.self, key) }

    private func unsupported() -> ObjectRecord {
        record.failure = "\(record.typeName) writes nested containers: declare it a SchemaLeaf"
        return ObjectRecord(typeName: record.typeName)
    }
    mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(RecordingKeyedEncoder<N>(reader: reader, record: unsupported()))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        _ = unsupported()
        return Discarding()
    }
    mutating func superEncoder() -> any Encoder { RecordingEncoder(reader: reader, record: unsupported()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { RecordingEncoder(reader: reader, record: unsupported()) }
}

/// Swallows what an unsupported shape writes; the record's `failure` says what went wrong.
private struct Discarding: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey] = []
    var count: Int { 0 }
    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Double) throws {}
    mutating func encode(_ value: Float) throws {}
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Int8) throws {}
    mutating func encode(_ value: Int16) throws {}
    mutating func encode(_ value: Int32) throws {}
    mutating func encode(_ value: Int64) throws {}
    mutating func encode(_ value: UInt) throws {}
    mutating func encode(_ value: UInt8) throws {}
    mutating func encode(_ value: UInt16) throws {}
    mutating func encode(_ value: UInt32) throws {}
    mutating func encode(_ value: UInt64) throws {}
    mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(RecordingKeyedEncoder<N>(reader: SchemaReader(), record: ObjectRecord(typeName: "discarded")))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Discarding() }
    mutating func superEncoder() -> any Encoder {
        RecordingEncoder(reader: SchemaReader(), record: ObjectRecord(typeName: "discarded"))
    }
}

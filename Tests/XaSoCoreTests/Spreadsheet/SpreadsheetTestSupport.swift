import Foundation
@testable import XaSoDocuments

/// The SpreadsheetError a call throws, or nil when it succeeds or throws something else.
func spreadsheetError<T>(_ body: () throws -> T) -> SpreadsheetError? {
    do {
        _ = try body()
        return nil
    } catch let error as SpreadsheetError {
        return error
    } catch {
        return nil
    }
}

extension String {
    /// The same text in decomposed form (NFD), as pasted from Word or typed with some keyboards.
    var nfd: String { decomposedStringWithCanonicalMapping }
    var isNFC: Bool { unicodeScalars.elementsEqual(precomposedStringWithCanonicalMapping.unicodeScalars) }
}

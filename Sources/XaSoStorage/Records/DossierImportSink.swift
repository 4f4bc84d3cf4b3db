import Foundation
import XaSoCore

/// Where a streamed dossier import hands its batches, inside the import's one transaction
/// (`DossierStorage.importDossiers(unitCode:actor:produce:)`). A batch with a code already in
/// another commune's ledger throws `DossierCodesOfOtherUnit`.
public protocol DossierImportSink: AnyObject, Sendable {
    /// Rows written so far.
    var rows: Int { get }
    func write(_ batch: [Dossier]) async throws
}

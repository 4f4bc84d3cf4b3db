import FluentKit

/// Dossier tables, in the order they run (after the foundation's).
public enum DossierMigrations {
    public static var all: [any Migration] { [CreateProcedures(), CreateDossiers()] }
}

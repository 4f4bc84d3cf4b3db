import FluentKit

/// Report tables, in the order they run (after the foundation's).
public enum ReportMigrations {
    public static var all: [any Migration] { [] }
}

import FluentKit

/// Plan tables, in the order they run (after the foundation's).
public enum PlanMigrations {
    public static var all: [any Migration] { [] }
}

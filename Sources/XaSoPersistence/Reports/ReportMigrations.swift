import FluentKit

/// Report tables, in the order they run (after the foundation's); add new ones at the end.
public enum ReportMigrations {
    public static var all: [any Migration] {
        [
            CreateSavedReports(),
            CreateReportTemplates(),
            CreateReportKinds(),
        ]
    }
}

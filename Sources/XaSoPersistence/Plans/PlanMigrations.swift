import FluentKit

/// Plan tables, in the order they run (after the foundation's); add new ones at the end.
public enum PlanMigrations {
    public static var all: [any Migration] {
        [
            CreatePlans(),
            CreatePlanTasks(),
            CreateTaskProgress(),
            CreateTaskComments(),
        ]
    }
}

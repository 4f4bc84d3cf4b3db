import FluentKit

/// Account tables and columns, in the order they run (after every earlier group); add new ones at the end.
public enum AccountMigrations {
    public static var all: [any Migration] {
        [
            AddUserDisabled(),
            AddUserMustChangePassword(),
            AddUsernameFoldedIndex(),
            CreateLoginFailures(),
        ]
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "XaSo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xaso", targets: ["xaso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // Pure domain: Foundation only.
        .target(name: "XaSoCore", resources: [.copy("Resources")]),
        // Synthetic catalogues and ledgers for benchmarks, demos and tests: not part of the domain.
        .target(name: "XaSoFixtures", dependencies: ["XaSoCore"]),
        // What the app asks of storage, one protocol per feature, and the records they speak in:
        // no database here, so handlers and pages can be tested on memory (InMemoryStorage).
        .target(name: "XaSoStorage", dependencies: ["XaSoCore"]),
        // The storage protocols held in memory, for tests; never linked into the app.
        .target(name: "XaSoInMemoryStorage", dependencies: ["XaSoCore", "XaSoStorage"]),
        // DOCX / XLSX / SVG: knows the domain, not HTTP or SQL.
        .target(name: "XaSoDocuments", dependencies: [
            "XaSoCore",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Storage on FluentKit: XaSoStore implements XaSoStorage's protocols.
        .target(name: "XaSoPersistence", dependencies: [
            "XaSoCore", "XaSoStorage",
            .product(name: "FluentKit", package: "fluent-kit"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
        ]),
        // Vapor application, API, CLI commands. The drivers and SQLKit only for configuring the
        // database (Config/Database.swift, configure.swift); all other SQL is in XaSoPersistence.
        .target(name: "XaSoApp", dependencies: [
            "XaSoCore", "XaSoStorage", "XaSoDocuments", "XaSoPersistence", "XaSoFixtures",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "xaso", dependencies: ["XaSoApp"]),
        .executableTarget(name: "xaso-bench", dependencies: ["XaSoApp", "XaSoCore", "XaSoDocuments", "XaSoPersistence", "XaSoFixtures"], path: "Benchmarks/xaso-bench"),
        .testTarget(name: "XaSoCoreTests", dependencies: ["XaSoCore", "XaSoDocuments", "XaSoFixtures"]),
        .testTarget(name: "XaSoAppTests", dependencies: [
            "XaSoApp", "XaSoFixtures", "XaSoStorage", "XaSoInMemoryStorage",
            .product(name: "VaporTesting", package: "vapor"),
        ], exclude: ["Snapshots"]),
    ]
)

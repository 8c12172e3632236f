// swift-tools-version:6.0
import PackageDescription
import Foundation

/// Absolute path of this package, so the C data target can embed files with `.incbin`.
let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

let package = Package(
    name: "Qamus",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qamus", targets: ["qamus"]),
        .library(name: "QamusCore", targets: ["QamusCore"]),
        .library(name: "QamusStore", targets: ["QamusStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: - C shims
        /// System ICU behind a header that includes no ICU header.
        .target(
            name: "CQamusICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        /// Data files compiled into the binary (`.incbin`), so a copied release binary needs nothing beside it.
        .target(
            name: "CQamusData",
            cSettings: [.define("QAMUS_PACKAGE_DIR", to: "\"\(packageDirectory)\"")]
        ),

        // MARK: - Libraries
        .target(
            name: "QamusCore",
            dependencies: ["CQamusICU", "CQamusData"]
        ),
        .target(
            name: "QamusStore",
            dependencies: [
                "QamusCore",
                "CQamusData",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // MARK: - Executable
        .executableTarget(
            name: "qamus",
            dependencies: [
                "QamusCore",
                "QamusStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Benchmarks (never part of `swift test`; see Scripts/bench/run.sh)
        .executableTarget(
            name: "qamus-bench",
            dependencies: ["QamusCore"],
            path: "Benchmarks/qamus-bench"
        ),

        /// Glossing evaluation driver (Scripts/eval-gloss.py); not part of the product.
        .executableTarget(name: "qamus-gloss-eval", dependencies: ["QamusCore"], path: "Tools/lexicon/GlossEval"),

        // MARK: - Tests
        .testTarget(name: "QamusCoreTests", dependencies: ["QamusCore"]),
        .testTarget(name: "QamusStoreTests", dependencies: ["QamusStore"]),
        .testTarget(name: "QamusCLITests", dependencies: ["qamus", "QamusCore", "QamusStore"]),
    ]
)

// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Qamus's readers and text pipeline. Build and run with Fuzz/run.sh.
// The parent package is referred to by its identity, the name of its folder.
let parentIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "QamusCore", package: parentIdentity)],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "QamusFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "QamusCore", package: parentIdentity)]),
        fuzzTarget("FuzzTSV"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzTBX"),
        fuzzTarget("FuzzNormalizer"),
        fuzzTarget("FuzzSegmenter"),
        fuzzTarget("FuzzMatcher"),
    ]
)

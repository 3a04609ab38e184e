// swift-tools-version: 6.1
// The libFuzzer target over Parley, kept out of the main package so that its
// sanitizer flags never touch the normal build. Built and run by Scripts/fuzz.
import PackageDescription

let package = Package(
    name: "ParleyFuzz",
    dependencies: [
        .package(name: "Parley", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "ParleyFuzz",
            dependencies: [
                .product(name: "Parley", package: "Parley"),
                .product(name: "ParleyShell", package: "Parley"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .library(name: "Parley", targets: ["Parley"]),
        .library(name: "ParleyShell", targets: ["ParleyShell"]),
        .executable(name: "parley", targets: ["parley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The domain: reading, cleaning, extraction, merging, comparison. No terminal here.
        .target(
            name: "Parley",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.process("Resources")]
        ),
        // The only C in the project: Debian's libedit, behind a stateless shim.
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // A line editor behind the `LineReader` protocol; knows nothing of Parley.
        .target(name: "LineEditing", dependencies: ["CLibedit"]),
        // The command language, renderers and the interactive loop.
        .target(
            name: "ParleyShell",
            dependencies: [
                "Parley",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParleyTests",
            dependencies: ["Parley", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ParleyShellTests", dependencies: ["ParleyShell", "Parley"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

// Linux only (GNU readline, glibc's terminal calls); `platforms:` can name Apple systems only.
let package = Package(
    name: "smp-consult",
    products: [
        .executable(name: "smp-consult", targets: ["smp-consult"]),
        .library(name: "ConsultKit", targets: ["ConsultKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Everything that thinks (matching, intake, plans) and rendering for a
        // terminal; no printing, no reading of input, no exit.
        .target(
            name: "ConsultKit",
            dependencies: ["BundledIntents", .product(name: "Yams", package: "Yams")]
        ),
        // Intents/*.yaml compiled into the binary (through the Intents symlink),
        // so a copied release binary answers with no files beside it.
        .target(
            name: "BundledIntents",
            plugins: ["EmbedIntents"]
        ),
        .executableTarget(name: "EmbedIntentsTool"),
        .plugin(
            name: "EmbedIntents",
            capability: .buildTool(),
            dependencies: ["EmbedIntentsTool"]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "smp-consult",
            dependencies: [
                "ConsultKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ConsultKitTests",
            dependencies: ["ConsultKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SMPConsultTests",
            dependencies: ["ConsultKit", "smp-consult"]
        ),
    ]
)

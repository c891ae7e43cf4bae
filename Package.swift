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
        // Everything that thinks: matching, intake, plans. No printing, no
        // readline, no exit; no bundled data either (see BundledIntents).
        .target(
            name: "ConsultKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Intents/*.yaml and the matcher's index built from them at build time,
        // compiled into the binary (inputs through the Intents symlink), so a
        // copied release binary answers with no files beside it and starts
        // without parsing YAML. Above ConsultKit, since the tool links it.
        .target(
            name: "BundledIntents",
            dependencies: ["ConsultKit"],
            plugins: ["EmbedIntents"]
        ),
        .executableTarget(name: "EmbedIntentsTool", dependencies: ["ConsultKit"]),
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
                "BundledIntents",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Random and mutated questions and YAML under a watchdog, and a check that
        // time grows linearly: `swift run -c release smp-fuzz`. Not part of `swift test`.
        .executableTarget(
            name: "smp-fuzz",
            dependencies: ["ConsultKit", "BundledIntents"]
        ),
        .testTarget(
            name: "ConsultKitTests",
            dependencies: ["ConsultKit", "BundledIntents"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SMPConsultTests",
            dependencies: ["ConsultKit", "smp-consult"]
        ),
    ]
)

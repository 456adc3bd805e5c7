// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PressAlign",
    products: [
        .library(name: "PressAlign", targets: ["PressAlign"]),
        .executable(name: "pressalign", targets: ["PressAlignCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU (Debian libicu-dev). Only CICUShim may depend on it: see Docs/Architecture.md.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Snowball stemmers (Debian libstemmer-dev); libstemmer ships no pkg-config file.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // zlib (Debian zlib1g-dev), to read the gzip-compressed dictd dictionary.
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libxml2 (Debian libxml2-dev), for HTML pages. Only CHTMLShim includes its headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CHTMLShim",
            dependencies: ["CLibXML2"]
        ),
        // The one place that includes ICU headers. Its public header is ICU-free.
        .target(
            name: "CICUShim",
            dependencies: ["CICU"]
        ),
        .target(
            name: "PressAlign",
            dependencies: ["CICUShim", "CHTMLShim", "CStemmer", "CZlib"]
        ),
        .executableTarget(
            name: "PressAlignCLI",
            dependencies: [
                "PressAlign",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput and scaling figures (release build; not part of `swift test`).
        .executableTarget(
            name: "PressAlignBenchmarks",
            dependencies: ["PressAlign"]
        ),
        .testTarget(
            name: "PressAlignTests",
            dependencies: ["PressAlign"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

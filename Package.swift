// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tier",
    products: [
        .executable(name: "tier", targets: ["tier"]),
    ],
    dependencies: [
        // The gateway's HTTP server (tier serve): NIO's HTTP/1.1 codec and event loops, nothing hand-written.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // System libraries: Debian's libcurl4-openssl-dev and libyaml-dev, found through pkg-config.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // OpenSSL's libcrypto (Debian's libssl-dev): SHA-256 of the gateway's client keys.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Debian's libhiredis-dev: the state shared by gateway replicas (state.backend: redis).
        .systemLibrary(
            name: "CHiredis",
            pkgConfig: "hiredis",
            providers: [.apt(["libhiredis-dev"])]
        ),
        .target(
            name: "TierCore",
            dependencies: ["CCurl", "CYaml", "CHiredis"]
        ),
        // `tier serve`: OpenAI and Anthropic endpoints over the same Ask pipeline. Apart from TierCore so
        // the core (and every other subcommand's code) never depends on NIO.
        .target(
            name: "TierGateway",
            dependencies: [
                "TierCore",
                "CCrypto",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            // Swift 5 mode: NIO's handlers and the blocking worker threads meet at Responder, which is
            // checked by hand (a lock) rather than by the compiler's Sendable analysis.
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "tier",
            dependencies: ["TierCore", "TierGateway"],
            // lld with packed relative relocations (DT_RELR, glibc 2.36+): the gateway's NIO code made the
            // binary's relocations grow by a fifth, and `tier route` pays for them at every start. Packed,
            // the loader runs 18.6M instructions for `route hello` against 20.3M before the gateway existed.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),
        .testTarget(
            name: "TierCoreTests",
            dependencies: ["TierCore"]
        ),
        .testTarget(
            name: "TierCLITests",
            // Depending on the executable makes `swift test` build it first; the tests run the binary.
            dependencies: ["tier", "TierCore", "TierGateway"]
        ),
    ]
)

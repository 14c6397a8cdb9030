// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tier",
    products: [
        .executable(name: "tier", targets: ["tier"]),
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
        .target(
            name: "TierCore",
            dependencies: ["CCurl", "CYaml"]
        ),
        .executableTarget(
            name: "tier",
            dependencies: ["TierCore"]
        ),
        .testTarget(
            name: "TierCoreTests",
            dependencies: ["TierCore"]
        ),
        .testTarget(
            name: "TierCLITests",
            // Depending on the executable makes `swift test` build it first; the tests run the binary.
            dependencies: ["tier", "TierCore"]
        ),
    ]
)

// swift-tools-version:5.9
// Resident Guide's Rust core for iOS: the XCFramework of libguide_ffi (static
// library + C header + module map, built by scripts/build-xcframework.sh on a
// Mac) and the Swift bindings UniFFI generates for it. Both are build
// outputs; run the script before `swift build` or opening the app.
import PackageDescription

let package = Package(
    name: "GuideFFI",
    platforms: [.iOS(.v15)],
    products: [
        .library(name: "GuideFFI", targets: ["GuideFFI"]),
    ],
    targets: [
        // The C side: GuideFFIFFI.h and its module map, with the static library per platform.
        .binaryTarget(name: "GuideFFIFFI", path: "build/GuideFFIFFI.xcframework"),
        // The generated Swift (Sources/GuideFFI/GuideFFI.swift, copied in by the script).
        .target(name: "GuideFFI", dependencies: ["GuideFFIFFI"], path: "Sources/GuideFFI"),
    ]
)

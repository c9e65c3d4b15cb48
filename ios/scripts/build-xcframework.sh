#!/usr/bin/env bash
# Builds ios/build/GuideFFIFFI.xcframework (libguide_ffi.a for devices and
# simulators, with the C header and module map) and generates the Swift
# bindings into ios/Sources/GuideFFI. Run on a Mac with Xcode and rustup,
# from anywhere:  ios/scripts/build-xcframework.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)
rustup target add "${targets[@]}"

# The size-optimised, stripped static library for each target (release profile).
for target in "${targets[@]}"; do
  cargo build --release --locked -p guide-ffi --target "$target"
done

# Bindings come from the host's debug library, which keeps the UniFFI
# metadata (same API and checksums as the release build).
cargo build --locked -p guide-ffi
out=ios/build
rm -rf "$out" && mkdir -p "$out/headers"
cargo run --locked -p guide-ffi --bin uniffi-bindgen -- generate target/debug/libguide_ffi.dylib \
  --language swift --no-format --out-dir "$out/swift"
cp "$out/swift/GuideFFI.swift" ios/Sources/GuideFFI/GuideFFI.swift
cp "$out/swift/GuideFFIFFI.h" "$out/headers/"
# Xcode finds a framework's module map by this exact name.
cp "$out/swift/GuideFFIFFI.modulemap" "$out/headers/module.modulemap"

# One library for both simulator architectures.
mkdir -p "$out/sim"
lipo -create \
  target/aarch64-apple-ios-sim/release/libguide_ffi.a \
  target/x86_64-apple-ios/release/libguide_ffi.a \
  -output "$out/sim/libguide_ffi.a"

xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/release/libguide_ffi.a -headers "$out/headers" \
  -library "$out/sim/libguide_ffi.a" -headers "$out/headers" \
  -output "$out/GuideFFIFFI.xcframework"
echo "built $out/GuideFFIFFI.xcframework and ios/Sources/GuideFFI/GuideFFI.swift"

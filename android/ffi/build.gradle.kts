// The Rust core for Android: libguide_ffi.so for each ABI (cargo-ndk) and
// the Kotlin bindings generated from it with the workspace's own
// uniffi-bindgen. Both are build outputs; nothing here is edited by hand.
import org.gradle.internal.os.OperatingSystem

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

val repoRoot: File = rootDir.parentFile
val jniLibsDir = layout.buildDirectory.dir("rust/jniLibs")
val bindingsDir = layout.buildDirectory.dir("generated/uniffi/kotlin")
val abis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

// Release build (size-optimised, stripped) of the library for every ABI.
val cargoNdk by tasks.registering(Exec::class) {
    workingDir = repoRoot
    commandLine(
        listOf("cargo", "ndk") + abis.flatMap { listOf("-t", it) } +
            listOf("-o", jniLibsDir.get().asFile.path, "build", "--release", "--locked", "-p", "guide-ffi"),
    )
    inputs.dir(repoRoot.resolve("core/src"))
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.dir(repoRoot.resolve("content"))
    outputs.dir(jniLibsDir)
}

// The bindings come from the host's debug library: it keeps the UniFFI
// metadata the release build strips (same API, same checksums).
val hostLibrary = repoRoot.resolve(
    if (OperatingSystem.current().isMacOsX) "target/debug/libguide_ffi.dylib" else "target/debug/libguide_ffi.so",
)
val cargoHostBuild by tasks.registering(Exec::class) {
    workingDir = repoRoot
    commandLine("cargo", "build", "--locked", "-p", "guide-ffi")
    inputs.dir(repoRoot.resolve("bindings/src"))
    inputs.dir(repoRoot.resolve("core/src"))
    outputs.file(hostLibrary)
}
val generateBindings by tasks.registering(Exec::class) {
    dependsOn(cargoHostBuild)
    workingDir = repoRoot
    commandLine(
        "cargo", "run", "--locked", "-p", "guide-ffi", "--bin", "uniffi-bindgen", "--",
        "generate", hostLibrary.path, "--language", "kotlin", "--no-format",
        "--config", repoRoot.resolve("bindings/uniffi-android.toml").path,
        "--out-dir", bindingsDir.get().asFile.path,
    )
    inputs.file(hostLibrary)
    inputs.file(repoRoot.resolve("bindings/uniffi-android.toml"))
    outputs.dir(bindingsDir)
}

android {
    namespace = "org.residentguide.ffi"
    compileSdk = 35
    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }
    sourceSets["main"].apply {
        java.srcDir(bindingsDir)
        jniLibs.srcDir(jniLibsDir)
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin { jvmToolchain(17) }

tasks.named("preBuild") { dependsOn(cargoNdk, generateBindings) }

dependencies {
    // JNA's Android build (with its native dispatch library), as UniFFI needs.
    api("${libs.jna.get()}@aar")
    implementation(libs.androidx.annotation)
}

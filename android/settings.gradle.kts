// Resident Guide for Android. Needs the Android SDK, the NDK, cargo-ndk and
// network access to Google's and Maven Central's repositories (see README.md).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "ResidentGuide"
// ffi: the Rust core (libguide_ffi.so per ABI) and its generated Kotlin bindings.
// core: screen state and formatting; pure Kotlin, also compiled and tested on a
//       plain JVM by tests/kotlin/run.sh.
// app: the Jetpack Compose UI.
include(":ffi", ":core", ":app")

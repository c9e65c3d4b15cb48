// Screen state and formatting over the bindings: pure Kotlin, no Android
// imports (tests/kotlin/run.sh compiles it with kotlinc on a plain JVM
// against the JVM copy of the bindings, and runs src/jvmTest there).
// It is an Android library only so that Gradle links it to :ffi's Android
// copy of the bindings.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

android {
    namespace = "org.residentguide.app.core"
    compileSdk = 35
    defaultConfig { minSdk = 26 }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    sourceSets["main"].java.srcDir("src/main/kotlin")
}

kotlin { jvmToolchain(17) }

dependencies {
    api(project(":ffi"))
}

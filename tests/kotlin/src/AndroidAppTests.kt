// Checks of the Android app's sources that need no Android SDK: what the
// offline build's manifest may ask for. Run from the repository root.
package org.residentguide.testing

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.w3c.dom.Element

private const val ANDROID_NS = "http://schemas.android.com/apk/res/android"
private const val TOOLS_NS = "http://schemas.android.com/tools"
private const val INTERNET = "android.permission.INTERNET"

/** A permission element of a manifest: its name and whether it removes (tools:node="remove"). */
private data class Permission(val name: String, val removes: Boolean)

private fun permissions(path: String): List<Permission> {
    val file = File(path)
    assertTrue(file.isFile, "missing $path")
    val factory = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
    val root = factory.newDocumentBuilder().parse(file).documentElement
    assertEquals("manifest", root.tagName, "$path is not an Android manifest")
    return listOf("uses-permission", "uses-permission-sdk-23").flatMap { tag ->
        val nodes = root.getElementsByTagName(tag)
        (0 until nodes.length).map { i ->
            val element = nodes.item(i) as Element
            Permission(element.getAttributeNS(ANDROID_NS, "name"), element.getAttributeNS(TOOLS_NS, "node") == "remove")
        }
    }
}

/** The Android app checks. */
fun androidAppSuite() = Suite("android/app").apply {
    test("the offline build's manifest grants no INTERNET permission") {
        // The offline flavor merges src/main and src/offline (and libraries'
        // manifests, which src/offline strips of INTERNET with tools:node="remove").
        val main = permissions("android/app/src/main/AndroidManifest.xml")
        val offline = permissions("android/app/src/offline/AndroidManifest.xml")
        val granted = (main + offline).filter { !it.removes }.map { it.name }
        assertTrue(INTERNET !in granted, "the offline build asks for INTERNET: $granted")
        assertTrue(
            offline.any { it.name == INTERNET && it.removes },
            "src/offline/AndroidManifest.xml must remove INTERNET that a library would merge in",
        )
    }
}

// Entry point of tests/kotlin/run.sh: every Kotlin suite, one summary line.
package org.residentguide.testing

import kotlin.system.exitProcess
import kotlin.test.assertEquals
import org.residentguide.app.core.appCoreSuite

/**
 * Runs the binding suite, the app core suite and the Swift shape check.
 * `args[0]` is the number of Swift API shape problems run.sh found.
 */
fun main(args: Array<String>) {
    val swiftProblems = args.firstOrNull()?.toIntOrNull() ?: -1
    val swift = Suite("swift bindings").apply {
        test("generated Swift, header and module map have the API the iOS app calls") {
            assertEquals(0, swiftProblems, "run.sh reported Swift API shape problems above")
        }
    }
    val failed = runSuites(listOf(bindingsSuite(), appCoreSuite(), androidAppSuite(), swift))
    exitProcess(if (failed == 0) 0 else 1)
}

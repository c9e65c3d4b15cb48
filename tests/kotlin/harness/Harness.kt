// A very small test runner for Kotlin on a plain JVM: no JUnit, so the test
// command needs nothing beyond kotlinc, the JDK and JNA, and CI reads one
// "N passed, N failed" line. Shared by the binding tests (tests/kotlin/src)
// and the app's pure-Kotlin module tests (android/core/src/test/kotlin).
package org.residentguide.testing

import java.util.concurrent.ExecutionException
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.TimeoutException

/** A named group of test cases, declared with [test] and run by [runSuites]. */
class Suite(val name: String) {
    internal val cases = mutableListOf<Pair<String, () -> Unit>>()

    /** Declares a test case: [body] passes unless it throws. */
    fun test(name: String, body: () -> Unit) {
        cases += name to body
    }
}

/** A case that runs longer than this has hung (a deadlock is a failure, not a stuck CI). */
private const val CASE_TIMEOUT_SECONDS = 60L

/**
 * Runs every case of [suites] in order, each on its own thread with a
 * timeout; prints one line per case and then "N passed, N failed".
 * Returns the number of failures.
 */
fun runSuites(suites: List<Suite>): Int {
    var passed = 0
    var failed = 0
    val executor = Executors.newCachedThreadPool { runnable ->
        Thread(runnable).apply { isDaemon = true }
    }
    for (suite in suites) {
        for ((name, body) in suite.cases) {
            val label = "${suite.name} > $name"
            val started = System.nanoTime()
            val problem: Throwable? = try {
                executor.submit(body).get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                null
            } catch (e: ExecutionException) {
                e.cause ?: e
            } catch (e: TimeoutException) {
                AssertionError("timed out after $CASE_TIMEOUT_SECONDS s")
            }
            val ms = (System.nanoTime() - started) / 1_000_000
            if (problem == null) {
                passed++
                println("ok   $label ($ms ms)")
            } else {
                failed++
                println("FAIL $label: $problem")
                problem.stackTrace
                    .filter { it.className.startsWith("org.residentguide") }
                    .take(4)
                    .forEach { println("       at $it") }
            }
        }
    }
    executor.shutdownNow()
    println("$passed passed, $failed failed")
    return failed
}

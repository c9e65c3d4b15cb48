// The generated Kotlin bindings against the real libguide_ffi.so on a plain
// JVM (JNA): the same calls the Android app makes, on a temporary data
// directory, with the bundled default pack.
package org.residentguide.testing

import java.io.File
import java.nio.file.Files
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import kotlin.concurrent.thread
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import org.residentguide.ffi.Guide
import org.residentguide.ffi.GuideException
import org.residentguide.ffi.ListingFilters
import org.residentguide.ffi.Place
import org.residentguide.ffi.RecordKind
import org.residentguide.ffi.ShareKind
import org.residentguide.ffi.TextBlockKind
import org.residentguide.ffi.TextDirection
import org.residentguide.ffi.UiArg
import org.residentguide.ffi.UiStrings
import org.residentguide.ffi.articleBlocks
import org.residentguide.ffi.plainText
import org.residentguide.ffi.textSpans
import org.residentguide.ffi.uiLocales

/** A fresh data directory, as an app's private files directory would be on first launch. */
fun tempDataDir(): File = Files.createTempDirectory("guide-kotlin-").toFile().apply { deleteOnExit() }

/** Opens a guide for [languages] on a fresh data directory. */
fun openGuide(vararg languages: String): Guide = Guide.open(tempDataDir().path, languages.toList())

private const val WAGE_THEFT = "wage-theft-and-rights-at-work"
private const val ATLANTA = "atlanta-ga-office-of-immigrant-affairs"
private const val FIXTURE_PACK = "dev-kotlin-fixture"
private const val FIXTURE_LISTING = "dev-kotlin-fixture-clinic"

private fun count(strings: UiStrings, key: String, n: Int): String =
    plainText(strings.format(key, mapOf("count" to UiArg.Number(n.toDouble()))))

/** The binding suite: what the acceptance asks of the Kotlin surface. */
fun bindingsSuite() = Suite("bindings").apply {
    test("a guide opens on an empty directory and answers from the bundled pack") {
        openGuide("en").use { guide ->
            assertEquals(listOf("en"), guide.languages())
            val first = guide.search("wage theft", 5u).first()
            assertEquals(WAGE_THEFT, first.id)
            assertEquals(RecordKind.ARTICLE, first.kind)
            assertEquals("en", first.lang)
            assertFalse(first.fallback)
        }
    }

    test("Spanish query finds the Spanish text") {
        openGuide("es-MX", "en").use { guide ->
            val first = guide.search("robo de salario", 5u).first()
            assertEquals(WAGE_THEFT, first.id)
            assertEquals("es", first.lang)
            assertFalse(first.fallback)
        }
    }

    test("Polish, with no Polish content, falls back to English marked as such") {
        openGuide("pl").use { guide ->
            val first = guide.search("notario", 5u).first()
            assertEquals("notario-fraud", first.id)
            assertEquals("en", first.lang)
            assertTrue(first.fallback, "a Polish reader must see the English text marked")
            val strings = guide.strings()
            assertEquals("pl", strings.locale())
            assertEquals("Wyświetlane w języku: angielski", plainText(strings.shownIn(first.lang)))
        }
    }

    test("snippets come back as spans with the matched word bold") {
        openGuide("en").use { guide ->
            val hit = guide.search("notario", 5u).first()
            val spans = textSpans(hit.snippet)
            assertTrue(spans.any { it.bold && it.text.equals("notario", ignoreCase = true) }, "$spans")
            assertTrue(spans.none { "**" in it.text }, "$spans")
        }
    }

    test("a listing opens with its place, sources and dates") {
        openGuide("es").use { guide ->
            val listing = guide.show(ATLANTA)
            assertEquals(RecordKind.LISTING, listing.kind)
            assertEquals("Atlanta", listing.listing?.city)
            assertEquals("immigrant-affairs-office", listing.listing?.category)
            assertEquals("es", listing.lang)
            assertTrue(listing.sources.isNotEmpty())
            assertTrue(listing.verifiedOn.matches(Regex("""\d{4}-\d{2}-\d{2}""")), listing.verifiedOn)
        }
    }

    test("an article opens and its body parses into headings, bullets and paragraphs") {
        openGuide("es").use { guide ->
            val article = guide.show("notario-fraud")
            assertEquals(RecordKind.ARTICLE, article.kind)
            assertEquals("es", article.lang)
            assertEquals(null, article.listing)
            val blocks = articleBlocks(article.body)
            val kinds = blocks.map { it.kind }.toSet()
            assertTrue(TextBlockKind.HEADING in kinds && TextBlockKind.PARAGRAPH in kinds, "$kinds")
            assertTrue(TextBlockKind.BULLET in kinds, "$kinds")
            assertTrue(blocks.flatMap { it.spans }.none { "**" in it.text })
        }
    }

    test("an unknown id is the typed NotFound exception") {
        openGuide("en").use { guide ->
            assertFailsWith<GuideException.NotFound> { guide.show("no-such-record") }
        }
    }

    test("a hostile or huge query is just text") {
        openGuide("en").use { guide ->
            for (query in listOf(
                "\"*NEAR(:^-)\" OR '; DROP TABLE records; --",
                "notario ".repeat(2_000),
                "\u2068notario\u2069",
                "",
            )) {
                guide.search(query, 10u)
            }
            assertEquals("notario-fraud", guide.search("\u2067notario\u2069", 5u).first().id)
        }
    }

    test("one guide serves many threads at once") {
        openGuide("en", "es").use { guide ->
            val errors = ConcurrentLinkedQueue<Throwable>()
            val start = CountDownLatch(1)
            val queries = listOf(
                "robo de salario" to WAGE_THEFT,
                "notario" to "notario-fraud",
                "atlanta" to ATLANTA,
                "wage theft" to WAGE_THEFT,
            )
            val threads = (0 until 8).map { t ->
                thread {
                    start.await()
                    try {
                        repeat(25) { i ->
                            val (query, expected) = queries[(t + i) % queries.size]
                            assertEquals(expected, guide.search(query, 5u).first().id, query)
                            if (i % 5 == 0) assertEquals(expected, guide.show(expected).id)
                            if (i % 7 == 0) assertTrue(guide.topics().isNotEmpty())
                        }
                    } catch (e: Throwable) {
                        errors += e
                    }
                }
            }
            start.countDown()
            threads.forEach { it.join() }
            assertTrue(errors.isEmpty(), "errors on worker threads: ${errors.take(3)}")
        }
    }

    test("a closed guide refuses calls instead of crashing") {
        val guide = openGuide("en")
        guide.close()
        assertFailsWith<IllegalStateException> { guide.search("notario", 5u) }
    }

    test("topics and categories come named in the person's language, with counts") {
        openGuide("es").use { guide ->
            val wageTheft = guide.topics().first { it.key == "wage-theft" }
            assertEquals("Robo de salario", wageTheft.name)
            assertFalse(wageTheft.fallback)
            assertTrue(wageTheft.count > 0u)
            val offices = guide.categories().first { it.key == "immigrant-affairs-office" }
            assertEquals("Oficina de asuntos de inmigrantes", offices.name)
            assertTrue(offices.count > 0u)
        }
    }

    test("wiping local data keeps the bundled content answering and the app's files") {
        val dir = tempDataDir()
        val appFile = File(dir, "app-settings.json").apply { writeText("{}") }
        Guide.open(dir.path, listOf("en")).use { guide ->
            assertTrue(File(dir, "guide.sqlite3").exists())
            guide.wipeLocalData()
            assertEquals("notario-fraud", guide.search("notario", 5u).first().id)
            assertTrue(appFile.exists(), "wipe must leave files that are not the guide's")
        }
    }

    test("UI strings: plurals in English, Russian and Arabic through the bindings") {
        val en = UiStrings(listOf("en-US"))
        assertEquals("1 result", count(en, "search-results-count", 1))
        assertEquals("3 results", count(en, "search-results-count", 3))
        val ru = UiStrings(listOf("ru"))
        assertEquals("1 результат", count(ru, "search-results-count", 1))
        assertEquals("3 результата", count(ru, "search-results-count", 3))
        assertEquals("5 результатов", count(ru, "search-results-count", 5))
        val ar = UiStrings(listOf("ar"))
        val arabic = listOf(0, 1, 2, 3, 11, 100).map { count(ar, "search-results-count", it) }
        assertEquals(6, arabic.toSet().size, "$arabic")
    }

    test("UI strings: Arabic is right to left, isolation marks are for display only") {
        val ar = UiStrings(listOf("ar-EG"))
        assertEquals("ar", ar.locale())
        assertEquals(TextDirection.RIGHT_TO_LEFT, ar.direction())
        assertEquals(TextDirection.LEFT_TO_RIGHT, UiStrings(listOf("es")).direction())
        val shown = ar.format("verified-on", mapOf("date" to UiArg.Text("2026-11-26")))
        assertTrue("\u20682026-11-26\u2069" in shown, shown)
        val plain = plainText(shown)
        assertNotEquals(shown, plain)
        assertTrue("2026-11-26" in plain && '\u2068' !in plain)
    }

    test("UI strings: negotiation, unknown keys, and the language picker list") {
        assertEquals(listOf("zh-Hant", "en"), UiStrings(listOf("zh-TW")).chain())
        assertEquals(listOf("tl", "en"), UiStrings(listOf("fil-PH")).chain())
        assertEquals(listOf("en"), UiStrings(listOf("de")).chain())
        assertFailsWith<GuideException.NotFound> { UiStrings(listOf("es")).text("no-such-key") }
        val locales = uiLocales()
        assertEquals(16, locales.size)
        assertEquals("Español", locales.first { it.tag == "es" }.autonym)
        assertEquals(
            setOf("ar", "fa", "ur"),
            locales.filter { it.direction == TextDirection.RIGHT_TO_LEFT }.map { it.tag }.toSet(),
        )
        assertTrue(UiStrings(listOf("en")).keys().contains("quick-exit"))
    }

    test("type-ahead matches a half-typed word and offers did-you-mean") {
        openGuide("en").use { guide ->
            val typing = guide.searchAsYouType("notar", 5u)
            assertEquals("notario-fraud", typing.results.first().id)
            assertEquals(null, typing.corrected)
            val misspelt = guide.searchAsYouType("notraio ", 5u)
            assertEquals("notario", misspelt.corrected)
            assertEquals("notario-fraud", misspelt.results.first().id)
        }
    }

    test("interrupts a query from another thread") {
        openGuide("en", "es").use { guide ->
            // A many-word type-ahead query, so a search is caught while running.
            val query = "immigration lawyer rights wage theft notario bank account clinic ".repeat(3) + "not"
            val expected = guide.searchAsYouType(query, 20u)
            assertTrue(expected.results.isNotEmpty())
            val done = java.util.concurrent.atomic.AtomicBoolean(false)
            val interrupter = thread {
                // The UI thread's keystrokes, as fast as it can type.
                while (!done.get()) {
                    guide.interrupt()
                    Thread.yield()
                }
            }
            var interrupted = 0
            var completed = 0
            try {
                // Stops at the first interrupted search; the bound only guards a hang.
                while (interrupted == 0 && completed < 10_000) {
                    try {
                        val page = guide.searchAsYouType(query, 20u)
                        assertEquals(expected, page, "a search that was not interrupted returns the full answer")
                        completed++
                    } catch (e: GuideException.Interrupted) {
                        interrupted++
                    }
                }
            } finally {
                done.set(true)
                interrupter.join()
            }
            assertTrue(interrupted > 0, "no search was interrupted ($completed completed)")
            // After the UI thread stops interrupting, the guide answers normally.
            assertEquals(expected, guide.searchAsYouType(query, 20u))
            assertEquals("notario-fraud", guide.search("notario", 5u).first().id)
        }
    }

    test("installs a signed pack and has a tampered one refused as the typed error") {
        val good = File(System.getProperty("guide.fixture.good"))
        val tampered = File(System.getProperty("guide.fixture.tampered"))
        val publicKey = File(System.getProperty("guide.fixture.publicKey")).readText()
        val fixtureName = "Kotlin Fixture Clinic"
        openGuide("en").use { guide ->
            assertTrue(guide.search(fixtureName, 5u).none { it.pack == FIXTURE_PACK })
            // Not trusted yet: well formed, so refused rather than invalid.
            assertFailsWith<GuideException.PackRefused> { guide.installPack(good.readBytes()) }
            assertFailsWith<GuideException.InvalidArgument> { guide.trustKey("RGPK nope", listOf("dev")) }
            guide.trustKey(publicKey, listOf("dev"))

            val installed = guide.installPack(good.readBytes())
            assertEquals(FIXTURE_PACK, installed.packId)
            assertEquals(1uL, installed.version)
            assertEquals(null, installed.replaced)
            assertEquals(1uL, installed.records)
            val found = guide.search(fixtureName, 5u)
            assertEquals(FIXTURE_LISTING, found.first().id)
            assertEquals(FIXTURE_PACK, found.first().pack)

            val before = guide.search(fixtureName, 5u)
            val refused = assertFailsWith<GuideException.PackRefused> { guide.installPack(tampered.readBytes()) }
            assertTrue("hash mismatch" in refused.message.orEmpty(), refused.message)
            assertFailsWith<GuideException.InvalidPack> { guide.installPack(good.readBytes().copyOf(40)) }
            assertEquals(before, guide.search(fixtureName, 5u), "a refused pack changes nothing")

            val listed = guide.packs().single { it.packId == FIXTURE_PACK }
            assertEquals(1uL, listed.records)
            assertFalse(listed.bundled)
            assertTrue(guide.packs().any { it.bundled })
            assertTrue(good.readBytes().contentEquals(guide.exportPack(FIXTURE_PACK)), "export is the file, byte for byte")

            // Wiping local data removes what the person installed, keeps the bundled pack.
            guide.wipeLocalData()
            assertTrue(guide.search(fixtureName, 5u).none { it.pack == FIXTURE_PACK })
            assertTrue(guide.packs().none { it.packId == FIXTURE_PACK })
            assertEquals("notario-fraud", guide.search("notario", 5u).first().id)
        }
    }

    test("a store written by a newer app asks for an app update, and is left as it was") {
        val newer = File(System.getProperty("guide.fixture.newerStore"))
        val dir = tempDataDir()
        newer.copyRecursively(dir, overwrite = true)
        val before = File(dir, "guide.sqlite3").readBytes()
        val refused = assertFailsWith<GuideException.UpdateRequired> { Guide.open(dir.path, listOf("en")) }
        assertTrue("update the app" in refused.message.orEmpty(), refused.message)
        assertTrue(before.contentEquals(File(dir, "guide.sqlite3").readBytes()), "the newer store is untouched")
    }

    // ---- The directory (issue 12), on a signed synthetic pack ----

    /** A guide for [languages] with the synthetic directory pack installed. */
    fun directoryGuide(vararg languages: String): Guide {
        val guide = openGuide(*languages)
        guide.trustKey(File(System.getProperty("guide.fixture.publicKey")).readText(), listOf("dev"))
        guide.installPack(File(System.getProperty("guide.fixture.directory")).readBytes())
        return guide
    }

    val baltimoreZip = Place.Zip("21202")
    val noFilters = ListingFilters(null, emptyList(), emptyList(), emptyList(), emptyList(), emptyList(), emptyList(), false, false, false, false)

    test("directory: each point says how precise it is, and only an exact one may be a pin") {
        directoryGuide("en").use { guide ->
            val page = guide.nearby(baltimoreZip, 50.0, 20u, noFilters)
            val clinic = page.local.single { it.id == "dev-kotlin-dir-clinic" }
            assertEquals("address-zip", clinic.precision)
            assertFalse(clinic.exactLocation)
            val exact = page.local.single { it.id == "dev-kotlin-dir-exact" }
            assertEquals("exact", exact.precision)
            assertTrue(exact.exactLocation)
            val distances = page.local.map { it.distanceKm!! }
            assertEquals(distances.sorted(), distances, "local results are nearest first")
            // The record view: no coordinates for an approximate point, so no pin.
            val detail = guide.show("dev-kotlin-dir-clinic").listing!!
            assertEquals("address-zip", detail.precision)
            assertFalse(detail.exactLocation)
            assertEquals(null, detail.latitude)
            assertEquals("21201", detail.postalCode)
            assertTrue(guide.show("dev-kotlin-dir-exact").listing!!.exactLocation)
            assertFailsWith<GuideException.NotShareable> { guide.share("dev-kotlin-dir-clinic", ShareKind.GEO) }
        }
    }

    test("directory: nearby comes grouped into local, statewide and national") {
        directoryGuide("en").use { guide ->
            val page = guide.nearby(baltimoreZip, 50.0, 20u, noFilters)
            assertEquals("21202", page.place.zip)
            assertEquals("MD", page.place.state)
            assertTrue(page.local.any { it.id == "dev-kotlin-dir-clinic" })
            assertTrue(page.statewide.any { it.id == "dev-kotlin-dir-state" }, "${page.statewide.map { it.id }}")
            assertTrue(page.national.any { it.id == "dev-kotlin-dir-national" })
            // Far from Maryland: the national hotline still, not the state one.
            val chicago = guide.nearby(Place.Typed("Chicago"), 50.0, 20u, noFilters)
            assertEquals("Chicago, IL", chicago.place.city)
            assertTrue(chicago.statewide.none { it.id == "dev-kotlin-dir-state" })
            assertTrue(chicago.national.any { it.id == "dev-kotlin-dir-national" })
            // A name several large cities share: the typed error with the choices.
            val ambiguous = assertFailsWith<GuideException.AmbiguousPlace> { guide.resolvePlace(Place.Typed("Springfield")) }
            assertTrue("Springfield, IL" in ambiguous.choices, "${ambiguous.choices}")
            assertEquals("New York City, NY", guide.resolvePlace(Place.Typed("NYC")).city)
        }
    }

    test("directory: the record view lists related help near the place, and national help") {
        directoryGuide("es").use { guide ->
            val near = guide.showNear("dev-kotlin-dir-warning", baltimoreZip)
            assertEquals("21202", near.related.place?.zip)
            val nearIds = near.related.near.map { it.id }
            assertTrue("dev-kotlin-dir-exact" in nearIds && "dev-kotlin-dir-clinic" in nearIds, "$nearIds")
            val distances = near.related.near.map { it.distanceKm ?: Double.MAX_VALUE }
            assertEquals(distances.sorted(), distances, "nearest first")
            assertTrue(near.related.national.any { it.id == "dev-kotlin-dir-national" })
            // No place known: only help serving the whole country.
            val anywhere = guide.show("dev-kotlin-dir-warning")
            assertEquals(null, anywhere.related.place)
            assertTrue(anywhere.related.near.isEmpty())
            assertTrue(anywhere.related.national.any { it.id == "dev-kotlin-dir-national" })
            // A saved place is used, and forgotten on request.
            assertEquals("MD", guide.savePlace(baltimoreZip).state)
            assertEquals("21202", guide.show("dev-kotlin-dir-warning").related.place?.zip)
            guide.forgetPlace()
            assertEquals(null, guide.savedPlace())
        }
    }

    test("directory: fast-changing records say to check their current status") {
        directoryGuide("es").use { guide ->
            val warning = guide.show("dev-kotlin-dir-warning")
            assertTrue(warning.checkStatus)
            assertFalse(guide.show("dev-kotlin-dir-clinic").checkStatus)
            val strings = guide.strings()
            val line = plainText(strings.format("record-check-status", mapOf("date" to UiArg.Text(warning.verifiedOn))))
            assertTrue(line.startsWith("Revisado por última vez el 2026-11-26"), line)
            val page = guide.searchNear("Kotlin fixture warning", 5u, false, null, noFilters)
            assertTrue(page.results.first { it.id == "dev-kotlin-dir-warning" }.checkStatus)
        }
    }

    test("directory: a search that says near me uses the place given, and says so") {
        directoryGuide("es").use { guide ->
            val page = guide.searchNear("clínica de prueba kotlin cerca de mí", 5u, false, baltimoreZip, noFilters)
            assertEquals("given", page.placeSource)
            assertEquals("21202", page.place?.zip)
            assertTrue(page.results.take(3).any { it.id == "dev-kotlin-dir-clinic" }, "${page.results.map { it.id }}")
            val unset = guide.searchNear("clínica de prueba kotlin cerca de mí", 5u, false, null, noFilters)
            assertTrue(unset.nearMeUnset)
            assertEquals(null, unset.place)
        }
    }

    test("shares a listing") {
        openGuide("es").use { guide ->
            val listing = guide.show(ATLANTA)
            val source = listing.sources.first()
            val text = guide.share(ATLANTA, ShareKind.TEXT)
            assertTrue(listing.verifiedOn in text.content, text.content)
            assertTrue(source.title in text.content, text.content)
            val sms = guide.share(ATLANTA, ShareKind.SMS)
            assertTrue(sms.messages.isNotEmpty())
            assertTrue(sms.messages.any { "Verificado ${listing.verifiedOn}" in it }, "${sms.messages}")
            // Who says so: the source's address when it has one, else its publisher.
            val says = source.url ?: source.publisher
            assertTrue(sms.messages.any { says in it }, "${sms.messages}")
            val vcard = guide.share(ATLANTA, ShareKind.VCARD)
            assertTrue(vcard.content.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), vcard.content)
            assertEquals("text/vcard", vcard.mediaType.substringBefore(';'))
            val qr = guide.share(ATLANTA, ShareKind.QR_SVG)
            assertTrue(qr.content.startsWith("<svg") || qr.content.startsWith("<?xml"), qr.content.take(80))
            assertTrue("</svg>" in qr.content)
            // No phone in the source: a tel: share is the typed error, not an empty link.
            assertFailsWith<GuideException.NotShareable> { guide.share(ATLANTA, ShareKind.TEL) }
            assertFailsWith<GuideException.NotFound> { guide.share("no-such-record", ShareKind.TEXT) }
        }
    }
}

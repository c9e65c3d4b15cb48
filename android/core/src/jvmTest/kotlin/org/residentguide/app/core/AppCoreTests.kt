// Tests of the app's pure-Kotlin module against the real bindings and
// library on the JVM, run by tests/kotlin/run.sh with the binding suite.
// (Not in src/test: Gradle's Android unit tests cannot load the host
// library; this source set is compiled and run by kotlinc only.)
package org.residentguide.app.core

import java.nio.file.Files
import java.time.LocalDate
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.residentguide.ffi.GuideException
import org.residentguide.ffi.RecordKind
import org.residentguide.ffi.UiStrings
import org.residentguide.ffi.plainText
import org.residentguide.ffi.uiLocales
import org.residentguide.testing.Suite

private fun session(vararg languages: String): AppSession {
    val dir = Files.createTempDirectory("guide-app-").toFile().apply { deleteOnExit() }
    return AppSession.open(dir.path, languages.toList())
}

private fun texts(tag: String) = Texts(UiStrings(listOf(tag)))

/** A queue standing in for the worker thread, run by hand to order events. */
private class ManualExecutor : java.util.concurrent.Executor {
    val queue = ArrayDeque<Runnable>()
    override fun execute(command: Runnable) {
        queue.addLast(command)
    }
    fun runAll() {
        while (queue.isNotEmpty()) queue.removeFirst().run()
    }
}

/** The app core suite. */
fun appCoreSuite() = Suite("android/core").apply {
    test("every string key the app uses exists, in every UI language") {
        val english = UiStrings(listOf("en")).keys().toSet()
        assertEquals(emptyList(), Keys.ALL.filterNot { it in english })
        for (locale in uiLocales()) {
            val strings = UiStrings(listOf(locale.tag))
            assertEquals(locale.tag, strings.locale())
            for (key in Keys.ALL) assertTrue(strings.text(key).isNotBlank(), "${locale.tag} $key")
        }
    }

    test("texts format plurals and never crash on an unknown key") {
        val ru = texts("ru")
        assertEquals("5 результатов", plainText(ru.count(Keys.SEARCH_RESULTS_COUNT, 5)))
        assertEquals("22 результата", plainText(ru.count(Keys.SEARCH_RESULTS_COUNT, 22)))
        assertEquals("no-such-key", ru["no-such-key"])
        assertEquals("Version 3", plainText(texts("en").with(Keys.PACKS_VERSION, "version" to "3")))
    }

    test("home shows tiles with content, in the person's language and direction") {
        session("es").use { s ->
            val home = loadHome(s)
            assertEquals("Salida rápida", home.quickExit)
            assertFalse(home.rtl)
            assertTrue(home.topics.isNotEmpty() && home.topics.all { it.count > 0 })
            assertEquals(home.topics.sortedByDescending { it.count }.map { it.count }, home.topics.map { it.count })
            assertEquals("Robo de salario", home.topics.first { it.key == "wage-theft" }.label)
            assertTrue(home.categories.any { it.key == "immigrant-affairs-office" })
        }
        session("ar").use { s ->
            val home = loadHome(s)
            assertTrue(home.rtl)
            assertEquals("خروج سريع", home.quickExit)
        }
    }

    test("type-ahead publishes the results of the query typed") {
        session("en").use { s ->
            val published = mutableListOf<SearchState>()
            val search = SearchController(s, { it.run() }, { published += it })
            search.onQueryChanged("notario")
            val last = published.last()
            assertEquals("notario", last.query)
            assertFalse(last.searching)
            assertEquals("notario-fraud", last.rows.first().id)
            assertEquals("Notario fraud", last.rows.first().label)
            assertTrue(last.rows.first().snippet.any { it.bold })
            assertEquals("${last.rows.size} results", plainText(last.countLabel!!))
            search.onQueryChanged("   ")
            assertEquals(SearchState("   ", "Search in any language"), published.last())
        }
    }

    test("type-ahead drops the results of a query overtaken by a keystroke") {
        session("en").use { s ->
            val published = mutableListOf<SearchState>()
            val worker = ManualExecutor()
            val search = SearchController(s, worker, { published += it })
            search.onQueryChanged("wage theft")
            search.onQueryChanged("notario")
            worker.runAll()
            val finished = published.filterNot { it.searching }
            assertEquals(listOf("notario"), finished.map { it.query })
            assertEquals("notario-fraud", finished.single().rows.first().id)
        }
    }

    test("nothing found is a message in the person's language, not an error") {
        session("es").use { s ->
            val published = mutableListOf<SearchState>()
            SearchController(s, { it.run() }, { published += it }).onQueryChanged("zzqxv")
            val last = published.last()
            assertTrue(last.rows.isEmpty())
            assertEquals("0 resultados", plainText(last.countLabel!!))
            assertTrue(last.message!!.startsWith("No se encontró nada"))
        }
    }

    test("results not in the person's language say so") {
        session("pl").use { s ->
            val published = mutableListOf<SearchState>()
            SearchController(s, { it.run() }, { published += it }).onQueryChanged("notario")
            val row = published.last().rows.first()
            assertEquals("Wyświetlane w języku: angielski", row.shownIn?.let(::plainText))
        }
    }

    test("the article reader gets blocks, provenance, disclaimer and stale marks") {
        session("es").use { s ->
            val detail = s.guide.show("notario-fraud")
            val today = LocalDate.parse(detail.verifiedOn)
            val article = articleState(detail, s.texts, today)
            assertTrue(article.blocks.isNotEmpty())
            assertFalse(article.rtl)
            assertEquals("Revisado el ${detail.verifiedOn}", plainText(article.provenance.verified))
            assertTrue(article.provenance.sources.isNotEmpty())
            assertNull(article.provenance.shownIn)
            assertNull(article.provenance.stale)
            assertTrue(article.notLegalAdvice.startsWith("Esta es información general"))
            val expired = articleState(detail.copy(expiresOn = "2020-01-01"), s.texts, today)
            assertTrue(plainText(expired.provenance.stale!!).contains("2020-01-01"))
        }
    }

    test("listing actions: call without bidi marks, directions, website") {
        assertEquals("tel:+12025550100", dialUri("\u2066+1 (202) 555-0100\u2069"))
        assertNull(dialUri("ask at the desk"))
        assertEquals("geo:0,0?q=1%20Main%20St", directionsUri("X", "1 Main St", null, null))
        session("ar").use { s ->
            val detail = s.guide.show("atlanta-ga-office-of-immigrant-affairs")
            // Synthetic contact details (test data, not content) to exercise every action.
            val withContacts = detail.copy(
                listing = detail.listing!!.copy(
                    phone = "+1 202-555-0100", website = "https://example.org", latitude = 33.75, longitude = -84.39,
                ),
            )
            val listing = listingState(withContacts, s.texts, s.termNames(), LocalDate.parse(detail.verifiedOn))
            assertEquals(listOf("اتصال", "الاتجاهات", "الموقع الإلكتروني"), listing.actions.map { it.label })
            assertEquals("tel:+12025550100", listing.actions[0].uri)
            assertTrue(listing.actions[1].uri.startsWith("geo:33.75,-84.39?q="))
            assertEquals("\u2066+1 202-555-0100\u2069", listing.facts.first { it.first == "الهاتف" }.second)
            assertNotNull(listing.category)
            // Since issue 12 the listing is written in Arabic too: no "shown in English".
            assertEquals("ar", detail.lang)
            assertNull(listing.provenance.shownIn)
        }
    }

    test("packs screen rows: plural items, stale mark, no remove for the bundled pack") {
        val ru = texts("ru")
        val state = packsState(
            listOf(
                PackSummary("us-default", "Resident Guide project", 1, 21, bundled = true, staleSince = null),
                PackSummary("test-city", "Test publisher", 4, 3, bundled = false, staleSince = "2026-01-31"),
            ),
            ru,
        )
        assertEquals("Пакеты материалов", state.title)
        val (bundled, city) = state.rows
        assertEquals("21 материал", plainText(bundled.items))
        assertNull(bundled.remove)
        assertEquals("3 материала", plainText(city.items))
        assertEquals("Удалить", city.remove)
        assertEquals("Устарел с 2026-01-31", plainText(city.stale!!.first))
    }

    test("a refused pack says what happened and that nothing changed") {
        val (title, message) = refusalMessage(GuideException.InvalidPack("truncated"), texts("es"))
        assertEquals("Este paquete no se instaló", title)
        assertTrue(message.startsWith("El archivo está dañado"))
        assertTrue(message.endsWith("No se cambió nada en su teléfono."))
    }

    test("language picker lists every language by its own name, current first") {
        val options = languageOptions(listOf("es-MX", "en"))
        assertEquals(16, options.size)
        assertEquals("Español", options.first().autonym)
        assertTrue(options.first().selected && options.drop(1).none { it.selected })
        assertTrue(options.first { it.tag == "fa" }.rtl)
        assertEquals(listOf("ko", "es", "en"), languagesAfterPicking("ko", listOf("es", "en", "KO")))
    }

    test("switching language reopens the guide in the new language") {
        session("en").use { s ->
            val before = s.guide
            s.setLanguages(languagesAfterPicking("es", s.languages))
            assertEquals("es", s.texts.locale)
            assertEquals("es", s.guide.search("robo de salario", 3u).first().lang)
            assertTrue(runCatching { before.search("notario", 3u) }.exceptionOrNull() is IllegalStateException)
        }
    }

    test("quick exit and delete-my-data labels, and wiping through the session") {
        val labels = quickExitLabels(texts("zh-Hant"))
        assertEquals("快速離開", labels.label)
        assertEquals("Borrar mis datos", wipeState(texts("es")).title)
        session("en").use { s ->
            s.wipeLocalData()
            assertEquals(RecordKind.ARTICLE, s.guide.search("notario", 3u).first().kind)
        }
    }
}

package org.residentguide.app.core

import java.util.concurrent.Executor
import java.util.concurrent.atomic.AtomicLong
import org.residentguide.ffi.GuideException
import org.residentguide.ffi.RecordKind
import org.residentguide.ffi.SearchResult
import org.residentguide.ffi.TextSpan
import org.residentguide.ffi.textSpans

/** One row of the result list. */
data class ResultRow(
    /** Record id, for opening the article or listing. */
    val id: String,
    val kind: RecordKind,
    val title: String,
    /** The snippet, matched words bold. */
    val snippet: List<TextSpan>,
    /** The category (listings) or first topic (articles), in the person's language. */
    val label: String?,
    /** "Shown in English" when the text is not in the person's language. */
    val shownIn: String?,
)

/** What the search screen shows. */
data class SearchState(
    /** The text in the search box. */
    val query: String,
    val placeholder: String,
    val rows: List<ResultRow> = emptyList(),
    /** "3 results", in the person's language and plural rules; null before a search. */
    val countLabel: String? = null,
    /** "Nothing found…" or an error, in the person's language; null otherwise. */
    val message: String? = null,
    /** True while a search for [query] runs. */
    val searching: Boolean = false,
)

/** The rows for [results], labelled with [termNames] (key → display name). */
fun resultRows(results: List<SearchResult>, texts: Texts, termNames: Map<String, String>): List<ResultRow> =
    results.map { hit ->
        val term = hit.category ?: hit.topics.firstOrNull()
        ResultRow(
            id = hit.id,
            kind = hit.kind,
            title = hit.title,
            snippet = textSpans(hit.snippet),
            label = term?.let { termNames[it] ?: it },
            shownIn = if (hit.fallback) texts.shownIn(hit.lang) else null,
        )
    }

/**
 * Type-ahead search: call [onQueryChanged] on every keystroke; searches run
 * on [worker], and [publish] receives the state for the newest query only —
 * the result of a query overtaken by a later keystroke is dropped, never
 * shown. [publish] is called on the worker thread (post it to the UI).
 */
class SearchController(
    private val session: AppSession,
    private val worker: Executor,
    private val publish: (SearchState) -> Unit,
    private val limit: UInt = 30u,
) {
    private val generation = AtomicLong()

    /** Searches for [query] (as typed), superseding any search still running. */
    fun onQueryChanged(query: String) {
        val mine = generation.incrementAndGet()
        val texts = session.texts
        val placeholder = texts[Keys.SEARCH_PLACEHOLDER]
        if (query.isBlank()) {
            publish(SearchState(query, placeholder))
            return
        }
        publish(SearchState(query, placeholder, searching = true))
        // When the core exports its interrupt handle (issue 4), interrupt the
        // superseded query here instead of letting it run to the end.
        worker.execute {
            if (generation.get() != mine) return@execute
            val state = try {
                val rows = resultRows(session.guide.search(query, limit), texts, session.termNames())
                SearchState(
                    query, placeholder, rows,
                    countLabel = texts.count(Keys.SEARCH_RESULTS_COUNT, rows.size.toLong()),
                    message = if (rows.isEmpty()) texts[Keys.SEARCH_NO_RESULTS] else null,
                )
            } catch (e: GuideException.Interrupted) {
                return@execute
            } catch (e: GuideException) {
                SearchState(query, placeholder, message = texts[Keys.ERROR_STORAGE])
            }
            if (generation.get() == mine) publish(state)
        }
    }
}

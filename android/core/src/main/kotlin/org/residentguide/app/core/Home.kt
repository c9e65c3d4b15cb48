package org.residentguide.app.core

import org.residentguide.ffi.TaxonomyTerm

/** A home-screen tile: a topic or a category with something behind it. */
data class Tile(
    /** Taxonomy key, what a tap searches for. */
    val key: String,
    /** Name in the person's language (or English, see [fallback]). */
    val label: String,
    /** How many installed records it leads to. */
    val count: Long,
    /** True when [label] is not in the person's language. */
    val fallback: Boolean,
)

/** Everything the home screen shows. */
data class HomeState(
    val appName: String,
    val tagline: String,
    val searchPlaceholder: String,
    val topicsHeading: String,
    val topics: List<Tile>,
    val categoriesHeading: String,
    val categories: List<Tile>,
    val offlineNote: String,
    val quickExit: String,
    val rtl: Boolean,
)

/** Tiles for the terms that have installed records, most records first. */
fun tiles(terms: List<TaxonomyTerm>): List<Tile> =
    terms.filter { it.count > 0u }
        .sortedWith(compareByDescending<TaxonomyTerm> { it.count }.thenBy { it.key })
        .map { Tile(it.key, it.name, it.count.toLong(), it.fallback) }

/** Loads the home screen (call off the UI thread). */
fun loadHome(session: AppSession): HomeState {
    val texts = session.texts
    return HomeState(
        appName = texts[Keys.APP_NAME],
        tagline = texts[Keys.APP_TAGLINE],
        searchPlaceholder = texts[Keys.SEARCH_PLACEHOLDER],
        topicsHeading = texts[Keys.HOME_TOPICS],
        topics = tiles(session.guide.topics()),
        categoriesHeading = texts[Keys.HOME_CATEGORIES],
        categories = tiles(session.guide.categories()),
        offlineNote = texts[Keys.OFFLINE_NOTE],
        quickExit = texts[Keys.QUICK_EXIT],
        rtl = texts.isRtl,
    )
}

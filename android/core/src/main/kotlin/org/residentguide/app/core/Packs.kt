package org.residentguide.app.core

import org.residentguide.ffi.GuideException

/**
 * One installed pack as the packs screen needs it. Filled from the core's
 * pack list once it is exported (issue 3: `Guide.packs()`); until then the
 * screen shows the labels and an empty list.
 */
data class PackSummary(
    val id: String,
    val publisher: String,
    val version: Long,
    val items: Long,
    /** Ships inside the app (cannot be removed). */
    val bundled: Boolean,
    /** The day the pack went out of date (YYYY-MM-DD), or null while fresh. */
    val staleSince: String?,
)

/** One row of the packs screen. */
data class PackRow(
    val id: String,
    val publisher: String,
    val version: String,
    val items: String,
    /** "Comes with the app", or null for a pack the person installed. */
    val bundled: String?,
    /** "Out of date since …" and what that means, or null while fresh. */
    val stale: Pair<String, String>?,
    /** The remove button's label; null for the bundled pack. */
    val remove: String?,
)

/** What the packs screen shows. */
data class PacksState(
    val title: String,
    val installFromFile: String,
    val rows: List<PackRow>,
)

/** The packs screen for [packs]. */
fun packsState(packs: List<PackSummary>, texts: Texts) = PacksState(
    title = texts[Keys.PACKS_TITLE],
    installFromFile = texts[Keys.PACKS_INSTALL_FILE],
    rows = packs.map { pack ->
        PackRow(
            id = pack.id,
            publisher = texts.with(Keys.PACKS_PUBLISHER, "publisher" to pack.publisher),
            version = texts.with(Keys.PACKS_VERSION, "version" to pack.version.toString()),
            items = texts.count(Keys.PACKS_ITEMS, pack.items),
            bundled = if (pack.bundled) texts[Keys.PACKS_BUNDLED] else null,
            stale = pack.staleSince?.let {
                texts.with(Keys.PACKS_STALE_SINCE, "date" to it) to texts[Keys.PACKS_STALE_NOTE]
            },
            remove = if (pack.bundled) null else texts[Keys.PACKS_REMOVE],
        )
    },
)

/**
 * The title and message for a pack the core refused, in the person's
 * language; always ends by saying nothing on the phone changed. A
 * malformed file gets the "damaged" message; a refused one the title
 * only, until the core reports why in a form a screen can map (issue 3:
 * signature, publisher, version, permission, size each have a string).
 */
fun refusalMessage(error: GuideException, texts: Texts): Pair<String, String> {
    val nothingChanged = texts[Keys.INSTALL_REFUSED_NOTHING_CHANGED]
    val why = when (error) {
        is GuideException.InvalidPack -> texts[Keys.INSTALL_REFUSED_DAMAGED] + " "
        else -> ""
    }
    return texts[Keys.INSTALL_REFUSED_TITLE] to why + nothingChanged
}

package org.residentguide.app.core

import java.net.URLEncoder
import java.time.LocalDate
import org.residentguide.ffi.RecordDetail
import org.residentguide.ffi.TextBlock
import org.residentguide.ffi.TextDirection
import org.residentguide.ffi.articleBlocks
import org.residentguide.ffi.plainText
import org.residentguide.ffi.textDirection

/** A source line under an article or listing. */
data class SourceLine(val title: String, val publisher: String, val url: String?)

/** Facts every record screen shows: where it comes from and how fresh it is. */
data class Provenance(
    /** "Checked on 2026-11-26". */
    val verified: String,
    /** "Sources" heading. */
    val sourcesHeading: String,
    val sources: List<SourceLine>,
    /** "Shown in English" when the text is not in the person's language. */
    val shownIn: String?,
    /** Set when the record is past its re-check date: shown, but marked. */
    val stale: String?,
)

/**
 * Provenance of [detail] on [today]. A record past `expiresOn` is still
 * shown, with the stale note. (Pack-level staleness comes with the pack
 * list export, issue 3; when it does, take both from the core.)
 */
fun provenance(detail: RecordDetail, texts: Texts, today: LocalDate): Provenance =
    Provenance(
        verified = texts.with(Keys.VERIFIED_ON, "date" to detail.verifiedOn),
        sourcesHeading = texts[if (detail.sources.size == 1) Keys.SOURCE_LABEL else Keys.SOURCES_LABEL],
        sources = detail.sources.map { SourceLine(it.title, it.publisher, it.url) },
        shownIn = if (detail.fallback) texts.shownIn(detail.lang) else null,
        stale = detail.expiresOn
            ?.let { runCatching { LocalDate.parse(it) }.getOrNull() }
            ?.takeIf { it.isBefore(today) }
            ?.let { texts.with(Keys.RECORD_STALE, "date" to it.toString()) },
    )

/** What the article reader shows. */
data class ArticleState(
    val title: String,
    val summary: String,
    /** The body, parsed by the core. */
    val blocks: List<TextBlock>,
    /** Direction of the article's text (its language may differ from the UI's). */
    val rtl: Boolean,
    val provenance: Provenance,
    val notLegalAdvice: String,
)

/** The article reader for [detail]. */
fun articleState(detail: RecordDetail, texts: Texts, today: LocalDate = LocalDate.now()) = ArticleState(
    title = detail.title,
    summary = detail.summary,
    blocks = articleBlocks(detail.body),
    rtl = textDirection(detail.lang) == TextDirection.RIGHT_TO_LEFT,
    provenance = provenance(detail, texts, today),
    notLegalAdvice = texts[Keys.NOT_LEGAL_ADVICE],
)

/** A button on the listing screen. */
data class ListingAction(
    /** Button text. */
    val label: String,
    /** What to open: `tel:`, `geo:` or `https:`. */
    val uri: String,
)

/** What the listing detail screen shows. */
data class ListingState(
    val name: String,
    val summary: String,
    val body: List<TextBlock>,
    /** Category name in the person's language. */
    val category: String?,
    /** Address, phone and website as label/value lines (values display-isolated). */
    val facts: List<Pair<String, String>>,
    /** Call, directions and website buttons, for the facts the listing has. */
    val actions: List<ListingAction>,
    val provenance: Provenance,
)

/**
 * A `tel:` URI for [phone] as shown on screen: bidi marks removed (by the
 * core), then only the characters a dialer takes. Null when no digit is left.
 */
fun dialUri(phone: String): String? {
    val dialable = plainText(phone).filter { it.isDigit() || it == '+' }
    return if (dialable.any { it.isDigit() }) "tel:$dialable" else null
}

/**
 * A `geo:` URI for directions: the coordinates when the listing has them,
 * else a search for its address. (Move to the core's share payloads when
 * they land, issue 5, so iOS builds the same.)
 */
fun directionsUri(name: String, address: String?, latitude: Double?, longitude: Double?): String? {
    val encode = { text: String -> URLEncoder.encode(plainText(text), "UTF-8").replace("+", "%20") }
    return when {
        latitude != null && longitude != null -> "geo:$latitude,$longitude?q=$latitude,$longitude(${encode(name)})"
        address != null -> "geo:0,0?q=${encode(address)}"
        else -> null
    }
}

/** The listing screen for [detail]; [termNames] maps category keys to names. */
fun listingState(
    detail: RecordDetail,
    texts: Texts,
    termNames: Map<String, String>,
    today: LocalDate = LocalDate.now(),
): ListingState {
    val info = detail.listing
    val facts = buildList {
        info?.address?.let { add(texts[Keys.LISTING_ADDRESS] to it) }
        info?.phone?.let { add(texts[Keys.LISTING_PHONE] to ltr(it)) }
        info?.website?.let { add(texts[Keys.LISTING_WEBSITE] to ltr(it)) }
    }
    val actions = buildList {
        info?.phone?.let(::dialUri)?.let { add(ListingAction(texts[Keys.LISTING_CALL], it)) }
        directionsUri(detail.title, info?.address, info?.latitude, info?.longitude)
            ?.let { add(ListingAction(texts[Keys.LISTING_DIRECTIONS], it)) }
        info?.website?.takeIf { it.startsWith("https://") || it.startsWith("http://") }
            ?.let { add(ListingAction(texts[Keys.LISTING_WEBSITE], it)) }
    }
    return ListingState(
        name = detail.title,
        summary = detail.summary,
        body = articleBlocks(detail.body),
        category = info?.category?.let { termNames[it] ?: it },
        facts = facts,
        actions = actions,
        provenance = provenance(detail, texts, today),
    )
}

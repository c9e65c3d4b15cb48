package org.residentguide.app.core

import java.text.Collator
import java.util.Locale
import org.residentguide.ffi.TextDirection
import org.residentguide.ffi.UiStrings
import org.residentguide.ffi.uiLocales

/** A row of the language picker. */
data class LanguageOption(
    /** Tag to pass to `AppSession.setLanguages`. */
    val tag: String,
    /** The language's name in itself ("Español"), so anyone finds their own. */
    val autonym: String,
    /** Whether this is the language the UI is shown in now. */
    val selected: Boolean,
    /** Draw this row right to left. */
    val rtl: Boolean,
)

/**
 * Every UI language for the picker: the current one first, the rest by
 * their own names. [current] is the person's list, as the session holds it.
 */
fun languageOptions(current: List<String>): List<LanguageOption> {
    val shown = UiStrings(current).locale()
    val collator = Collator.getInstance(Locale.ROOT)
    return uiLocales()
        .map { LanguageOption(it.tag, it.autonym, it.tag == shown, it.direction == TextDirection.RIGHT_TO_LEFT) }
        .sortedWith(compareByDescending<LanguageOption> { it.selected }.thenComparator { a, b -> collator.compare(a.autonym, b.autonym) })
}

/**
 * The list to open the guide with after the person picks [tag]: the
 * choice first, then their other languages (content missing in the choice
 * falls back through them before English).
 */
fun languagesAfterPicking(tag: String, current: List<String>): List<String> =
    listOf(tag) + current.filterNot { it.equals(tag, ignoreCase = true) }

package org.residentguide.app.core

import org.residentguide.ffi.GuideException
import org.residentguide.ffi.TextDirection
import org.residentguide.ffi.UiArg
import org.residentguide.ffi.UiStrings

/**
 * The UI strings for one language list, as screens use them. Every word
 * and plural rule comes from the core ([UiStrings]); this only makes the
 * calls short. Results are display text: they may hold invisible bidi
 * isolation marks around inserted values.
 */
class Texts(private val strings: UiStrings) {
    /** The UI's language tag (e.g. `es`). */
    val locale: String = strings.locale()

    /** Whether screens are laid out right to left (Arabic, Urdu, Farsi). */
    val isRtl: Boolean = strings.direction() == TextDirection.RIGHT_TO_LEFT

    /**
     * The message [key] with no variables. An unknown key shows as the key
     * itself rather than crashing a screen; `Keys.ALL` is tested to exist.
     */
    operator fun get(key: String): String = orKey(key) { strings.text(key) }

    /** The message [key] with [count] choosing its plural form (variable `count`). */
    fun count(key: String, count: Long): String =
        format(key, "count" to UiArg.Number(count.toDouble()))

    /** The message [key] with text variables, e.g. `"date" to "2026-11-26"`. */
    fun with(key: String, vararg values: Pair<String, String>): String =
        format(key, *values.map { (name, value) -> name to UiArg.Text(value) }.toTypedArray())

    /** The message [key] with typed variables. */
    fun format(key: String, vararg args: Pair<String, UiArg>): String =
        orKey(key) { strings.format(key, args.toMap()) }

    /** "Shown in English" for a text in [lang] that is not the person's language. */
    fun shownIn(lang: String): String = strings.shownIn(lang)

    private inline fun orKey(key: String, lookup: () -> String): String =
        try {
            lookup()
        } catch (e: GuideException.NotFound) {
            key
        }
}

/**
 * [value] wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, for a
 * phone number or web address shown inside right-to-left text. Display only:
 * a `tel:` link is built from the bare value.
 */
fun ltr(value: String): String = "\u2066$value\u2069"

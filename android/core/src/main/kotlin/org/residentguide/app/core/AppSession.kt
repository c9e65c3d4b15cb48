package org.residentguide.app.core

import org.residentguide.ffi.Guide

/** A guide opened for one language list, with its strings. */
private class Opened(val guide: Guide, val texts: Texts, val languages: List<String>) {
    /** Taxonomy names only change with the language; read them once. */
    val termNames: Map<String, String> by lazy {
        (guide.topics() + guide.categories()).associate { it.key to it.name }
    }
}

private fun openFor(dataDir: String, languages: List<String>): Opened {
    val guide = Guide.open(dataDir, languages)
    return Opened(guide, Texts(guide.strings()), languages)
}

/**
 * The app's one open guide and its UI strings. Screens read [guide] and
 * [texts] each time they load, so a language change reaches them all.
 * Safe to use from any thread; run guide calls off the UI thread.
 */
class AppSession private constructor(private val dataDir: String, languages: List<String>) :
    AutoCloseable {
    @Volatile private var current: Opened = openFor(dataDir, languages)

    /** The open guide. */
    val guide: Guide get() = current.guide

    /** The UI strings for the person's languages. */
    val texts: Texts get() = current.texts

    /** The person's languages, best first. */
    val languages: List<String> get() = current.languages

    /**
     * Switches to [languages] (BCP 47 tags, best first): opens the guide
     * again for them and closes the old one (calls in flight finish first).
     */
    @Synchronized
    fun setLanguages(languages: List<String>) {
        val old = current
        current = openFor(dataDir, languages)
        old.guide.close()
    }

    /** Deletes everything the person made on this phone (see `Guide.wipeLocalData`). */
    fun wipeLocalData() = guide.wipeLocalData()

    /** Display names of topic and category keys, for labelling results (read once per language). */
    fun termNames(): Map<String, String> = current.termNames

    override fun close() = current.guide.close()

    companion object {
        /**
         * Opens the guide kept in [dataDir] (the app's private files
         * directory) for [languages] (e.g. the device's list).
         */
        fun open(dataDir: String, languages: List<String>) = AppSession(dataDir, languages)
    }
}

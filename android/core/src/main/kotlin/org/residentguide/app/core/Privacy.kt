package org.residentguide.app.core

/** The labels of the quick exit, shown on every screen. */
data class QuickExitLabels(val label: String, val description: String)

/** Quick-exit labels in the person's language. */
fun quickExitLabels(texts: Texts) =
    QuickExitLabels(texts[Keys.QUICK_EXIT], texts[Keys.QUICK_EXIT_DESCRIPTION])

/** What the "delete my data" screen shows. */
data class WipeState(val title: String, val description: String, val confirm: String, val cancel: String, val done: String)

/** The "delete my data" screen in the person's language. */
fun wipeState(texts: Texts) = WipeState(
    title = texts[Keys.WIPE_TITLE],
    description = texts[Keys.WIPE_DESCRIPTION],
    confirm = texts[Keys.WIPE_CONFIRM],
    cancel = texts[Keys.CANCEL],
    done = texts[Keys.WIPE_DONE],
)

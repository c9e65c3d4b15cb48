package org.residentguide.app.core

/**
 * The UI string keys the app uses (content/strings/<tag>/main.ftl). One
 * place, so a test can check every key the screens ask for exists.
 */
object Keys {
    const val APP_NAME = "app-name"
    const val APP_TAGLINE = "app-tagline"
    const val OFFLINE_NOTE = "offline-note"
    const val BACK = "back"
    const val CLOSE = "close"
    const val CANCEL = "cancel"
    const val RETRY = "retry"
    const val QUICK_EXIT = "quick-exit"
    const val QUICK_EXIT_DESCRIPTION = "quick-exit-description"
    const val HOME_TOPICS = "home-topics"
    const val HOME_CATEGORIES = "home-categories"
    const val SEARCH_TITLE = "search-title"
    const val SEARCH_PLACEHOLDER = "search-placeholder"
    const val SEARCH_NO_RESULTS = "search-no-results"
    const val SEARCH_RESULTS_COUNT = "search-results-count"
    const val VERIFIED_ON = "verified-on"
    const val RECORD_STALE = "record-stale"
    const val SOURCE_LABEL = "source-label"
    const val SOURCES_LABEL = "sources-label"
    const val NOT_LEGAL_ADVICE = "not-legal-advice"
    const val RELATED_LISTINGS = "related-listings"
    const val LISTING_CALL = "listing-call"
    const val LISTING_DIRECTIONS = "listing-directions"
    const val LISTING_SHARE = "listing-share"
    const val LISTING_WEBSITE = "listing-website"
    const val LISTING_ADDRESS = "listing-address"
    const val LISTING_PHONE = "listing-phone"
    const val NEARBY_TITLE = "nearby-title"
    const val NEARBY_FILTERS = "nearby-filters"
    const val FILTER_OPEN_NOW = "filter-open-now"
    const val FILTER_FREE = "filter-free"
    const val FILTER_MY_LANGUAGE = "filter-my-language"
    const val FILTER_CATEGORY = "filter-category"
    const val FILTER_CLEAR = "filter-clear"
    const val NEARBY_LOCATION_NOTE = "nearby-location-note"
    const val NEARBY_COUNT = "nearby-count"
    const val PACKS_TITLE = "packs-title"
    const val PACKS_INSTALL_FILE = "packs-install-file"
    const val PACKS_VERSION = "packs-version"
    const val PACKS_PUBLISHER = "packs-publisher"
    const val PACKS_ITEMS = "packs-items"
    const val PACKS_BUNDLED = "packs-bundled"
    const val PACKS_STALE_SINCE = "packs-stale-since"
    const val PACKS_STALE_NOTE = "packs-stale-note"
    const val PACKS_REMOVE = "packs-remove"
    const val PACKS_REMOVE_CONFIRM = "packs-remove-confirm"
    const val PACKS_INSTALLED = "packs-installed"
    const val INSTALL_REFUSED_TITLE = "install-refused-title"
    const val INSTALL_REFUSED_DAMAGED = "install-refused-damaged"
    const val INSTALL_REFUSED_NOTHING_CHANGED = "install-refused-nothing-changed"
    const val LANGUAGE_TITLE = "language-title"
    const val LANGUAGE_CHOOSE = "language-choose"
    const val WIPE_TITLE = "wipe-title"
    const val WIPE_DESCRIPTION = "wipe-description"
    const val WIPE_CONFIRM = "wipe-confirm"
    const val WIPE_DONE = "wipe-done"
    const val ERROR_STORAGE = "error-storage"
    const val ERROR_NOT_FOUND = "error-not-found"

    /** Every key above. */
    val ALL: List<String> = listOf(
        APP_NAME, APP_TAGLINE, OFFLINE_NOTE, BACK, CLOSE, CANCEL, RETRY, QUICK_EXIT,
        QUICK_EXIT_DESCRIPTION, HOME_TOPICS, HOME_CATEGORIES, SEARCH_TITLE, SEARCH_PLACEHOLDER,
        SEARCH_NO_RESULTS, SEARCH_RESULTS_COUNT, VERIFIED_ON, RECORD_STALE, SOURCE_LABEL,
        SOURCES_LABEL, NOT_LEGAL_ADVICE, RELATED_LISTINGS, LISTING_CALL, LISTING_DIRECTIONS,
        LISTING_SHARE, LISTING_WEBSITE, LISTING_ADDRESS, LISTING_PHONE, NEARBY_TITLE,
        NEARBY_FILTERS, FILTER_OPEN_NOW, FILTER_FREE, FILTER_MY_LANGUAGE, FILTER_CATEGORY,
        FILTER_CLEAR, NEARBY_LOCATION_NOTE, NEARBY_COUNT, PACKS_TITLE, PACKS_INSTALL_FILE,
        PACKS_VERSION, PACKS_PUBLISHER, PACKS_ITEMS, PACKS_BUNDLED, PACKS_STALE_SINCE,
        PACKS_STALE_NOTE, PACKS_REMOVE, PACKS_REMOVE_CONFIRM, PACKS_INSTALLED,
        INSTALL_REFUSED_TITLE, INSTALL_REFUSED_DAMAGED, INSTALL_REFUSED_NOTHING_CHANGED,
        LANGUAGE_TITLE, LANGUAGE_CHOOSE, WIPE_TITLE, WIPE_DESCRIPTION, WIPE_CONFIRM, WIPE_DONE,
        ERROR_STORAGE, ERROR_NOT_FOUND,
    )
}

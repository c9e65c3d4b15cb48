# Resident Guide UI strings: English, the source every other locale follows.
#
# Rules for every locale (checked by the core's tests):
# - every message here exists in every locale, and no locale has others;
# - a translation uses the same variables ({ $count }, { $date }…) as English;
# - counts select plural variants by the locale's CLDR categories
#   (e.g. Russian one/few/many/other, Arabic zero/one/two/few/many/other).
# Dates arrive as YYYY-MM-DD. Numbers arrive as digits.
# Edit, then check with: guide strings --lang TAG [KEY] [--arg name=value]

## Languages

# This language's name in itself, for the language picker.
language-name = English
# The name of English in this language ("Shown in { $language }").
lang-en = English
lang-es = Spanish

## App

app-name = Resident Guide
app-tagline = Know your rights. Find free help. In your language.
offline-note = Works without internet. What you search stays on this phone.
back = Back
close = Close
cancel = Cancel
retry = Try again

## Quick exit (on every screen)

quick-exit = Quick exit
quick-exit-description = Leave the app at once and show the phone's home screen.

## Home

home-topics = Topics
home-categories = Places and services

## Search

search-title = Search
search-placeholder = Search in any language
search-no-results = Nothing found. Try other words, or fewer words.
search-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
shown-in-language = Shown in { $language }

## Articles and listings

verified-on = Checked on { $date }
record-stale = This may be out of date: it was due for checking on { $date }.
source-label = Source
sources-label = Sources
not-legal-advice = This is general information, not legal advice. For advice about your case, talk to a lawyer or a DOJ-accredited representative.
related-listings = Where to get help
listing-call = Call
listing-directions = Directions
listing-share = Share
listing-website = Website
listing-address = Address
listing-phone = Phone
listing-open-now = Open now
listing-closed-now = Closed now

## Nearby

nearby-title = Nearby
nearby-filters = Filters
filter-open-now = Open now
filter-free = Free
filter-my-language = Speaks my language
filter-category = Type of place
filter-clear = Clear filters
nearby-location-note = Your location is used only on this phone.
nearby-count = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
distance-miles = { $distance ->
    [one] { $distance } mile
   *[other] { $distance } miles
}

## Content packs

packs-title = Content packs
packs-install-file = Install from a file
packs-version = Version { $version }
packs-publisher = Published by { $publisher }
packs-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
packs-bundled = Comes with the app
packs-stale-since = Out of date since { $date }
packs-stale-note = Still shown, but check with the source before you act on it.
packs-remove = Remove
packs-remove-confirm = Remove “{ $pack }”? Its guides and places will no longer appear.
packs-installed = Pack installed
install-refused-title = This pack was not installed
install-refused-signature = Its signature does not match. It may have been changed after it was published.
install-refused-publisher = It comes from a publisher this app does not trust.
install-refused-older = It is not newer than the version already installed.
install-refused-not-allowed = Its publisher is not allowed to publish this pack.
install-refused-too-large = The file is too large.
install-refused-damaged = The file is damaged or is not a content pack.
install-refused-nothing-changed = Nothing on your phone was changed.

## Language picker

language-title = Language
language-choose = Choose your language

## Delete my data

wipe-title = Delete my data
wipe-description = Removes the packs you installed and anything you saved on this phone. The guides that come with the app stay.
wipe-confirm = Delete
wipe-done = Deleted. Only the guides that come with the app remain.

## Errors

error-storage = The guide on this phone could not be read. Try again. If it keeps happening, reinstall the app.
error-not-found = This is no longer on this phone.

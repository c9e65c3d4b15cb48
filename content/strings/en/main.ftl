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
# A spelling correction was used ("Did you mean: notario").
did-you-mean = Did you mean: { $query }
# The search used a place: named in the query, given with it, or saved.
search-near = Searching near { $place }
# The query said "near me" but no place is known.
search-near-you-unset = You asked for places near you. Set a place (a ZIP code or a city) to see the nearest ones first.

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
listing-place = Place
listing-hours = Hours
listing-languages = Languages spoken
listing-cost = Cost
listing-case-types = Cases taken
listing-accreditation = Who gives legal advice
listing-accepted-ids = IDs accepted
listing-account-features = Account
listing-access = How to visit
listing-wheelchair = Wheelchair accessible
listing-service-area = Serves
# A listing whose point is the centre of its ZIP code or city, not its door.
listing-approximate = Approximate location (area centre, not the exact address)
# Records on fast-changing topics (DACA, TPS, enforcement).
record-check-status = Last checked on { $date }. This changes often: check its current status.
# Under an article: the nearest listings that help with it.
related-help-near = Help near { $place }
related-help-national = Help anywhere in the country
# What a service costs.
cost-free = Free
cost-sliding-scale = Sliding scale (by income)
cost-low-cost = Low cost
# Immigration case types a legal service takes.
case-removal-defense = Deportation defense
case-asylum = Asylum
case-daca = DACA
case-tps = TPS
case-naturalization = Citizenship
case-family-petitions = Family petitions
case-u-visa = U visa (crime victims)
case-t-visa = T visa (trafficking victims)
case-vawa = VAWA (violence victims)
case-detention = Detention
# Who may give immigration legal advice there.
accreditation-doj-recognized-organization = DOJ-recognized organization
accreditation-accredited-representative = DOJ-accredited representative
accreditation-attorney = Attorney
# Identity documents a bank accepts.
id-itin = ITIN
id-matricula-consular = Matrícula consular
id-foreign-passport = Passport from any country
id-municipal-id = City ID card
# Account features.
feature-no-overdraft-fees = No overdraft fees
feature-low-or-no-monthly-fee = Low or no monthly fee
# How people are seen.
access-walk-in = Walk-in
access-appointment = By appointment
# Where a service area reaches.
service-area-nationwide = The whole country
service-area-states = All of { $states }

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
# Results grouped: local first, then wider services.
nearby-near-place = Near { $place }
nearby-nothing-near = Nothing found near there.
nearby-serving = Serving your area
nearby-statewide = Serving all of { $state }
nearby-national = Serving the whole country
place-zip = ZIP code { $zip }
# An exact distance to the door.
distance-km = { $distance } km
# A distance to an area's centre; $area is one of the precision words below.
distance-about-km = about { $distance } km ({ $area })
precision-exact = exact location
precision-address-zip = ZIP area
precision-zip = ZIP area
precision-city = city area
serves-your-area = serves your area
# Hours, in result lists; $time is a weekday and time.
hours-open-closes-soon = open now, closes soon ({ $time })
hours-open-until = open now, until { $time }
hours-open = open now
hours-closed-opens = closed, opens { $time }
hours-closed = closed
hours-unknown = hours unknown
# Weekdays, short, before a time ("opens Mon 09:00").
day-mo = Mon
day-tu = Tue
day-we = Wed
day-th = Thu
day-fr = Fri
day-sa = Sat
day-su = Sun
# A place name several places share; $choices lists them.
place-ambiguous = More than one place has that name. Add the state, for example: { $choices }
place-unknown = This place is unknown: it is not in the offline list of US ZIP codes and cities.
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
# Shared text (SMS, contact card): short and long forms of the date line.
share-verified = Verified { $date }
share-verified-on = Verified on { $date }.
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

# Resident Guide UI strings: Tagalog / Filipino (served for both tl and fil).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Nouns do not change after a numeral, but CLDR gives Filipino one/other,
# so plural messages keep both variants.

## Languages

language-name = Tagalog
lang-en = Ingles
lang-es = Espanyol

## App

app-name = Gabay para sa Residente
app-tagline = Alamin ang iyong mga karapatan. Humanap ng libreng tulong. Sa iyong wika.
offline-note = Gumagana kahit walang internet. Ang hinahanap mo ay nananatili sa teleponong ito.
back = Bumalik
close = Isara
cancel = Kanselahin
retry = Subukan muli

## Quick exit

quick-exit = Mabilis na paglabas
quick-exit-description = Agad na lumabas sa app at ipakita ang home screen ng telepono.

## Home

home-topics = Mga paksa
home-categories = Mga lugar at serbisyo

## Search

search-title = Maghanap
search-placeholder = Maghanap sa kahit anong wika
search-no-results = Walang nahanap. Subukan ang ibang salita, o mas kaunting salita.
search-results-count = { $count ->
    [one] { $count } resulta
   *[other] { $count } resulta
}
shown-in-language = Ipinapakita sa { $language }

## Articles and listings

verified-on = Sinuri noong { $date }
record-stale = Maaaring luma na ito: dapat itong nasuri muli noong { $date }.
source-label = Pinagmulan
sources-label = Mga pinagmulan
not-legal-advice = Pangkalahatang impormasyon ito, hindi legal na payo. Para sa payo tungkol sa iyong kaso, kumausap ng abogado o ng kinatawang accredited ng DOJ.
related-listings = Saan makakakuha ng tulong
listing-call = Tumawag
listing-directions = Direksiyon
listing-share = Ibahagi
listing-website = Websayt
listing-address = Tirahan
listing-phone = Telepono
listing-open-now = Bukas ngayon
listing-closed-now = Sarado ngayon

## Nearby

nearby-title = Malapit sa iyo
nearby-filters = Mga filter
filter-open-now = Bukas ngayon
filter-free = Libre
filter-my-language = Nagsasalita ng aking wika
filter-category = Uri ng lugar
filter-clear = Alisin ang mga filter
nearby-location-note = Sa teleponong ito lang ginagamit ang iyong lokasyon.
nearby-count = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugar
}
distance-miles = { $distance ->
    [one] { $distance } milya
   *[other] { $distance } milya
}

## Content packs

packs-title = Mga pakete ng nilalaman
packs-install-file = I-install mula sa file
packs-version = Bersiyon { $version }
packs-publisher = Inilathala ng { $publisher }
packs-items = { $count ->
    [one] { $count } item
   *[other] { $count } item
}
packs-bundled = Kasama sa app
packs-stale-since = Luma na mula noong { $date }
packs-stale-note = Ipinapakita pa rin, pero suriin muna sa pinagmulan bago kumilos.
packs-remove = Alisin
packs-remove-confirm = Alisin ang “{ $pack }”? Hindi na lalabas ang mga gabay at lugar nito.
packs-installed = Na-install ang pakete
install-refused-title = Hindi na-install ang paketeng ito
install-refused-signature = Hindi tugma ang pirma nito. Maaaring binago ito matapos mailathala.
install-refused-publisher = Galing ito sa publisher na hindi pinagkakatiwalaan ng app na ito.
install-refused-older = Hindi ito mas bago kaysa sa bersiyong naka-install na.
install-refused-not-allowed = Hindi pinapayagan ang publisher nito na ilathala ang paketeng ito.
install-refused-too-large = Masyadong malaki ang file.
install-refused-damaged = Sira ang file, o hindi ito pakete ng nilalaman.
install-refused-nothing-changed = Walang nabago sa iyong telepono.

## Language picker

language-title = Wika
language-choose = Piliin ang iyong wika

## Delete my data

wipe-title = Burahin ang aking data
wipe-description = Inaalis ang mga paketeng in-install mo at lahat ng na-save mo sa teleponong ito. Maiiwan ang mga gabay na kasama sa app.
wipe-confirm = Burahin
wipe-done = Nabura na. Ang mga gabay na kasama sa app na lang ang natira.

## Errors

error-storage = Hindi mabasa ang gabay sa teleponong ito. Subukan muli. Kung patuloy itong mangyari, i-install muli ang app.
error-not-found = Wala na ito sa teleponong ito.

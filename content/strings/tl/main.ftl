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

## Directory, places and record details (issue 12)

did-you-mean = Ito ba ang ibig mong sabihin: { $query }
search-near = Naghahanap malapit sa { $place }
search-near-you-unset = Humanap ka ng mga lugar na malapit sa iyo. Maglagay ng lugar (ZIP code o lungsod) para makita muna ang pinakamalapit.
listing-place = Lugar
listing-hours = Oras
listing-languages = Mga wikang sinasalita
listing-cost = Bayad
listing-case-types = Mga kasong tinatanggap
listing-accreditation = Sino ang nagbibigay ng legal na payo
listing-accepted-ids = Mga ID na tinatanggap
listing-account-features = Account
listing-access = Paano pumunta
listing-wheelchair = Maaabot ng naka-wheelchair
listing-service-area = Naglilingkod sa
listing-approximate = Tinatayang lokasyon (gitna ng lugar, hindi ang eksaktong address)
record-check-status = Huling sinuri noong { $date }. Madalas itong magbago: alamin ang kasalukuyang kalagayan.
related-help-near = Tulong malapit sa { $place }
related-help-national = Tulong saanman sa bansa
cost-free = Libre
cost-sliding-scale = Bayad ayon sa kita
cost-low-cost = Mababang bayad
case-removal-defense = Depensa laban sa deportasyon
case-asylum = Asylum
case-daca = DACA (Deferred Action)
case-tps = TPS (Temporary Protected Status)
case-naturalization = Pagkamamamayan
case-family-petitions = Petisyon para sa pamilya
case-u-visa = U visa (biktima ng krimen)
case-t-visa = T visa (biktima ng trafficking)
case-vawa = VAWA (biktima ng karahasan)
case-detention = Detensyon
accreditation-doj-recognized-organization = Organisasyong kinikilala ng DOJ
accreditation-accredited-representative = Kinatawang akreditado ng DOJ
accreditation-attorney = Abogado
id-itin = ITIN (numero ng nagbabayad ng buwis)
id-matricula-consular = Matrícula consular (ID ng konsulado)
id-foreign-passport = Pasaporte mula sa anumang bansa
id-municipal-id = ID ng lungsod
feature-no-overdraft-fees = Walang overdraft fee
feature-low-or-no-monthly-fee = Mababa o walang buwanang bayad
access-walk-in = Walang appointment
access-appointment = May appointment
service-area-nationwide = Buong bansa
service-area-states = Buong { $states }
nearby-near-place = Malapit sa { $place }
nearby-nothing-near = Walang nahanap na malapit doon.
nearby-serving = Naglilingkod sa iyong lugar
nearby-statewide = Naglilingkod sa buong { $state }
nearby-national = Naglilingkod sa buong bansa
place-zip = ZIP code { $zip }
distance-km = { $distance } km
distance-about-km = mga { $distance } km ({ $area })
precision-exact = eksaktong lokasyon
precision-address-zip = lugar ng ZIP code
precision-zip = lugar ng ZIP code
precision-city = lugar ng lungsod
serves-your-area = naglilingkod sa iyong lugar
hours-open-closes-soon = bukas ngayon, malapit nang magsara ({ $time })
hours-open-until = bukas ngayon, hanggang { $time }
hours-open = bukas ngayon
hours-closed-opens = sarado, magbubukas sa { $time }
hours-closed = sarado
hours-unknown = hindi alam ang oras
day-mo = Lun
day-tu = Mar
day-we = Miy
day-th = Huw
day-fr = Biy
day-sa = Sab
day-su = Lin
place-ambiguous = Mahigit sa isang lugar ang may ganyang pangalan. Idagdag ang estado, halimbawa: { $choices }
place-unknown = Hindi kilala ang lugar na ito: wala ito sa offline na listahan ng mga ZIP code at lungsod sa US.
share-verified = Na-verify { $date }
share-verified-on = Na-verify noong { $date }.

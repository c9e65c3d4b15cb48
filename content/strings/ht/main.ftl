# Resident Guide UI strings: Haitian Creole (Kreyòl ayisyen).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Kreyòl nouns do not change for number; CLDR has no rules for ht, so Fluent
# uses English's one/other and both variants read the same.

## Languages

language-name = Kreyòl ayisyen
lang-en = angle
lang-es = panyòl

## App

app-name = Gid pou Rezidan
app-tagline = Konnen dwa ou. Jwenn èd gratis. Nan lang ou.
offline-note = Li mache san entènèt. Sa ou chèche rete nan telefòn sa a.
back = Retounen
close = Fèmen
cancel = Anile
retry = Eseye ankò

## Quick exit

quick-exit = Sòti rapid
quick-exit-description = Kite aplikasyon an touswit epi montre ekran akèy telefòn nan.

## Home

home-topics = Sijè
home-categories = Kote ak sèvis

## Search

search-title = Chèche
search-placeholder = Chèche nan nenpòt lang
search-no-results = Nou pa jwenn anyen. Eseye lòt mo, oswa mwens mo.
search-results-count = { $count ->
    [one] { $count } rezilta
   *[other] { $count } rezilta
}
shown-in-language = Li parèt an { $language }

## Articles and listings

verified-on = Verifye le { $date }
record-stale = Enfòmasyon sa a ka pa ajou: yo te dwe verifye l le { $date }.
source-label = Sous
sources-label = Sous yo
not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Pou konsèy sou ka ou, pale ak yon avoka oswa ak yon reprezantan DOJ akredite.
related-listings = Kote pou jwenn èd
listing-call = Rele
listing-directions = Direksyon
listing-share = Pataje
listing-website = Sit entènèt
listing-address = Adrès
listing-phone = Telefòn
listing-open-now = Louvri kounye a
listing-closed-now = Fèmen kounye a

## Nearby

nearby-title = Toupre ou
nearby-filters = Filt
filter-open-now = Louvri kounye a
filter-free = Gratis
filter-my-language = Pale lang mwen
filter-category = Ki kalite kote
filter-clear = Retire filt yo
nearby-location-note = Yo itilize pozisyon ou sèlman nan telefòn sa a.
nearby-count = { $count ->
    [one] { $count } kote
   *[other] { $count } kote
}
distance-miles = { $distance ->
    [one] { $distance } mil
   *[other] { $distance } mil
}

## Content packs

packs-title = Pake kontni
packs-install-file = Enstale apati yon fichye
packs-version = Vèsyon { $version }
packs-publisher = Piblye pa { $publisher }
packs-items = { $count ->
    [one] { $count } eleman
   *[other] { $count } eleman
}
packs-bundled = Vini ak aplikasyon an
packs-stale-since = Pa ajou depi { $date }
packs-stale-note = Li toujou parèt, men verifye ak sous la anvan ou aji.
packs-remove = Retire
packs-remove-confirm = Retire “{ $pack }”? Gid ak kote ki ladan l yo p ap parèt ankò.
packs-installed = Pake a enstale
install-refused-title = Pake sa a pa t enstale
install-refused-signature = Siyati li pa koresponn. Petèt yo te chanje l apre yo te pibliye l.
install-refused-publisher = Li soti nan yon piblikatè aplikasyon sa a pa fè konfyans.
install-refused-older = Li pa pi nouvo pase vèsyon ki deja enstale a.
install-refused-not-allowed = Piblikatè li a pa gen dwa pibliye pake sa a.
install-refused-too-large = Fichye a twò gwo.
install-refused-damaged = Fichye a domaje, oswa se pa yon pake kontni.
install-refused-nothing-changed = Anyen pa t chanje nan telefòn ou.

## Language picker

language-title = Lang
language-choose = Chwazi lang ou

## Delete my data

wipe-title = Efase done mwen
wipe-description = Retire pake ou te enstale yo ak tout sa ou te anrejistre nan telefòn sa a. Gid ki vini ak aplikasyon an rete.
wipe-confirm = Efase
wipe-done = Efase. Se sèlman gid ki vini ak aplikasyon an ki rete.

## Errors

error-storage = Nou pa t ka li gid la nan telefòn sa a. Eseye ankò. Si sa kontinye, reenstale aplikasyon an.
error-not-found = Sa a pa nan telefòn sa a ankò.

## Directory, places and record details (issue 12)

did-you-mean = Èske ou vle di: { $query }
search-near = N ap chèche toupre { $place }
search-near-you-unset = Ou mande kote ki toupre w. Mete yon kote (yon kòd postal oswa yon vil) pou w wè sa ki pi pre yo an premye.
listing-place = Kote
listing-hours = Lè yo louvri
listing-languages = Lang yo pale
listing-cost = Pri
listing-case-types = Ka yo pran
listing-accreditation = Ki moun ki bay konsèy legal
listing-accepted-ids = Pyès idantite yo aksepte
listing-account-features = Kont
listing-access = Kijan pou w ale
listing-wheelchair = Aksesib ak chèz woulant
listing-service-area = Sèvi
listing-approximate = Kote apeprè (mitan zòn nan, se pa adrès egzak la)
record-check-status = Dènye fwa yo tcheke l: { $date }. Sa chanje souvan: tcheke kijan sa ye kounye a.
related-help-near = Èd toupre { $place }
related-help-national = Èd nenpòt kote nan peyi a
cost-free = Gratis
cost-sliding-scale = Pri selon revni w
cost-low-cost = Pri ba
case-removal-defense = Defans kont depòtasyon
case-asylum = Azil
case-daca = DACA (Aksyon Difere)
case-tps = TPS (Estati Pwoteksyon Tanporè)
case-naturalization = Sitwayènte
case-family-petitions = Petisyon fanmi
case-u-visa = Viza U (viktim krim)
case-t-visa = Viza T (viktim trafik moun)
case-vawa = VAWA (viktim vyolans)
case-detention = Detansyon
accreditation-doj-recognized-organization = Òganizasyon DOJ rekonèt
accreditation-accredited-representative = Reprezantan DOJ akredite
accreditation-attorney = Avoka
id-itin = ITIN (nimewo kontribyab)
id-matricula-consular = Matrícula consular (kat konsila)
id-foreign-passport = Paspò nenpòt peyi
id-municipal-id = Kat idantite vil la
feature-no-overdraft-fees = Pa gen frè dekouvè
feature-low-or-no-monthly-fee = Frè chak mwa ba oswa pa gen ditou
access-walk-in = San randevou
access-appointment = Ak randevou
service-area-nationwide = Tout peyi a
service-area-states = Tout eta: { $states }
nearby-near-place = Toupre { $place }
nearby-nothing-near = Pa jwenn anyen toupre la.
nearby-serving = Sèvi zòn ou
nearby-statewide = Sèvi tout eta: { $state }
nearby-national = Sèvi tout peyi a
place-zip = kòd postal { $zip }
distance-km = { $distance } km
distance-about-km = apeprè { $distance } km ({ $area })
precision-exact = kote egzak
precision-address-zip = zòn kòd postal la
precision-zip = zòn kòd postal la
precision-city = zòn vil la
serves-your-area = sèvi zòn ou
hours-open-closes-soon = louvri kounye a, ap fèmen byento ({ $time })
hours-open-until = louvri kounye a, jiska { $time }
hours-open = louvri kounye a
hours-closed-opens = fèmen, ap louvri { $time }
hours-closed = fèmen
hours-unknown = nou pa konnen lè yo louvri
day-mo = lendi
day-tu = madi
day-we = mèkredi
day-th = jedi
day-fr = vandredi
day-sa = samdi
day-su = dimanch
place-ambiguous = Gen plis pase yon kote ki gen non sa a. Ajoute eta a, pa egzanp: { $choices }
place-unknown = Nou pa konnen kote sa a: li pa nan lis kòd postal ak vil Etazini ki sou telefòn nan.
share-verified = Verifye { $date }
share-verified-on = Verifye { $date }.

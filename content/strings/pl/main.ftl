# Resident Guide UI strings: Polish (polski).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Plural forms (CLDR): one = 1; few = 2–4, 22–24…; many = 0, 5–21, 25…;
# other = fractions (1,5 wyniku).

## Languages

language-name = Polski
lang-en = angielski
lang-es = hiszpański

## App

app-name = Przewodnik dla mieszkańców
app-tagline = Poznaj swoje prawa. Znajdź bezpłatną pomoc. W swoim języku.
offline-note = Działa bez internetu. To, czego szukasz, zostaje na tym telefonie.
back = Wstecz
close = Zamknij
cancel = Anuluj
retry = Spróbuj ponownie

## Quick exit

quick-exit = Szybkie wyjście
quick-exit-description = Natychmiast zamyka aplikację i pokazuje ekran główny telefonu.

## Home

home-topics = Tematy
home-categories = Miejsca i usługi

## Search

search-title = Szukaj
search-placeholder = Szukaj w dowolnym języku
search-no-results = Nic nie znaleziono. Spróbuj innych słów albo mniejszej liczby słów.
search-results-count = { $count ->
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
shown-in-language = Wyświetlane w języku: { $language }

## Articles and listings

verified-on = Sprawdzono { $date }
record-stale = Te informacje mogą być nieaktualne: należało je sprawdzić { $date }.
source-label = Źródło
sources-label = Źródła
not-legal-advice = To są ogólne informacje, a nie porada prawna. Aby uzyskać poradę w swojej sprawie, porozmawiaj z prawnikiem lub z przedstawicielem akredytowanym przez DOJ.
related-listings = Gdzie szukać pomocy
listing-call = Zadzwoń
listing-directions = Dojazd
listing-share = Udostępnij
listing-website = Strona internetowa
listing-address = Adres
listing-phone = Telefon
listing-open-now = Teraz otwarte
listing-closed-now = Teraz zamknięte

## Nearby

nearby-title = W pobliżu
nearby-filters = Filtry
filter-open-now = Otwarte teraz
filter-free = Bezpłatnie
filter-my-language = Mówią w moim języku
filter-category = Rodzaj miejsca
filter-clear = Wyczyść filtry
nearby-location-note = Twoja lokalizacja jest używana tylko na tym telefonie.
nearby-count = { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}
distance-miles = { $distance ->
    [one] { $distance } mila
    [few] { $distance } mile
    [many] { $distance } mil
   *[other] { $distance } mili
}

## Content packs

packs-title = Pakiety treści
packs-install-file = Zainstaluj z pliku
packs-version = Wersja { $version }
packs-publisher = Wydawca: { $publisher }
packs-items = { $count ->
    [one] { $count } element
    [few] { $count } elementy
    [many] { $count } elementów
   *[other] { $count } elementu
}
packs-bundled = Dołączony do aplikacji
packs-stale-since = Nieaktualny od { $date }
packs-stale-note = Nadal jest wyświetlany, ale zanim coś zrobisz, sprawdź informacje u źródła.
packs-remove = Usuń
packs-remove-confirm = Usunąć „{ $pack }”? Jego poradniki i miejsca przestaną się pojawiać.
packs-installed = Pakiet zainstalowany
install-refused-title = Ten pakiet nie został zainstalowany
install-refused-signature = Jego podpis się nie zgadza. Mógł zostać zmieniony po publikacji.
install-refused-publisher = Pochodzi od wydawcy, któremu ta aplikacja nie ufa.
install-refused-older = Nie jest nowszy niż wersja już zainstalowana.
install-refused-not-allowed = Jego wydawca nie ma prawa publikować tego pakietu.
install-refused-too-large = Plik jest za duży.
install-refused-damaged = Plik jest uszkodzony albo nie jest pakietem treści.
install-refused-nothing-changed = Na Twoim telefonie nic się nie zmieniło.

## Language picker

language-title = Język
language-choose = Wybierz swój język

## Delete my data

wipe-title = Usuń moje dane
wipe-description = Usuwa zainstalowane przez Ciebie pakiety i wszystko, co zapisano na tym telefonie. Poradniki dołączone do aplikacji zostają.
wipe-confirm = Usuń
wipe-done = Usunięto. Zostały tylko poradniki dołączone do aplikacji.

## Errors

error-storage = Nie udało się odczytać przewodnika na tym telefonie. Spróbuj ponownie. Jeśli to się powtarza, zainstaluj aplikację ponownie.
error-not-found = Tego już nie ma na tym telefonie.

## Directory, places and record details (issue 12)

did-you-mean = Czy chodziło o: { $query }
search-near = Szukam w pobliżu: { $place }
search-near-you-unset = Szukasz miejsc w pobliżu. Ustaw miejsce (kod ZIP lub miasto), aby najpierw zobaczyć najbliższe.
listing-place = Miejsce
listing-hours = Godziny otwarcia
listing-languages = Języki obsługi
listing-cost = Koszt
listing-case-types = Prowadzone sprawy
listing-accreditation = Kto udziela porad prawnych
listing-accepted-ids = Akceptowane dokumenty
listing-account-features = Konto
listing-access = Jak przyjść
listing-wheelchair = Dostępne dla wózków inwalidzkich
listing-service-area = Obsługuje
listing-approximate = Przybliżona lokalizacja (środek obszaru, nie dokładny adres)
record-check-status = Ostatnio sprawdzono { $date }. To często się zmienia: sprawdź obecny stan.
related-help-near = Pomoc w pobliżu: { $place }
related-help-national = Pomoc w całym kraju
cost-free = Bezpłatnie
cost-sliding-scale = Opłata zależna od dochodu
cost-low-cost = Niski koszt
case-removal-defense = Obrona przed deportacją
case-asylum = Azyl
case-daca = DACA (odroczenie deportacji)
case-tps = TPS (tymczasowy status ochronny)
case-naturalization = Obywatelstwo
case-family-petitions = Petycje rodzinne
case-u-visa = Wiza U (ofiary przestępstw)
case-t-visa = Wiza T (ofiary handlu ludźmi)
case-vawa = VAWA (ofiary przemocy)
case-detention = Zatrzymanie
accreditation-doj-recognized-organization = Organizacja uznana przez DOJ
accreditation-accredited-representative = Przedstawiciel akredytowany przez DOJ
accreditation-attorney = Adwokat
id-itin = ITIN (numer podatnika)
id-matricula-consular = Matrícula consular (dowód konsularny)
id-foreign-passport = Paszport dowolnego kraju
id-municipal-id = Miejski dowód tożsamości
feature-no-overdraft-fees = Bez opłat za debet
feature-low-or-no-monthly-fee = Niska opłata miesięczna lub brak opłaty
access-walk-in = Bez umówienia
access-appointment = Po umówieniu wizyty
service-area-nationwide = Cały kraj
service-area-states = Cały stan: { $states }
nearby-near-place = W pobliżu: { $place }
nearby-nothing-near = Nic nie znaleziono w pobliżu.
nearby-serving = Obsługują Twoją okolicę
nearby-statewide = Obsługują cały stan: { $state }
nearby-national = Obsługują cały kraj
place-zip = kod ZIP { $zip }
distance-km = { $distance } km
distance-about-km = około { $distance } km ({ $area })
precision-exact = dokładna lokalizacja
precision-address-zip = obszar kodu ZIP
precision-zip = obszar kodu ZIP
precision-city = obszar miasta
serves-your-area = obsługuje Twoją okolicę
hours-open-closes-soon = otwarte, wkrótce zamknięcie ({ $time })
hours-open-until = otwarte do { $time }
hours-open = otwarte
hours-closed-opens = zamknięte, otwarcie { $time }
hours-closed = zamknięte
hours-unknown = godziny nieznane
day-mo = pon.
day-tu = wt.
day-we = śr.
day-th = czw.
day-fr = pt.
day-sa = sob.
day-su = niedz.
place-ambiguous = Kilka miejsc ma tę nazwę. Dodaj stan, na przykład: { $choices }
place-unknown = Nieznane miejsce: nie ma go na offline'owej liście kodów ZIP i miast USA.
share-verified = Zweryfikowano { $date }
share-verified-on = Zweryfikowano { $date }.

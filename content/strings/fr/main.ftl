# Resident Guide UI strings: French (français).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.

## Languages

language-name = Français
lang-en = anglais
lang-es = espagnol

## App

app-name = Guide du résident
app-tagline = Connaissez vos droits. Trouvez de l’aide gratuite. Dans votre langue.
offline-note = Fonctionne sans internet. Ce que vous cherchez reste sur ce téléphone.
back = Retour
close = Fermer
cancel = Annuler
retry = Réessayer

## Quick exit

quick-exit = Sortie rapide
quick-exit-description = Quitte l’application tout de suite et affiche l’écran d’accueil du téléphone.

## Home

home-topics = Sujets
home-categories = Lieux et services

## Search

search-title = Rechercher
search-placeholder = Cherchez dans n’importe quelle langue
search-no-results = Aucun résultat. Essayez d’autres mots, ou moins de mots.
search-results-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
shown-in-language = Affiché en { $language }

## Articles and listings

verified-on = Vérifié le { $date }
record-stale = Ces informations sont peut-être dépassées : elles devaient être vérifiées le { $date }.
source-label = Source
sources-label = Sources
not-legal-advice = Ceci est une information générale, pas un conseil juridique. Pour un conseil sur votre situation, parlez à un avocat ou à un représentant accrédité par le DOJ.
related-listings = Où trouver de l’aide
listing-call = Appeler
listing-directions = Itinéraire
listing-share = Partager
listing-website = Site web
listing-address = Adresse
listing-phone = Téléphone
listing-open-now = Ouvert maintenant
listing-closed-now = Fermé maintenant

## Nearby

nearby-title = À proximité
nearby-filters = Filtres
filter-open-now = Ouvert maintenant
filter-free = Gratuit
filter-my-language = Parle ma langue
filter-category = Type de lieu
filter-clear = Effacer les filtres
nearby-location-note = Votre position n’est utilisée que sur ce téléphone.
nearby-count = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
distance-miles = { $distance ->
    [one] { $distance } mile
   *[other] { $distance } miles
}

## Content packs

packs-title = Paquets de contenu
packs-install-file = Installer depuis un fichier
packs-version = Version { $version }
packs-publisher = Publié par { $publisher }
packs-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
packs-bundled = Fourni avec l’application
packs-stale-since = Pas à jour depuis le { $date }
packs-stale-note = Toujours affiché, mais vérifiez auprès de la source avant d’agir.
packs-remove = Supprimer
packs-remove-confirm = Supprimer « { $pack } » ? Ses guides et ses lieux n’apparaîtront plus.
packs-installed = Paquet installé
install-refused-title = Ce paquet n’a pas été installé
install-refused-signature = Sa signature ne correspond pas. Il a peut-être été modifié après sa publication.
install-refused-publisher = Il vient d’un éditeur auquel cette application ne fait pas confiance.
install-refused-older = Il n’est pas plus récent que la version déjà installée.
install-refused-not-allowed = Son éditeur n’a pas le droit de publier ce paquet.
install-refused-too-large = Le fichier est trop volumineux.
install-refused-damaged = Le fichier est endommagé ou n’est pas un paquet de contenu.
install-refused-nothing-changed = Rien n’a été modifié sur votre téléphone.

## Language picker

language-title = Langue
language-choose = Choisissez votre langue

## Delete my data

wipe-title = Effacer mes données
wipe-description = Supprime les paquets que vous avez installés et tout ce que vous avez enregistré sur ce téléphone. Les guides fournis avec l’application restent.
wipe-confirm = Effacer
wipe-done = Effacé. Seuls les guides fournis avec l’application restent.

## Errors

error-storage = Le guide n’a pas pu être lu sur ce téléphone. Réessayez. Si cela continue, réinstallez l’application.
error-not-found = Cet élément n’est plus sur ce téléphone.

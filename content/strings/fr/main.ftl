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

## Directory, places and record details (issue 12)

did-you-mean = Vouliez-vous dire : { $query }
search-near = Recherche près de { $place }
search-near-you-unset = Vous cherchez des lieux près de chez vous. Indiquez un lieu (un code postal ou une ville) pour voir d’abord les plus proches.
listing-place = Lieu
listing-hours = Horaires
listing-languages = Langues parlées
listing-cost = Coût
listing-case-types = Dossiers traités
listing-accreditation = Qui donne des conseils juridiques
listing-accepted-ids = Pièces d’identité acceptées
listing-account-features = Compte
listing-access = Comment s’y rendre
listing-wheelchair = Accessible en fauteuil roulant
listing-service-area = Dessert
listing-approximate = Emplacement approximatif (centre de la zone, pas l’adresse exacte)
record-check-status = Vérifié pour la dernière fois le { $date }. Cela change souvent : vérifiez la situation actuelle.
related-help-near = De l’aide près de { $place }
related-help-national = De l’aide partout dans le pays
cost-free = Gratuit
cost-sliding-scale = Tarif selon les revenus
cost-low-cost = Faible coût
case-removal-defense = Défense contre l’expulsion
case-asylum = Asile
case-daca = DACA (action différée)
case-tps = TPS (statut de protection temporaire)
case-naturalization = Citoyenneté
case-family-petitions = Demandes familiales
case-u-visa = Visa U (victimes de crimes)
case-t-visa = Visa T (victimes de la traite)
case-vawa = VAWA (victimes de violences)
case-detention = Détention
accreditation-doj-recognized-organization = Organisation reconnue par le DOJ
accreditation-accredited-representative = Représentant accrédité par le DOJ
accreditation-attorney = Avocat
id-itin = ITIN (numéro fiscal)
id-matricula-consular = Matrícula consular (carte consulaire)
id-foreign-passport = Passeport de n’importe quel pays
id-municipal-id = Carte d’identité municipale
feature-no-overdraft-fees = Pas de frais de découvert
feature-low-or-no-monthly-fee = Frais mensuels faibles ou nuls
access-walk-in = Sans rendez-vous
access-appointment = Sur rendez-vous
service-area-nationwide = Tout le pays
service-area-states = Tout l’État : { $states }
nearby-near-place = Près de { $place }
nearby-nothing-near = Rien trouvé près de là.
nearby-serving = Desservent votre zone
nearby-statewide = Desservent tout l’État : { $state }
nearby-national = Desservent tout le pays
place-zip = code postal { $zip }
distance-km = { $distance } km
distance-about-km = environ { $distance } km ({ $area })
precision-exact = emplacement exact
precision-address-zip = zone du code postal
precision-zip = zone du code postal
precision-city = zone de la ville
serves-your-area = dessert votre zone
hours-open-closes-soon = ouvert, ferme bientôt ({ $time })
hours-open-until = ouvert, jusqu’à { $time }
hours-open = ouvert
hours-closed-opens = fermé, ouvre { $time }
hours-closed = fermé
hours-unknown = horaires inconnus
day-mo = lun.
day-tu = mar.
day-we = mer.
day-th = jeu.
day-fr = ven.
day-sa = sam.
day-su = dim.
place-ambiguous = Plusieurs lieux portent ce nom. Ajoutez l’État, par exemple : { $choices }
place-unknown = Lieu inconnu : il n’est pas dans la liste hors ligne des codes postaux et villes des États-Unis.
share-verified = Vérifié le { $date }
share-verified-on = Vérifié le { $date }.

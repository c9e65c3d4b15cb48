# Resident Guide UI strings: Spanish (español).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.

## Languages

language-name = Español
lang-en = inglés
lang-es = español

## App

app-name = Guía para Residentes
app-tagline = Conozca sus derechos. Encuentre ayuda gratis. En su idioma.
offline-note = Funciona sin internet. Lo que usted busca se queda en este teléfono.
back = Atrás
close = Cerrar
cancel = Cancelar
retry = Intentar de nuevo

## Quick exit

quick-exit = Salida rápida
quick-exit-description = Sale de la aplicación de inmediato y muestra la pantalla de inicio del teléfono.

## Home

home-topics = Temas
home-categories = Lugares y servicios

## Search

search-title = Buscar
search-placeholder = Busque en cualquier idioma
search-no-results = No se encontró nada. Pruebe con otras palabras o con menos palabras.
search-results-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
shown-in-language = Se muestra en { $language }

## Articles and listings

verified-on = Revisado el { $date }
record-stale = Esto puede estar desactualizado: debía revisarse el { $date }.
source-label = Fuente
sources-label = Fuentes
not-legal-advice = Esta es información general, no asesoría legal. Para recibir consejo sobre su caso, hable con un abogado o con un representante acreditado por el DOJ.
related-listings = Dónde conseguir ayuda
listing-call = Llamar
listing-directions = Cómo llegar
listing-share = Compartir
listing-website = Sitio web
listing-address = Dirección
listing-phone = Teléfono
listing-open-now = Abierto ahora
listing-closed-now = Cerrado ahora

## Nearby

nearby-title = Cerca de usted
nearby-filters = Filtros
filter-open-now = Abierto ahora
filter-free = Gratis
filter-my-language = Hablan mi idioma
filter-category = Tipo de lugar
filter-clear = Quitar filtros
nearby-location-note = Su ubicación se usa solo en este teléfono.
nearby-count = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
distance-miles = { $distance ->
    [one] { $distance } milla
   *[other] { $distance } millas
}

## Content packs

packs-title = Paquetes de contenido
packs-install-file = Instalar desde un archivo
packs-version = Versión { $version }
packs-publisher = Publicado por { $publisher }
packs-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
packs-bundled = Viene con la aplicación
packs-stale-since = Desactualizado desde el { $date }
packs-stale-note = Se sigue mostrando, pero confirme con la fuente antes de actuar.
packs-remove = Quitar
packs-remove-confirm = ¿Quitar «{ $pack }»? Sus guías y lugares ya no aparecerán.
packs-installed = Paquete instalado
install-refused-title = Este paquete no se instaló
install-refused-signature = Su firma no coincide. Es posible que lo hayan cambiado después de publicarlo.
install-refused-publisher = Viene de un editor en el que esta aplicación no confía.
install-refused-older = No es más nuevo que la versión ya instalada.
install-refused-not-allowed = Su editor no tiene permiso para publicar este paquete.
install-refused-too-large = El archivo es demasiado grande.
install-refused-damaged = El archivo está dañado o no es un paquete de contenido.
install-refused-nothing-changed = No se cambió nada en su teléfono.

## Language picker

language-title = Idioma
language-choose = Elija su idioma

## Delete my data

wipe-title = Borrar mis datos
wipe-description = Quita los paquetes que usted instaló y todo lo que guardó en este teléfono. Las guías que vienen con la aplicación se quedan.
wipe-confirm = Borrar
wipe-done = Borrado. Solo quedan las guías que vienen con la aplicación.

## Errors

error-storage = No se pudo leer la guía en este teléfono. Intente de nuevo. Si sigue pasando, vuelva a instalar la aplicación.
error-not-found = Esto ya no está en este teléfono.

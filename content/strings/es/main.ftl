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

## Directory, places and record details (issue 12)

did-you-mean = Quizás quiso decir: { $query }
search-near = Buscando cerca de { $place }
search-near-you-unset = Pidió lugares cerca de usted. Indique un lugar (un código postal o una ciudad) para ver primero los más cercanos.
listing-place = Lugar
listing-hours = Horario
listing-languages = Idiomas que hablan
listing-cost = Costo
listing-case-types = Casos que atienden
listing-accreditation = Quién da asesoría legal
listing-accepted-ids = Identificaciones aceptadas
listing-account-features = Cuenta
listing-access = Cómo ir
listing-wheelchair = Accesible en silla de ruedas
listing-service-area = Atiende a
listing-approximate = Ubicación aproximada (centro de la zona, no la dirección exacta)
record-check-status = Revisado por última vez el { $date }. Esto cambia a menudo: confirme cómo está ahora.
related-help-near = Ayuda cerca de { $place }
related-help-national = Ayuda en cualquier parte del país
cost-free = Gratis
cost-sliding-scale = Tarifa según ingresos
cost-low-cost = Bajo costo
case-removal-defense = Defensa contra la deportación
case-asylum = Asilo
case-daca = DACA (Acción Diferida)
case-tps = TPS (Estatus de Protección Temporal)
case-naturalization = Ciudadanía
case-family-petitions = Peticiones familiares
case-u-visa = Visa U (víctimas de delitos)
case-t-visa = Visa T (víctimas de trata)
case-vawa = VAWA (víctimas de violencia)
case-detention = Detención
accreditation-doj-recognized-organization = Organización reconocida por el DOJ
accreditation-accredited-representative = Representante acreditado por el DOJ
accreditation-attorney = Abogado
id-itin = ITIN (número de contribuyente)
id-matricula-consular = Matrícula consular
id-foreign-passport = Pasaporte de cualquier país
id-municipal-id = Tarjeta de identificación de la ciudad
feature-no-overdraft-fees = Sin cargos por sobregiro
feature-low-or-no-monthly-fee = Cuota mensual baja o sin cuota
access-walk-in = Sin cita
access-appointment = Con cita
service-area-nationwide = Todo el país
service-area-states = Todo { $states }
nearby-near-place = Cerca de { $place }
nearby-nothing-near = No se encontró nada cerca de ahí.
nearby-serving = Atienden su zona
nearby-statewide = Atienden todo { $state }
nearby-national = Atienden todo el país
place-zip = código postal { $zip }
distance-km = { $distance } km
distance-about-km = a { $distance } km aprox. ({ $area })
precision-exact = ubicación exacta
precision-address-zip = zona del código postal
precision-zip = zona del código postal
precision-city = zona de la ciudad
serves-your-area = atiende su zona
hours-open-closes-soon = abierto ahora, cierra pronto ({ $time })
hours-open-until = abierto ahora, hasta el { $time }
hours-open = abierto ahora
hours-closed-opens = cerrado, abre el { $time }
hours-closed = cerrado
hours-unknown = horario desconocido
day-mo = lun
day-tu = mar
day-we = mié
day-th = jue
day-fr = vie
day-sa = sáb
day-su = dom
place-ambiguous = Hay más de un lugar con ese nombre. Agregue el estado, por ejemplo: { $choices }
place-unknown = Lugar desconocido: no está en la lista sin conexión de códigos postales y ciudades de EE. UU.
share-verified = Verificado { $date }
share-verified-on = Verificado el { $date }.

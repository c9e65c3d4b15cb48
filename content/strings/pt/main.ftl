# Resident Guide UI strings: Portuguese (português, Brazilian usage).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.

## Languages

language-name = Português
lang-en = inglês
lang-es = espanhol

## App

app-name = Guia do Residente
app-tagline = Conheça seus direitos. Encontre ajuda gratuita. No seu idioma.
offline-note = Funciona sem internet. O que você pesquisa fica neste telefone.
back = Voltar
close = Fechar
cancel = Cancelar
retry = Tentar de novo

## Quick exit

quick-exit = Saída rápida
quick-exit-description = Sai do aplicativo na hora e mostra a tela inicial do telefone.

## Home

home-topics = Temas
home-categories = Lugares e serviços

## Search

search-title = Pesquisar
search-placeholder = Pesquise em qualquer idioma
search-no-results = Nada encontrado. Tente outras palavras, ou menos palavras.
search-results-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
shown-in-language = Mostrado em { $language }

## Articles and listings

verified-on = Verificado em { $date }
record-stale = Isto pode estar desatualizado: devia ter sido verificado em { $date }.
source-label = Fonte
sources-label = Fontes
not-legal-advice = Estas são informações gerais, não orientação jurídica. Para orientação sobre o seu caso, fale com um advogado ou com um representante credenciado pelo DOJ.
related-listings = Onde conseguir ajuda
listing-call = Ligar
listing-directions = Como chegar
listing-share = Compartilhar
listing-website = Site
listing-address = Endereço
listing-phone = Telefone
listing-open-now = Aberto agora
listing-closed-now = Fechado agora

## Nearby

nearby-title = Por perto
nearby-filters = Filtros
filter-open-now = Aberto agora
filter-free = Gratuito
filter-my-language = Fala o meu idioma
filter-category = Tipo de lugar
filter-clear = Limpar filtros
nearby-location-note = Sua localização é usada só neste telefone.
nearby-count = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
distance-miles = { $distance ->
    [one] { $distance } milha
   *[other] { $distance } milhas
}

## Content packs

packs-title = Pacotes de conteúdo
packs-install-file = Instalar de um arquivo
packs-version = Versão { $version }
packs-publisher = Publicado por { $publisher }
packs-items = { $count ->
    [one] { $count } item
   *[other] { $count } itens
}
packs-bundled = Vem com o aplicativo
packs-stale-since = Desatualizado desde { $date }
packs-stale-note = Ainda aparece, mas confirme com a fonte antes de agir.
packs-remove = Remover
packs-remove-confirm = Remover “{ $pack }”? Seus guias e lugares não vão mais aparecer.
packs-installed = Pacote instalado
install-refused-title = Este pacote não foi instalado
install-refused-signature = A assinatura não confere. Ele pode ter sido alterado depois de publicado.
install-refused-publisher = Ele vem de um editor em que este aplicativo não confia.
install-refused-older = Não é mais novo que a versão já instalada.
install-refused-not-allowed = O editor não tem permissão para publicar este pacote.
install-refused-too-large = O arquivo é grande demais.
install-refused-damaged = O arquivo está danificado ou não é um pacote de conteúdo.
install-refused-nothing-changed = Nada foi alterado no seu telefone.

## Language picker

language-title = Idioma
language-choose = Escolha o seu idioma

## Delete my data

wipe-title = Apagar meus dados
wipe-description = Remove os pacotes que você instalou e tudo o que você salvou neste telefone. Os guias que vêm com o aplicativo ficam.
wipe-confirm = Apagar
wipe-done = Apagado. Só ficaram os guias que vêm com o aplicativo.

## Errors

error-storage = Não foi possível ler o guia neste telefone. Tente de novo. Se continuar, reinstale o aplicativo.
error-not-found = Isto não está mais neste telefone.

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

## Directory, places and record details (issue 12)

did-you-mean = Você quis dizer: { $query }
search-near = Buscando perto de { $place }
search-near-you-unset = Você pediu lugares perto de você. Informe um lugar (um CEP ou uma cidade) para ver primeiro os mais próximos.
listing-place = Local
listing-hours = Horário
listing-languages = Idiomas falados
listing-cost = Custo
listing-case-types = Casos atendidos
listing-accreditation = Quem dá orientação jurídica
listing-accepted-ids = Documentos aceitos
listing-account-features = Conta
listing-access = Como ir
listing-wheelchair = Acessível para cadeira de rodas
listing-service-area = Atende
listing-approximate = Localização aproximada (centro da área, não o endereço exato)
record-check-status = Verificado pela última vez em { $date }. Isto muda com frequência: confira a situação atual.
related-help-near = Ajuda perto de { $place }
related-help-national = Ajuda em qualquer lugar do país
cost-free = Gratuito
cost-sliding-scale = Valor conforme a renda
cost-low-cost = Baixo custo
case-removal-defense = Defesa contra deportação
case-asylum = Asilo
case-daca = DACA (Ação Adiada)
case-tps = TPS (Status de Proteção Temporária)
case-naturalization = Cidadania
case-family-petitions = Petições familiares
case-u-visa = Visto U (vítimas de crimes)
case-t-visa = Visto T (vítimas de tráfico)
case-vawa = VAWA (vítimas de violência)
case-detention = Detenção
accreditation-doj-recognized-organization = Organização reconhecida pelo DOJ
accreditation-accredited-representative = Representante credenciado pelo DOJ
accreditation-attorney = Advogado
id-itin = ITIN (número de contribuinte)
id-matricula-consular = Matrícula consular (documento do consulado)
id-foreign-passport = Passaporte de qualquer país
id-municipal-id = Carteira de identidade da cidade
feature-no-overdraft-fees = Sem tarifa de cheque especial
feature-low-or-no-monthly-fee = Mensalidade baixa ou nenhuma
access-walk-in = Sem agendamento
access-appointment = Com agendamento
service-area-nationwide = O país inteiro
service-area-states = Todo o estado: { $states }
nearby-near-place = Perto de { $place }
nearby-nothing-near = Nada encontrado perto dali.
nearby-serving = Atendem a sua região
nearby-statewide = Atendem todo o estado: { $state }
nearby-national = Atendem o país inteiro
place-zip = CEP { $zip }
distance-km = { $distance } km
distance-about-km = a cerca de { $distance } km ({ $area })
precision-exact = localização exata
precision-address-zip = área do CEP
precision-zip = área do CEP
precision-city = área da cidade
serves-your-area = atende a sua região
hours-open-closes-soon = aberto agora, fecha em breve ({ $time })
hours-open-until = aberto agora, até { $time }
hours-open = aberto agora
hours-closed-opens = fechado, abre { $time }
hours-closed = fechado
hours-unknown = horário desconhecido
day-mo = seg
day-tu = ter
day-we = qua
day-th = qui
day-fr = sex
day-sa = sáb
day-su = dom
place-ambiguous = Há mais de um lugar com esse nome. Acrescente o estado, por exemplo: { $choices }
place-unknown = Lugar desconhecido: não está na lista offline de CEPs e cidades dos EUA.
share-verified = Verificado em { $date }
share-verified-on = Verificado em { $date }.

# Resident Guide UI strings: Russian (русский).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Plural forms (CLDR): one = 1, 21, 31…; few = 2–4, 22–24…;
# many = 0, 5–20, 25…; other = fractions (1,5 результата).

## Languages

language-name = Русский
lang-en = английский
lang-es = испанский

## App

app-name = Справочник для жителей
app-tagline = Знайте свои права. Найдите бесплатную помощь. На вашем языке.
offline-note = Работает без интернета. То, что вы ищете, остаётся на этом телефоне.
back = Назад
close = Закрыть
cancel = Отмена
retry = Повторить

## Quick exit

quick-exit = Быстрый выход
quick-exit-description = Сразу закрывает приложение и показывает главный экран телефона.

## Home

home-topics = Темы
home-categories = Места и услуги

## Search

search-title = Поиск
search-placeholder = Ищите на любом языке
search-no-results = Ничего не найдено. Попробуйте другие слова или меньше слов.
search-results-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
shown-in-language = Показано на языке: { $language }

## Articles and listings

verified-on = Проверено { $date }
record-stale = Эти сведения могли устареть: их нужно было проверить { $date }.
source-label = Источник
sources-label = Источники
not-legal-advice = Это общая информация, а не юридическая консультация. Чтобы получить совет по вашему делу, обратитесь к адвокату или к представителю, аккредитованному DOJ.
related-listings = Где получить помощь
listing-call = Позвонить
listing-directions = Как добраться
listing-share = Поделиться
listing-website = Сайт
listing-address = Адрес
listing-phone = Телефон
listing-open-now = Сейчас открыто
listing-closed-now = Сейчас закрыто

## Nearby

nearby-title = Рядом
nearby-filters = Фильтры
filter-open-now = Открыто сейчас
filter-free = Бесплатно
filter-my-language = Говорят на моём языке
filter-category = Тип места
filter-clear = Сбросить фильтры
nearby-location-note = Ваше местоположение используется только на этом телефоне.
nearby-count = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
distance-miles = { $distance ->
    [one] { $distance } миля
    [few] { $distance } мили
    [many] { $distance } миль
   *[other] { $distance } мили
}

## Content packs

packs-title = Пакеты материалов
packs-install-file = Установить из файла
packs-version = Версия { $version }
packs-publisher = Издатель: { $publisher }
packs-items = { $count ->
    [one] { $count } материал
    [few] { $count } материала
    [many] { $count } материалов
   *[other] { $count } материала
}
packs-bundled = Входит в приложение
packs-stale-since = Устарел с { $date }
packs-stale-note = Всё ещё показывается, но прежде чем действовать, сверьтесь с источником.
packs-remove = Удалить
packs-remove-confirm = Удалить «{ $pack }»? Его статьи и места больше не будут показываться.
packs-installed = Пакет установлен
install-refused-title = Этот пакет не установлен
install-refused-signature = Подпись не совпадает. Возможно, пакет изменили после публикации.
install-refused-publisher = Он от издателя, которому это приложение не доверяет.
install-refused-older = Он не новее уже установленной версии.
install-refused-not-allowed = Его издателю не разрешено публиковать этот пакет.
install-refused-too-large = Файл слишком большой.
install-refused-damaged = Файл повреждён или не является пакетом материалов.
install-refused-nothing-changed = На вашем телефоне ничего не изменилось.

## Language picker

language-title = Язык
language-choose = Выберите язык

## Delete my data

wipe-title = Удалить мои данные
wipe-description = Удаляет установленные вами пакеты и всё, что вы сохранили на этом телефоне. Статьи, которые входят в приложение, остаются.
wipe-confirm = Удалить
wipe-done = Удалено. Остались только статьи, которые входят в приложение.

## Errors

error-storage = Не удалось прочитать справочник на этом телефоне. Попробуйте ещё раз. Если ошибка повторяется, переустановите приложение.
error-not-found = Этого больше нет на этом телефоне.

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

## Directory, places and record details (issue 12)

did-you-mean = Возможно, вы имели в виду: { $query }
search-near = Поиск рядом с: { $place }
search-near-you-unset = Вы ищете места рядом с вами. Укажите место (почтовый индекс или город), чтобы сначала увидеть ближайшие.
listing-place = Место
listing-hours = Часы работы
listing-languages = Языки, на которых говорят
listing-cost = Стоимость
listing-case-types = Какие дела берут
listing-accreditation = Кто даёт юридические консультации
listing-accepted-ids = Принимаемые документы
listing-account-features = Счёт
listing-access = Как попасть
listing-wheelchair = Доступно для инвалидных колясок
listing-service-area = Обслуживает
listing-approximate = Примерное местоположение (центр района, а не точный адрес)
record-check-status = Последняя проверка: { $date }. Это часто меняется: уточните текущее положение.
related-help-near = Помощь рядом с: { $place }
related-help-national = Помощь по всей стране
cost-free = Бесплатно
cost-sliding-scale = Оплата в зависимости от дохода
cost-low-cost = Недорого
case-removal-defense = Защита от депортации
case-asylum = Убежище
case-daca = DACA (отсрочка депортации)
case-tps = TPS (временный защищённый статус)
case-naturalization = Гражданство
case-family-petitions = Семейные петиции
case-u-visa = Виза U (жертвы преступлений)
case-t-visa = Виза T (жертвы торговли людьми)
case-vawa = VAWA (жертвы насилия)
case-detention = Задержание
accreditation-doj-recognized-organization = Организация, признанная Минюстом (DOJ)
accreditation-accredited-representative = Представитель, аккредитованный Минюстом (DOJ)
accreditation-attorney = Адвокат
id-itin = ITIN (номер налогоплательщика)
id-matricula-consular = Matrícula consular (консульское удостоверение)
id-foreign-passport = Паспорт любой страны
id-municipal-id = Городское удостоверение личности
feature-no-overdraft-fees = Без комиссий за овердрафт
feature-low-or-no-monthly-fee = Низкая ежемесячная плата или без неё
access-walk-in = Без записи
access-appointment = По записи
service-area-nationwide = Вся страна
service-area-states = Весь штат: { $states }
nearby-near-place = Рядом с: { $place }
nearby-nothing-near = Рядом ничего не найдено.
nearby-serving = Обслуживают ваш район
nearby-statewide = Обслуживают весь штат: { $state }
nearby-national = Обслуживают всю страну
place-zip = индекс { $zip }
distance-km = { $distance } км
distance-about-km = около { $distance } км ({ $area })
precision-exact = точное место
precision-address-zip = район индекса
precision-zip = район индекса
precision-city = район города
serves-your-area = обслуживает ваш район
hours-open-closes-soon = открыто, скоро закроется ({ $time })
hours-open-until = открыто до { $time }
hours-open = открыто
hours-closed-opens = закрыто, откроется { $time }
hours-closed = закрыто
hours-unknown = часы работы неизвестны
day-mo = пн
day-tu = вт
day-we = ср
day-th = чт
day-fr = пт
day-sa = сб
day-su = вс
place-ambiguous = Это название носят несколько мест. Добавьте штат, например: { $choices }
place-unknown = Неизвестное место: его нет в офлайн-списке почтовых индексов и городов США.
share-verified = Проверено { $date }
share-verified-on = Проверено { $date }.

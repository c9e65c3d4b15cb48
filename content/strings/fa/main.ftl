# Resident Guide UI strings: Farsi / Persian (فارسی).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Text runs right to left. A noun after a numeral stays singular, but CLDR
# gives Persian one/other, so plural messages keep both variants.

## Languages

language-name = فارسی
lang-en = انگلیسی
lang-es = اسپانیایی

## App

app-name = راهنمای ساکنان
app-tagline = حقوق خود را بشناسید. کمک رایگان پیدا کنید. به زبان خودتان.
offline-note = بدون اینترنت کار می‌کند. آنچه جستجو می‌کنید روی همین تلفن می‌ماند.
back = بازگشت
close = بستن
cancel = لغو
retry = دوباره امتحان کنید

## Quick exit

quick-exit = خروج سریع
quick-exit-description = فوراً از برنامه خارج می‌شود و صفحهٔ اصلی تلفن را نشان می‌دهد.

## Home

home-topics = موضوع‌ها
home-categories = مکان‌ها و خدمات

## Search

search-title = جستجو
search-placeholder = به هر زبانی جستجو کنید
search-no-results = چیزی پیدا نشد. کلمه‌های دیگر یا کلمه‌های کمتری را امتحان کنید.
search-results-count = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
shown-in-language = نمایش به زبان { $language }

## Articles and listings

verified-on = بررسی‌شده در { $date }
record-stale = این اطلاعات ممکن است قدیمی باشد: باید در { $date } دوباره بررسی می‌شد.
source-label = منبع
sources-label = منابع
not-legal-advice = این اطلاعات عمومی است، نه مشاورهٔ حقوقی. برای مشاوره دربارهٔ پروندهٔ خود، با یک وکیل یا نمایندهٔ مورد تأیید DOJ صحبت کنید.
related-listings = از کجا کمک بگیرید
listing-call = تماس
listing-directions = مسیریابی
listing-share = هم‌رسانی
listing-website = وب‌سایت
listing-address = نشانی
listing-phone = تلفن
listing-open-now = اکنون باز است
listing-closed-now = اکنون بسته است

## Nearby

nearby-title = نزدیک شما
nearby-filters = فیلترها
filter-open-now = اکنون باز
filter-free = رایگان
filter-my-language = به زبان من صحبت می‌کنند
filter-category = نوع مکان
filter-clear = پاک کردن فیلترها
nearby-location-note = موقعیت شما فقط روی همین تلفن استفاده می‌شود.
nearby-count = { $count ->
    [one] { $count } مکان
   *[other] { $count } مکان
}
distance-miles = { $distance ->
    [one] { $distance } مایل
   *[other] { $distance } مایل
}

## Content packs

packs-title = بسته‌های محتوا
packs-install-file = نصب از فایل
packs-version = نسخهٔ { $version }
packs-publisher = ناشر: { $publisher }
packs-items = { $count ->
    [one] { $count } مورد
   *[other] { $count } مورد
}
packs-bundled = همراه برنامه
packs-stale-since = قدیمی از { $date }
packs-stale-note = هنوز نمایش داده می‌شود، اما پیش از هر اقدامی با منبع بررسی کنید.
packs-remove = حذف
packs-remove-confirm = «{ $pack }» حذف شود؟ راهنماها و مکان‌های آن دیگر نمایش داده نمی‌شوند.
packs-installed = بسته نصب شد
install-refused-title = این بسته نصب نشد
install-refused-signature = امضای آن مطابقت ندارد. ممکن است پس از انتشار تغییر کرده باشد.
install-refused-publisher = از ناشری است که این برنامه به آن اعتماد ندارد.
install-refused-older = از نسخهٔ نصب‌شده جدیدتر نیست.
install-refused-not-allowed = ناشر آن اجازهٔ انتشار این بسته را ندارد.
install-refused-too-large = فایل خیلی بزرگ است.
install-refused-damaged = فایل آسیب دیده یا بستهٔ محتوا نیست.
install-refused-nothing-changed = هیچ چیزی در تلفن شما تغییر نکرد.

## Language picker

language-title = زبان
language-choose = زبان خود را انتخاب کنید

## Delete my data

wipe-title = حذف داده‌های من
wipe-description = بسته‌هایی را که نصب کرده‌اید و هر چیزی را که روی این تلفن ذخیره کرده‌اید حذف می‌کند. راهنماهای همراه برنامه باقی می‌مانند.
wipe-confirm = حذف
wipe-done = حذف شد. فقط راهنماهای همراه برنامه باقی مانده‌اند.

## Errors

error-storage = راهنما روی این تلفن خوانده نشد. دوباره امتحان کنید. اگر تکرار شد، برنامه را دوباره نصب کنید.
error-not-found = این مورد دیگر روی این تلفن نیست.

## Directory, places and record details (issue 12)

did-you-mean = آیا منظورتان این بود: { $query }
search-near = جست‌وجو در نزدیکی { $place }
search-near-you-unset = شما دنبال جاهای نزدیک خود هستید. یک مکان (کد پستی یا شهر) تعیین کنید تا نزدیک‌ترین‌ها اول نشان داده شوند.
listing-place = مکان
listing-hours = ساعات کار
listing-languages = زبان‌هایی که صحبت می‌کنند
listing-cost = هزینه
listing-case-types = پرونده‌هایی که می‌پذیرند
listing-accreditation = چه کسی مشاوره حقوقی می‌دهد
listing-accepted-ids = مدارک شناسایی پذیرفته‌شده
listing-account-features = حساب
listing-access = نحوه مراجعه
listing-wheelchair = قابل دسترس با ویلچر
listing-service-area = خدمت‌رسانی به
listing-approximate = موقعیت تقریبی (مرکز منطقه، نه نشانی دقیق)
record-check-status = آخرین بررسی در { $date }. این موضوع اغلب تغییر می‌کند: وضعیت فعلی را بررسی کنید.
related-help-near = کمک در نزدیکی { $place }
related-help-national = کمک در هر جای کشور
cost-free = رایگان
cost-sliding-scale = هزینه بر اساس درآمد
cost-low-cost = کم‌هزینه
case-removal-defense = دفاع در برابر اخراج
case-asylum = پناهندگی
case-daca = داکا (DACA، تعویق اخراج)
case-tps = حمایت موقت (TPS)
case-naturalization = شهروندی
case-family-petitions = درخواست‌های خانوادگی
case-u-visa = ویزای U (قربانیان جرم)
case-t-visa = ویزای T (قربانیان قاچاق انسان)
case-vawa = VAWA (قربانیان خشونت)
case-detention = بازداشت
accreditation-doj-recognized-organization = سازمان مورد تأیید وزارت دادگستری (DOJ)
accreditation-accredited-representative = نماینده معتبر وزارت دادگستری (DOJ)
accreditation-attorney = وکیل
id-itin = شماره ITIN (شماره مالیاتی)
id-matricula-consular = کارت کنسولی (Matrícula consular)
id-foreign-passport = گذرنامه هر کشوری
id-municipal-id = کارت شناسایی شهر
feature-no-overdraft-fees = بدون کارمزد اضافه‌برداشت
feature-low-or-no-monthly-fee = کارمزد ماهانه کم یا بدون کارمزد
access-walk-in = بدون وقت قبلی
access-appointment = با وقت قبلی
service-area-nationwide = سراسر کشور
service-area-states = کل ایالت { $states }
nearby-near-place = نزدیک { $place }
nearby-nothing-near = چیزی در آن نزدیکی پیدا نشد.
nearby-serving = به منطقه شما خدمت می‌دهند
nearby-statewide = به کل ایالت { $state } خدمت می‌دهند
nearby-national = به سراسر کشور خدمت می‌دهند
place-zip = کد پستی { $zip }
distance-km = { $distance } کیلومتر
distance-about-km = حدود { $distance } کیلومتر ({ $area })
precision-exact = موقعیت دقیق
precision-address-zip = منطقه کد پستی
precision-zip = منطقه کد پستی
precision-city = منطقه شهر
serves-your-area = به منطقه شما خدمت می‌دهد
hours-open-closes-soon = اکنون باز است، به‌زودی می‌بندد ({ $time })
hours-open-until = اکنون باز است تا { $time }
hours-open = اکنون باز است
hours-closed-opens = بسته است، { $time } باز می‌شود
hours-closed = بسته است
hours-unknown = ساعات کار نامعلوم
day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه
place-ambiguous = چند مکان این نام را دارند. نام ایالت را اضافه کنید، مثلاً: { $choices }
place-unknown = مکان ناشناخته: در فهرست آفلاین کدهای پستی و شهرهای آمریکا نیست.
share-verified = تأییدشده { $date }
share-verified-on = تأییدشده در { $date }.

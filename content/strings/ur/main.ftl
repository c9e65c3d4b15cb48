# Resident Guide UI strings: Urdu (اردو).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Text runs right to left. Plural forms (CLDR): one = 1; other.

## Languages

language-name = اردو
lang-en = انگریزی
lang-es = ہسپانوی

## App

app-name = رہائشیوں کے لیے رہنما
app-tagline = اپنے حقوق جانیں۔ مفت مدد تلاش کریں۔ اپنی زبان میں۔
offline-note = انٹرنیٹ کے بغیر کام کرتا ہے۔ آپ جو تلاش کرتے ہیں وہ اسی فون پر رہتا ہے۔
back = واپس
close = بند کریں
cancel = منسوخ کریں
retry = دوبارہ کوشش کریں

## Quick exit

quick-exit = فوری باہر نکلیں
quick-exit-description = ایپ کو فوراً بند کر کے فون کی ہوم اسکرین دکھاتا ہے۔

## Home

home-topics = موضوعات
home-categories = مقامات اور خدمات

## Search

search-title = تلاش
search-placeholder = کسی بھی زبان میں تلاش کریں
search-no-results = کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں، یا کم الفاظ۔
search-results-count = { $count ->
    [one] { $count } نتیجہ
   *[other] { $count } نتائج
}
shown-in-language = { $language } میں دکھایا گیا

## Articles and listings

verified-on = { $date } کو تصدیق کی گئی
record-stale = یہ معلومات پرانی ہو سکتی ہیں: ان کی تصدیق { $date } کو ہونی تھی۔
source-label = ماخذ
sources-label = ماخذات
not-legal-advice = یہ عام معلومات ہیں، قانونی مشورہ نہیں۔ اپنے کیس کے بارے میں مشورے کے لیے کسی وکیل یا DOJ سے تسلیم شدہ نمائندے سے بات کریں۔
related-listings = مدد کہاں سے ملے
listing-call = کال کریں
listing-directions = راستہ
listing-share = شیئر کریں
listing-website = ویب سائٹ
listing-address = پتا
listing-phone = فون
listing-open-now = ابھی کھلا ہے
listing-closed-now = ابھی بند ہے

## Nearby

nearby-title = آس پاس
nearby-filters = فلٹر
filter-open-now = ابھی کھلا ہے
filter-free = مفت
filter-my-language = میری زبان بولتے ہیں
filter-category = جگہ کی قسم
filter-clear = فلٹر صاف کریں
nearby-location-note = آپ کا مقام صرف اسی فون پر استعمال ہوتا ہے۔
nearby-count = { $count ->
    [one] { $count } جگہ
   *[other] { $count } جگہیں
}
distance-miles = { $distance ->
    [one] { $distance } میل
   *[other] { $distance } میل
}

## Content packs

packs-title = مواد کے پیکج
packs-install-file = فائل سے انسٹال کریں
packs-version = ورژن { $version }
packs-publisher = ناشر: { $publisher }
packs-items = { $count ->
    [one] { $count } آئٹم
   *[other] { $count } آئٹمز
}
packs-bundled = ایپ کے ساتھ شامل
packs-stale-since = { $date } سے پرانا
packs-stale-note = اب بھی دکھایا جاتا ہے، لیکن کچھ کرنے سے پہلے ماخذ سے تصدیق کریں۔
packs-remove = ہٹائیں
packs-remove-confirm = “{ $pack }” ہٹائیں؟ اس کے رہنما اور مقامات اب نظر نہیں آئیں گے۔
packs-installed = پیکج انسٹال ہو گیا
install-refused-title = یہ پیکج انسٹال نہیں کیا گیا
install-refused-signature = اس کے دستخط میل نہیں کھاتے۔ ممکن ہے اسے شائع ہونے کے بعد بدلا گیا ہو۔
install-refused-publisher = یہ ایسے ناشر کی طرف سے ہے جس پر یہ ایپ بھروسا نہیں کرتی۔
install-refused-older = یہ پہلے سے انسٹال شدہ ورژن سے نیا نہیں ہے۔
install-refused-not-allowed = اس کے ناشر کو یہ پیکج شائع کرنے کی اجازت نہیں۔
install-refused-too-large = فائل بہت بڑی ہے۔
install-refused-damaged = فائل خراب ہے یا مواد کا پیکج نہیں ہے۔
install-refused-nothing-changed = آپ کے فون پر کچھ نہیں بدلا۔

## Language picker

language-title = زبان
language-choose = اپنی زبان منتخب کریں

## Delete my data

wipe-title = میرا ڈیٹا حذف کریں
wipe-description = آپ کے انسٹال کیے ہوئے پیکج اور اس فون پر محفوظ کی گئی ہر چیز ہٹا دیتا ہے۔ ایپ کے ساتھ آنے والے رہنما باقی رہتے ہیں۔
wipe-confirm = حذف کریں
wipe-done = حذف ہو گیا۔ صرف ایپ کے ساتھ آنے والے رہنما باقی ہیں۔

## Errors

error-storage = اس فون پر رہنما پڑھا نہیں جا سکا۔ دوبارہ کوشش کریں۔ اگر ایسا ہوتا رہے تو ایپ دوبارہ انسٹال کریں۔
error-not-found = یہ اب اس فون پر موجود نہیں۔

## Directory, places and record details (issue 12)

did-you-mean = کیا آپ کا مطلب تھا: { $query }
search-near = { $place } کے قریب تلاش
search-near-you-unset = آپ نے اپنے قریب جگہیں مانگیں۔ کوئی جگہ (زپ کوڈ یا شہر) مقرر کریں تاکہ سب سے قریب والی پہلے نظر آئیں۔
listing-place = جگہ
listing-hours = اوقات
listing-languages = بولی جانے والی زبانیں
listing-cost = لاگت
listing-case-types = لیے جانے والے مقدمات
listing-accreditation = قانونی مشورہ کون دیتا ہے
listing-accepted-ids = قابلِ قبول شناختی دستاویزات
listing-account-features = اکاؤنٹ
listing-access = کیسے جائیں
listing-wheelchair = وہیل چیئر کے لیے قابلِ رسائی
listing-service-area = خدمت کا علاقہ
listing-approximate = تخمینی مقام (علاقے کا مرکز، درست پتہ نہیں)
record-check-status = آخری بار { $date } کو جانچا گیا۔ یہ اکثر بدلتا ہے: موجودہ صورتحال معلوم کریں۔
related-help-near = { $place } کے قریب مدد
related-help-national = ملک میں کہیں بھی مدد
cost-free = مفت
cost-sliding-scale = آمدنی کے مطابق فیس
cost-low-cost = کم لاگت
case-removal-defense = ملک بدری کے خلاف دفاع
case-asylum = پناہ
case-daca = ڈاکا (DACA، ملک بدری میں التوا)
case-tps = عارضی تحفظ (TPS)
case-naturalization = شہریت
case-family-petitions = خاندانی درخواستیں
case-u-visa = U ویزا (جرم کے متاثرین)
case-t-visa = T ویزا (انسانی اسمگلنگ کے متاثرین)
case-vawa = VAWA (تشدد کے متاثرین)
case-detention = حراست
accreditation-doj-recognized-organization = DOJ سے تسلیم شدہ ادارہ
accreditation-accredited-representative = DOJ سے منظور شدہ نمائندہ
accreditation-attorney = وکیل
id-itin = ITIN (ٹیکس دہندہ نمبر)
id-matricula-consular = قونصلر کارڈ (Matrícula consular)
id-foreign-passport = کسی بھی ملک کا پاسپورٹ
id-municipal-id = شہر کا شناختی کارڈ
feature-no-overdraft-fees = اوور ڈرافٹ فیس نہیں
feature-low-or-no-monthly-fee = کم یا کوئی ماہانہ فیس نہیں
access-walk-in = بغیر وقت لیے
access-appointment = وقت لے کر
service-area-nationwide = پورا ملک
service-area-states = پوری ریاست { $states }
nearby-near-place = { $place } کے قریب
nearby-nothing-near = وہاں قریب کچھ نہیں ملا۔
nearby-serving = آپ کے علاقے کی خدمت کرتے ہیں
nearby-statewide = پوری ریاست { $state } کی خدمت کرتے ہیں
nearby-national = پورے ملک کی خدمت کرتے ہیں
place-zip = زپ کوڈ { $zip }
distance-km = { $distance } کلومیٹر
distance-about-km = تقریباً { $distance } کلومیٹر ({ $area })
precision-exact = درست مقام
precision-address-zip = زپ کوڈ کا علاقہ
precision-zip = زپ کوڈ کا علاقہ
precision-city = شہر کا علاقہ
serves-your-area = آپ کے علاقے کی خدمت کرتا ہے
hours-open-closes-soon = ابھی کھلا ہے، جلد بند ہوگا ({ $time })
hours-open-until = ابھی کھلا ہے، { $time } تک
hours-open = ابھی کھلا ہے
hours-closed-opens = بند ہے، { $time } کو کھلے گا
hours-closed = بند ہے
hours-unknown = اوقات معلوم نہیں
day-mo = پیر
day-tu = منگل
day-we = بدھ
day-th = جمعرات
day-fr = جمعہ
day-sa = ہفتہ
day-su = اتوار
place-ambiguous = اس نام کی ایک سے زیادہ جگہیں ہیں۔ ریاست کا نام شامل کریں، مثلاً: { $choices }
place-unknown = نامعلوم جگہ: یہ امریکی زپ کوڈز اور شہروں کی آف لائن فہرست میں نہیں ہے۔
share-verified = تصدیق شدہ { $date }
share-verified-on = { $date } کو تصدیق شدہ۔

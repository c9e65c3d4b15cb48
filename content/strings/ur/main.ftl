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

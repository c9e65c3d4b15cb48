# Resident Guide UI strings: Arabic (العربية), Modern Standard Arabic.
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Plural forms (CLDR): zero = 0; one = 1; two = 2; few = 3–10 (103–110…);
# many = 11–99 (111–199…); other = 100, 101, 102, fractions.
# Text runs right to left; Fluent isolates each { $value } from the sentence.

## Languages

language-name = العربية
lang-en = الإنجليزية
lang-es = الإسبانية

## App

app-name = دليل المقيمين
app-tagline = اعرف حقوقك. اعثر على مساعدة مجانية. بلغتك.
offline-note = يعمل دون إنترنت. ما تبحث عنه يبقى على هذا الهاتف.
back = رجوع
close = إغلاق
cancel = إلغاء
retry = حاول مرة أخرى

## Quick exit

quick-exit = خروج سريع
quick-exit-description = يغلق التطبيق فورًا ويعرض الشاشة الرئيسية للهاتف.

## Home

home-topics = المواضيع
home-categories = أماكن وخدمات

## Search

search-title = بحث
search-placeholder = ابحث بأي لغة
search-no-results = لم يُعثر على شيء. جرّب كلمات أخرى أو كلمات أقل.
search-results-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
shown-in-language = معروض باللغة { $language }

## Articles and listings

verified-on = تم التحقق في { $date }
record-stale = قد تكون هذه المعلومات قديمة: كان يجب التحقق منها في { $date }.
source-label = المصدر
sources-label = المصادر
not-legal-advice = هذه معلومات عامة وليست استشارة قانونية. للحصول على نصيحة بشأن حالتك، تحدّث إلى محامٍ أو إلى ممثل معتمد من وزارة العدل الأمريكية (DOJ).
related-listings = أين تجد المساعدة
listing-call = اتصال
listing-directions = الاتجاهات
listing-share = مشاركة
listing-website = الموقع الإلكتروني
listing-address = العنوان
listing-phone = الهاتف
listing-open-now = مفتوح الآن
listing-closed-now = مغلق الآن

## Nearby

nearby-title = بالقرب منك
nearby-filters = عوامل التصفية
filter-open-now = مفتوح الآن
filter-free = مجاني
filter-my-language = يتحدثون لغتي
filter-category = نوع المكان
filter-clear = مسح عوامل التصفية
nearby-location-note = يُستخدم موقعك على هذا الهاتف فقط.
nearby-count = { $count ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
distance-miles = { $distance ->
    [zero] { $distance } ميل
    [one] ميل واحد
    [two] ميلان
    [few] { $distance } أميال
    [many] { $distance } ميلًا
   *[other] { $distance } ميل
}

## Content packs

packs-title = حزم المحتوى
packs-install-file = تثبيت من ملف
packs-version = الإصدار { $version }
packs-publisher = الناشر: { $publisher }
packs-items = { $count ->
    [zero] لا توجد عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
packs-bundled = مرفقة مع التطبيق
packs-stale-since = قديمة منذ { $date }
packs-stale-note = لا تزال معروضة، لكن تحقّق من المصدر قبل أن تتصرف بناءً عليها.
packs-remove = إزالة
packs-remove-confirm = هل تريد إزالة «{ $pack }»؟ لن تظهر أدلتها وأماكنها بعد الآن.
packs-installed = تم تثبيت الحزمة
install-refused-title = لم يتم تثبيت هذه الحزمة
install-refused-signature = توقيعها غير مطابق. ربما تم تغييرها بعد نشرها.
install-refused-publisher = مصدرها ناشر لا يثق به هذا التطبيق.
install-refused-older = ليست أحدث من الإصدار المثبّت حاليًا.
install-refused-not-allowed = ناشرها غير مسموح له بنشر هذه الحزمة.
install-refused-too-large = الملف كبير جدًا.
install-refused-damaged = الملف تالف أو ليس حزمة محتوى.
install-refused-nothing-changed = لم يتغير شيء على هاتفك.

## Language picker

language-title = اللغة
language-choose = اختر لغتك

## Delete my data

wipe-title = حذف بياناتي
wipe-description = يزيل الحزم التي ثبّتها وكل ما حفظته على هذا الهاتف. تبقى الأدلة المرفقة مع التطبيق.
wipe-confirm = حذف
wipe-done = تم الحذف. لم يبقَ سوى الأدلة المرفقة مع التطبيق.

## Errors

error-storage = تعذّرت قراءة الدليل على هذا الهاتف. حاول مرة أخرى. إذا تكرر ذلك، فأعد تثبيت التطبيق.
error-not-found = لم يعد هذا موجودًا على هذا الهاتف.

## Directory, places and record details (issue 12)

did-you-mean = هل تقصد: { $query }
search-near = البحث بالقرب من { $place }
search-near-you-unset = طلبتَ أماكن قريبة منك. حدّد مكانًا (رمزًا بريديًا أو مدينة) لترى الأقرب أولًا.
listing-place = المكان
listing-hours = ساعات العمل
listing-languages = اللغات المستخدمة
listing-cost = التكلفة
listing-case-types = القضايا التي يتولونها
listing-accreditation = من يقدّم المشورة القانونية
listing-accepted-ids = وثائق الهوية المقبولة
listing-account-features = الحساب
listing-access = طريقة الزيارة
listing-wheelchair = يمكن الوصول بالكرسي المتحرك
listing-service-area = يخدم
listing-approximate = موقع تقريبي (وسط المنطقة، وليس العنوان الدقيق)
record-check-status = آخر مراجعة في { $date }. هذا يتغيّر كثيرًا: تحقّق من الوضع الحالي.
related-help-near = مساعدة بالقرب من { $place }
related-help-national = مساعدة في أي مكان في البلاد
cost-free = مجاني
cost-sliding-scale = رسوم حسب الدخل
cost-low-cost = تكلفة منخفضة
case-removal-defense = الدفاع ضد الترحيل
case-asylum = اللجوء
case-daca = داكا (DACA، تأجيل الترحيل)
case-tps = الحماية المؤقتة (TPS)
case-naturalization = الجنسية
case-family-petitions = طلبات لمّ شمل الأسرة
case-u-visa = تأشيرة U (ضحايا الجرائم)
case-t-visa = تأشيرة T (ضحايا الاتجار بالبشر)
case-vawa = VAWA (ضحايا العنف)
case-detention = الاحتجاز
accreditation-doj-recognized-organization = منظمة معترف بها من وزارة العدل (DOJ)
accreditation-accredited-representative = ممثل معتمد من وزارة العدل (DOJ)
accreditation-attorney = محامٍ
id-itin = رقم ITIN (رقم دافع الضرائب)
id-matricula-consular = البطاقة القنصلية (Matrícula consular)
id-foreign-passport = جواز سفر من أي بلد
id-municipal-id = بطاقة هوية المدينة
feature-no-overdraft-fees = بلا رسوم سحب على المكشوف
feature-low-or-no-monthly-fee = رسوم شهرية منخفضة أو بلا رسوم
access-walk-in = دون موعد
access-appointment = بموعد
service-area-nationwide = البلاد كلها
service-area-states = كامل ولاية { $states }
nearby-near-place = بالقرب من { $place }
nearby-nothing-near = لم يُعثر على شيء قريب من هناك.
nearby-serving = يخدمون منطقتك
nearby-statewide = يخدمون كامل ولاية { $state }
nearby-national = يخدمون البلاد كلها
place-zip = الرمز البريدي { $zip }
distance-km = { $distance } كم
distance-about-km = نحو { $distance } كم ({ $area })
precision-exact = الموقع الدقيق
precision-address-zip = منطقة الرمز البريدي
precision-zip = منطقة الرمز البريدي
precision-city = منطقة المدينة
serves-your-area = يخدم منطقتك
hours-open-closes-soon = مفتوح الآن، يغلق قريبًا ({ $time })
hours-open-until = مفتوح الآن حتى { $time }
hours-open = مفتوح الآن
hours-closed-opens = مغلق، يفتح { $time }
hours-closed = مغلق
hours-unknown = ساعات العمل غير معروفة
day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد
place-ambiguous = هناك أكثر من مكان بهذا الاسم. أضف الولاية، مثلًا: { $choices }
place-unknown = مكان غير معروف: ليس في القائمة المحفوظة على الهاتف للرموز البريدية والمدن الأمريكية.
share-verified = تم التحقق { $date }
share-verified-on = تم التحقق في { $date }.

# Resident Guide UI strings: Bengali (বাংলা).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# A noun after a numeral takes the classifier -টি and does not change, but
# CLDR gives Bengali one/other, so plural messages keep both variants.

## Languages

language-name = বাংলা
lang-en = ইংরেজি
lang-es = স্প্যানিশ

## App

app-name = বাসিন্দাদের গাইড
app-tagline = আপনার অধিকার জানুন। বিনামূল্যে সাহায্য খুঁজুন। আপনার ভাষায়।
offline-note = ইন্টারনেট ছাড়াই কাজ করে। আপনি যা খোঁজেন তা এই ফোনেই থাকে।
back = ফিরে যান
close = বন্ধ করুন
cancel = বাতিল
retry = আবার চেষ্টা করুন

## Quick exit

quick-exit = দ্রুত বের হন
quick-exit-description = এখনই অ্যাপ থেকে বের হয়ে ফোনের হোম স্ক্রিন দেখায়।

## Home

home-topics = বিষয়
home-categories = স্থান ও পরিষেবা

## Search

search-title = খুঁজুন
search-placeholder = যেকোনো ভাষায় খুঁজুন
search-no-results = কিছু পাওয়া যায়নি। অন্য শব্দ বা কম শব্দ দিয়ে চেষ্টা করুন।
search-results-count = { $count ->
    [one] { $count }টি ফলাফল
   *[other] { $count }টি ফলাফল
}
shown-in-language = { $language } ভাষায় দেখানো হচ্ছে

## Articles and listings

verified-on = যাচাই করা হয়েছে { $date }
record-stale = এই তথ্য পুরনো হতে পারে: এটি { $date } তারিখে আবার যাচাই করার কথা ছিল।
source-label = উৎস
sources-label = উৎসসমূহ
not-legal-advice = এটি সাধারণ তথ্য, আইনি পরামর্শ নয়। আপনার মামলা সম্পর্কে পরামর্শের জন্য একজন আইনজীবী বা DOJ-স্বীকৃত প্রতিনিধির সঙ্গে কথা বলুন।
related-listings = কোথায় সাহায্য পাবেন
listing-call = কল করুন
listing-directions = দিকনির্দেশ
listing-share = শেয়ার করুন
listing-website = ওয়েবসাইট
listing-address = ঠিকানা
listing-phone = ফোন
listing-open-now = এখন খোলা
listing-closed-now = এখন বন্ধ

## Nearby

nearby-title = কাছাকাছি
nearby-filters = ফিল্টার
filter-open-now = এখন খোলা
filter-free = বিনামূল্যে
filter-my-language = আমার ভাষায় কথা বলে
filter-category = স্থানের ধরন
filter-clear = ফিল্টার মুছুন
nearby-location-note = আপনার অবস্থান শুধু এই ফোনেই ব্যবহার করা হয়।
nearby-count = { $count ->
    [one] { $count }টি স্থান
   *[other] { $count }টি স্থান
}
distance-miles = { $distance ->
    [one] { $distance } মাইল
   *[other] { $distance } মাইল
}

## Content packs

packs-title = কনটেন্ট প্যাক
packs-install-file = ফাইল থেকে ইনস্টল করুন
packs-version = সংস্করণ { $version }
packs-publisher = প্রকাশক: { $publisher }
packs-items = { $count ->
    [one] { $count }টি আইটেম
   *[other] { $count }টি আইটেম
}
packs-bundled = অ্যাপের সঙ্গে আসে
packs-stale-since = { $date } থেকে পুরনো
packs-stale-note = এখনও দেখানো হয়, তবে কিছু করার আগে উৎসের সঙ্গে মিলিয়ে নিন।
packs-remove = সরান
packs-remove-confirm = “{ $pack }” সরাবেন? এর গাইড ও স্থানগুলো আর দেখা যাবে না।
packs-installed = প্যাক ইনস্টল হয়েছে
install-refused-title = এই প্যাকটি ইনস্টল করা হয়নি
install-refused-signature = এর স্বাক্ষর মিলছে না। প্রকাশের পরে এটি বদলানো হয়ে থাকতে পারে।
install-refused-publisher = এটি এমন একজন প্রকাশকের কাছ থেকে এসেছে, যাকে এই অ্যাপ বিশ্বাস করে না।
install-refused-older = এটি ইতিমধ্যে ইনস্টল করা সংস্করণের চেয়ে নতুন নয়।
install-refused-not-allowed = এর প্রকাশকের এই প্যাক প্রকাশ করার অনুমতি নেই।
install-refused-too-large = ফাইলটি খুব বড়।
install-refused-damaged = ফাইলটি নষ্ট, অথবা এটি কোনো কনটেন্ট প্যাক নয়।
install-refused-nothing-changed = আপনার ফোনে কিছুই বদলানো হয়নি।

## Language picker

language-title = ভাষা
language-choose = আপনার ভাষা বেছে নিন

## Delete my data

wipe-title = আমার ডেটা মুছুন
wipe-description = আপনার ইনস্টল করা প্যাক এবং এই ফোনে আপনি যা কিছু সংরক্ষণ করেছেন সব সরিয়ে দেয়। অ্যাপের সঙ্গে আসা গাইডগুলো থেকে যায়।
wipe-confirm = মুছুন
wipe-done = মুছে ফেলা হয়েছে। শুধু অ্যাপের সঙ্গে আসা গাইডগুলো রয়ে গেছে।

## Errors

error-storage = এই ফোনে গাইডটি পড়া যায়নি। আবার চেষ্টা করুন। বারবার এমন হলে অ্যাপটি আবার ইনস্টল করুন।
error-not-found = এটি আর এই ফোনে নেই।

## Directory, places and record details (issue 12)

did-you-mean = আপনি কি এটি খুঁজছিলেন: { $query }
search-near = { $place }-এর কাছে খোঁজা হচ্ছে
search-near-you-unset = আপনি কাছাকাছি জায়গা খুঁজেছেন। একটি জায়গা (জিপ কোড বা শহর) ঠিক করুন, তাহলে সবচেয়ে কাছেরগুলো আগে দেখাবে।
listing-place = জায়গা
listing-hours = খোলার সময়
listing-languages = যে ভাষায় কথা বলেন
listing-cost = খরচ
listing-case-types = যে মামলা নেন
listing-accreditation = কে আইনি পরামর্শ দেন
listing-accepted-ids = গ্রহণযোগ্য পরিচয়পত্র
listing-account-features = অ্যাকাউন্ট
listing-access = কীভাবে যাবেন
listing-wheelchair = হুইলচেয়ারে প্রবেশযোগ্য
listing-service-area = সেবা দেন
listing-approximate = আনুমানিক অবস্থান (এলাকার কেন্দ্র, সঠিক ঠিকানা নয়)
record-check-status = সর্বশেষ যাচাই { $date }। এটি প্রায়ই বদলায়: বর্তমান অবস্থা যাচাই করুন।
related-help-near = { $place }-এর কাছে সাহায্য
related-help-national = দেশের যেকোনো জায়গায় সাহায্য
cost-free = বিনামূল্যে
cost-sliding-scale = আয় অনুযায়ী ফি
cost-low-cost = কম খরচে
case-removal-defense = নির্বাসনের বিরুদ্ধে আইনি লড়াই
case-asylum = আশ্রয়
case-daca = ডাকা (DACA, নির্বাসন স্থগিত)
case-tps = অস্থায়ী সুরক্ষা (TPS)
case-naturalization = নাগরিকত্ব
case-family-petitions = পারিবারিক আবেদন
case-u-visa = U ভিসা (অপরাধের শিকার)
case-t-visa = T ভিসা (মানবপাচারের শিকার)
case-vawa = VAWA (সহিংসতার শিকার)
case-detention = আটক
accreditation-doj-recognized-organization = DOJ-স্বীকৃত সংস্থা
accreditation-accredited-representative = DOJ-অনুমোদিত প্রতিনিধি
accreditation-attorney = আইনজীবী
id-itin = ITIN (করদাতা নম্বর)
id-matricula-consular = কনস্যুলার কার্ড (Matrícula consular)
id-foreign-passport = যেকোনো দেশের পাসপোর্ট
id-municipal-id = শহরের পরিচয়পত্র
feature-no-overdraft-fees = ওভারড্রাফট ফি নেই
feature-low-or-no-monthly-fee = মাসিক ফি কম বা নেই
access-walk-in = অ্যাপয়েন্টমেন্ট ছাড়া
access-appointment = অ্যাপয়েন্টমেন্ট নিয়ে
service-area-nationwide = সারা দেশ
service-area-states = পুরো { $states } রাজ্য
nearby-near-place = { $place }-এর কাছে
nearby-nothing-near = ওখানে কাছাকাছি কিছু পাওয়া যায়নি।
nearby-serving = আপনার এলাকায় সেবা দেন
nearby-statewide = পুরো { $state } রাজ্যে সেবা দেন
nearby-national = সারা দেশে সেবা দেন
place-zip = জিপ কোড { $zip }
distance-km = { $distance } কিমি
distance-about-km = প্রায় { $distance } কিমি ({ $area })
precision-exact = সঠিক অবস্থান
precision-address-zip = জিপ কোড এলাকা
precision-zip = জিপ কোড এলাকা
precision-city = শহর এলাকা
serves-your-area = আপনার এলাকায় সেবা দেয়
hours-open-closes-soon = এখন খোলা, শীঘ্রই বন্ধ হবে ({ $time })
hours-open-until = এখন খোলা, { $time } পর্যন্ত
hours-open = এখন খোলা
hours-closed-opens = বন্ধ, খুলবে { $time }
hours-closed = বন্ধ
hours-unknown = খোলার সময় জানা নেই
day-mo = সোম
day-tu = মঙ্গল
day-we = বুধ
day-th = বৃহস্পতি
day-fr = শুক্র
day-sa = শনি
day-su = রবি
place-ambiguous = এই নামে একাধিক জায়গা আছে। রাজ্যের নাম যোগ করুন, যেমন: { $choices }
place-unknown = অজানা জায়গা: এটি মার্কিন জিপ কোড ও শহরের অফলাইন তালিকায় নেই।
share-verified = যাচাই করা হয়েছে { $date }
share-verified-on = { $date } তারিখে যাচাই করা হয়েছে।

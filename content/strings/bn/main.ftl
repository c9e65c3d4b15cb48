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

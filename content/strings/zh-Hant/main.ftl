# Resident Guide UI strings: Chinese, Traditional script (繁體中文).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Chinese has one plural form (CLDR "other"): no select is needed.

## Languages

language-name = 繁體中文
lang-en = 英文
lang-es = 西班牙文

## App

app-name = 居民指南
app-tagline = 了解您的權利。尋找免費協助。使用您的語言。
offline-note = 不需連網即可使用。您搜尋的內容只會留在這支手機上。
back = 返回
close = 關閉
cancel = 取消
retry = 重試

## Quick exit

quick-exit = 快速離開
quick-exit-description = 立即離開本應用程式，並顯示手機主畫面。

## Home

home-topics = 主題
home-categories = 地點與服務

## Search

search-title = 搜尋
search-placeholder = 可用任何語言搜尋
search-no-results = 找不到結果。請換個字詞，或少用幾個字詞。
search-results-count = { $count } 個結果
shown-in-language = 以{ $language }顯示

## Articles and listings

verified-on = 核實日期：{ $date }
record-stale = 此資訊可能已過時：原應於 { $date } 重新核實。
source-label = 來源
sources-label = 資料來源
not-legal-advice = 以上為一般資訊，並非法律意見。如需針對您個案的建議，請諮詢律師或經 DOJ 認可的代表。
related-listings = 在哪裡獲得協助
listing-call = 撥打電話
listing-directions = 路線
listing-share = 分享
listing-website = 網站
listing-address = 地址
listing-phone = 電話
listing-open-now = 現在開放
listing-closed-now = 現在關閉

## Nearby

nearby-title = 附近
nearby-filters = 篩選
filter-open-now = 現在開放
filter-free = 免費
filter-my-language = 會說我的語言
filter-category = 地點類型
filter-clear = 清除篩選
nearby-location-note = 您的位置只會在這支手機上使用。
nearby-count = { $count } 個地點
distance-miles = { $distance } 英里

## Content packs

packs-title = 內容包
packs-install-file = 從檔案安裝
packs-version = 版本 { $version }
packs-publisher = 發布者：{ $publisher }
packs-items = { $count } 項
packs-bundled = 隨應用程式附帶
packs-stale-since = 自 { $date } 起已過時
packs-stale-note = 仍會顯示，但在採取行動前請向來源核實。
packs-remove = 移除
packs-remove-confirm = 移除「{ $pack }」？其中的指南和地點將不再顯示。
packs-installed = 內容包已安裝
install-refused-title = 此內容包未安裝
install-refused-signature = 簽章不符。它可能在發布後遭到修改。
install-refused-publisher = 它來自本應用程式不信任的發布者。
install-refused-older = 它並不比已安裝的版本新。
install-refused-not-allowed = 其發布者無權發布此內容包。
install-refused-too-large = 檔案太大。
install-refused-damaged = 檔案已損毀，或不是內容包。
install-refused-nothing-changed = 您的手機沒有任何變更。

## Language picker

language-title = 語言
language-choose = 選擇您的語言

## Delete my data

wipe-title = 刪除我的資料
wipe-description = 移除您安裝的內容包，以及您在這支手機上儲存的所有內容。應用程式附帶的指南會保留。
wipe-confirm = 刪除
wipe-done = 已刪除。只保留了應用程式附帶的指南。

## Errors

error-storage = 無法讀取這支手機上的指南。請重試。如果問題持續，請重新安裝應用程式。
error-not-found = 此內容已不在這支手機上。

## Directory, places and record details (issue 12)

did-you-mean = 您是不是要找：{ $query }
search-near = 正在搜尋 { $place } 附近
search-near-you-unset = 您要找附近的地方。請設定一個地點（郵遞區號或城市），以便先顯示最近的地方。
listing-place = 地點
listing-hours = 開放時間
listing-languages = 使用的語言
listing-cost = 費用
listing-case-types = 受理的案件
listing-accreditation = 誰提供法律建議
listing-accepted-ids = 接受的身分證件
listing-account-features = 帳戶
listing-access = 如何前往
listing-wheelchair = 輪椅可通行
listing-service-area = 服務範圍
listing-approximate = 大致位置（區域中心，不是確切地址）
record-check-status = 最後查核於 { $date }。此類資訊經常變化：請確認目前的情況。
related-help-near = { $place } 附近的協助
related-help-national = 全國各地都可獲得的協助
cost-free = 免費
cost-sliding-scale = 依收入收費
cost-low-cost = 低收費
case-removal-defense = 驅逐出境辯護
case-asylum = 庇護
case-daca = DACA（暫緩遣返）
case-tps = TPS（臨時保護身分）
case-naturalization = 入籍
case-family-petitions = 親屬移民申請
case-u-visa = U 簽證（犯罪受害者）
case-t-visa = T 簽證（人口販運受害者）
case-vawa = VAWA（暴力受害者）
case-detention = 拘留
accreditation-doj-recognized-organization = 司法部認可機構
accreditation-accredited-representative = 司法部認證代表
accreditation-attorney = 律師
id-itin = ITIN（個人報稅識別號碼）
id-matricula-consular = 領事身分證（Matrícula consular）
id-foreign-passport = 任何國家的護照
id-municipal-id = 城市身分卡
feature-no-overdraft-fees = 無透支費
feature-low-or-no-monthly-fee = 月費低或無月費
access-walk-in = 無需預約
access-appointment = 需預約
service-area-nationwide = 全國
service-area-states = 整個 { $states }
nearby-near-place = { $place } 附近
nearby-nothing-near = 那附近沒有找到任何結果。
nearby-serving = 服務您所在的地區
nearby-statewide = 服務整個 { $state }
nearby-national = 服務全國
place-zip = 郵遞區號 { $zip }
distance-km = { $distance } 公里
distance-about-km = 約 { $distance } 公里（{ $area }）
precision-exact = 確切位置
precision-address-zip = 郵遞區號區域
precision-zip = 郵遞區號區域
precision-city = 城市區域
serves-your-area = 服務您所在的地區
hours-open-closes-soon = 營業中，即將關門（{ $time }）
hours-open-until = 營業中，至 { $time }
hours-open = 營業中
hours-closed-opens = 已關門，{ $time } 開門
hours-closed = 已關門
hours-unknown = 開放時間不詳
day-mo = 週一
day-tu = 週二
day-we = 週三
day-th = 週四
day-fr = 週五
day-sa = 週六
day-su = 週日
place-ambiguous = 有多個地方叫這個名字。請加上州名，例如：{ $choices }
place-unknown = 未知地點：它不在離線的美國郵遞區號和城市清單中。
share-verified = 查核於 { $date }
share-verified-on = 查核於 { $date }。

# Resident Guide UI strings: Chinese, Simplified script (简体中文).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Chinese has one plural form (CLDR "other"): no select is needed.

## Languages

language-name = 简体中文
lang-en = 英语
lang-es = 西班牙语

## App

app-name = 居民指南
app-tagline = 了解您的权利。寻找免费帮助。使用您的语言。
offline-note = 无需联网即可使用。您搜索的内容只留在这部手机上。
back = 返回
close = 关闭
cancel = 取消
retry = 重试

## Quick exit

quick-exit = 快速退出
quick-exit-description = 立即离开本应用，并显示手机主屏幕。

## Home

home-topics = 主题
home-categories = 地点和服务

## Search

search-title = 搜索
search-placeholder = 可用任何语言搜索
search-no-results = 没有找到结果。请换个词，或少用几个词。
search-results-count = { $count } 个结果
shown-in-language = 以{ $language }显示

## Articles and listings

verified-on = 核实日期：{ $date }
record-stale = 此信息可能已过时：本应于 { $date } 重新核实。
source-label = 来源
sources-label = 资料来源
not-legal-advice = 以上为一般信息，不是法律意见。如需针对您个案的建议，请咨询律师或经 DOJ 认可的代表。
related-listings = 在哪里获得帮助
listing-call = 打电话
listing-directions = 路线
listing-share = 分享
listing-website = 网站
listing-address = 地址
listing-phone = 电话
listing-open-now = 现在开放
listing-closed-now = 现在关闭

## Nearby

nearby-title = 附近
nearby-filters = 筛选
filter-open-now = 现在开放
filter-free = 免费
filter-my-language = 会说我的语言
filter-category = 地点类型
filter-clear = 清除筛选
nearby-location-note = 您的位置只在这部手机上使用。
nearby-count = { $count } 个地点
distance-miles = { $distance } 英里

## Content packs

packs-title = 内容包
packs-install-file = 从文件安装
packs-version = 版本 { $version }
packs-publisher = 发布者：{ $publisher }
packs-items = { $count } 项
packs-bundled = 随应用附带
packs-stale-since = 自 { $date } 起已过时
packs-stale-note = 仍会显示，但在采取行动前请向来源核实。
packs-remove = 删除
packs-remove-confirm = 删除“{ $pack }”？其中的指南和地点将不再显示。
packs-installed = 内容包已安装
install-refused-title = 此内容包未安装
install-refused-signature = 签名不符。它可能在发布后被改动过。
install-refused-publisher = 它来自本应用不信任的发布者。
install-refused-older = 它并不比已安装的版本新。
install-refused-not-allowed = 其发布者无权发布此内容包。
install-refused-too-large = 文件太大。
install-refused-damaged = 文件已损坏，或不是内容包。
install-refused-nothing-changed = 您的手机没有任何改动。

## Language picker

language-title = 语言
language-choose = 选择您的语言

## Delete my data

wipe-title = 删除我的数据
wipe-description = 删除您安装的内容包，以及您在这部手机上保存的所有内容。应用自带的指南会保留。
wipe-confirm = 删除
wipe-done = 已删除。只保留了应用自带的指南。

## Errors

error-storage = 无法读取这部手机上的指南。请重试。如果问题持续，请重新安装应用。
error-not-found = 此内容已不在这部手机上。

## Directory, places and record details (issue 12)

did-you-mean = 您是不是要找：{ $query }
search-near = 正在搜索 { $place } 附近
search-near-you-unset = 您要找附近的地方。请设置一个地点（邮政编码或城市），以便先显示最近的地方。
listing-place = 地点
listing-hours = 开放时间
listing-languages = 使用的语言
listing-cost = 费用
listing-case-types = 受理的案件
listing-accreditation = 谁提供法律建议
listing-accepted-ids = 接受的身份证件
listing-account-features = 账户
listing-access = 如何前往
listing-wheelchair = 轮椅可通行
listing-service-area = 服务范围
listing-approximate = 大致位置（区域中心，不是确切地址）
record-check-status = 最后核查于 { $date }。此类信息经常变化：请核实目前的情况。
related-help-near = { $place } 附近的帮助
related-help-national = 全国各地都可获得的帮助
cost-free = 免费
cost-sliding-scale = 按收入收费
cost-low-cost = 低收费
case-removal-defense = 驱逐出境辩护
case-asylum = 庇护
case-daca = DACA（暂缓遣返）
case-tps = TPS（临时保护身份）
case-naturalization = 入籍
case-family-petitions = 亲属移民申请
case-u-visa = U 签证（犯罪受害者）
case-t-visa = T 签证（人口贩卖受害者）
case-vawa = VAWA（暴力受害者）
case-detention = 拘留
accreditation-doj-recognized-organization = 司法部认可机构
accreditation-accredited-representative = 司法部认证代表
accreditation-attorney = 律师
id-itin = ITIN（个人报税识别号）
id-matricula-consular = 领事身份证（Matrícula consular）
id-foreign-passport = 任何国家的护照
id-municipal-id = 城市身份卡
feature-no-overdraft-fees = 无透支费
feature-low-or-no-monthly-fee = 月费低或无月费
access-walk-in = 无需预约
access-appointment = 需预约
service-area-nationwide = 全国
service-area-states = 整个 { $states }
nearby-near-place = { $place } 附近
nearby-nothing-near = 那附近没有找到任何结果。
nearby-serving = 服务您所在的地区
nearby-statewide = 服务整个 { $state }
nearby-national = 服务全国
place-zip = 邮政编码 { $zip }
distance-km = { $distance } 公里
distance-about-km = 约 { $distance } 公里（{ $area }）
precision-exact = 确切位置
precision-address-zip = 邮编区域
precision-zip = 邮编区域
precision-city = 城市区域
serves-your-area = 服务您所在的地区
hours-open-closes-soon = 营业中，即将关门（{ $time }）
hours-open-until = 营业中，至 { $time }
hours-open = 营业中
hours-closed-opens = 已关门，{ $time } 开门
hours-closed = 已关门
hours-unknown = 开放时间不详
day-mo = 周一
day-tu = 周二
day-we = 周三
day-th = 周四
day-fr = 周五
day-sa = 周六
day-su = 周日
place-ambiguous = 有多个地方叫这个名字。请加上州名，例如：{ $choices }
place-unknown = 未知地点：它不在离线的美国邮政编码和城市列表中。
share-verified = 核实于 { $date }
share-verified-on = 核实于 { $date }。

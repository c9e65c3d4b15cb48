# Resident Guide UI strings: Vietnamese (Tiếng Việt).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Vietnamese has one plural form (CLDR "other"): no select is needed.

## Languages

language-name = Tiếng Việt
lang-en = tiếng Anh
lang-es = tiếng Tây Ban Nha

## App

app-name = Hướng dẫn cho Cư dân
app-tagline = Hiểu quyền của bạn. Tìm trợ giúp miễn phí. Bằng ngôn ngữ của bạn.
offline-note = Dùng được khi không có internet. Những gì bạn tìm kiếm chỉ ở lại trên điện thoại này.
back = Quay lại
close = Đóng
cancel = Hủy
retry = Thử lại

## Quick exit

quick-exit = Thoát nhanh
quick-exit-description = Thoát ứng dụng ngay lập tức và hiện màn hình chính của điện thoại.

## Home

home-topics = Chủ đề
home-categories = Địa điểm và dịch vụ

## Search

search-title = Tìm kiếm
search-placeholder = Tìm bằng bất kỳ ngôn ngữ nào
search-no-results = Không tìm thấy gì. Hãy thử từ khác, hoặc ít từ hơn.
search-results-count = { $count } kết quả
shown-in-language = Hiển thị bằng { $language }

## Articles and listings

verified-on = Đã kiểm tra ngày { $date }
record-stale = Thông tin này có thể đã cũ: lẽ ra phải được kiểm tra lại vào ngày { $date }.
source-label = Nguồn
sources-label = Các nguồn
not-legal-advice = Đây là thông tin chung, không phải tư vấn pháp lý. Để được tư vấn về trường hợp của bạn, hãy nói chuyện với luật sư hoặc với người đại diện được DOJ công nhận.
related-listings = Nơi nhận trợ giúp
listing-call = Gọi
listing-directions = Chỉ đường
listing-share = Chia sẻ
listing-website = Trang web
listing-address = Địa chỉ
listing-phone = Điện thoại
listing-open-now = Đang mở cửa
listing-closed-now = Đang đóng cửa

## Nearby

nearby-title = Gần đây
nearby-filters = Bộ lọc
filter-open-now = Đang mở cửa
filter-free = Miễn phí
filter-my-language = Nói ngôn ngữ của tôi
filter-category = Loại địa điểm
filter-clear = Xóa bộ lọc
nearby-location-note = Vị trí của bạn chỉ được dùng trên điện thoại này.
nearby-count = { $count } địa điểm
distance-miles = { $distance } dặm

## Content packs

packs-title = Gói nội dung
packs-install-file = Cài đặt từ tệp
packs-version = Phiên bản { $version }
packs-publisher = Phát hành bởi { $publisher }
packs-items = { $count } mục
packs-bundled = Có sẵn trong ứng dụng
packs-stale-since = Đã cũ từ ngày { $date }
packs-stale-note = Vẫn hiển thị, nhưng hãy kiểm tra với nguồn trước khi làm theo.
packs-remove = Gỡ bỏ
packs-remove-confirm = Gỡ bỏ “{ $pack }”? Các hướng dẫn và địa điểm trong gói này sẽ không còn hiện nữa.
packs-installed = Đã cài đặt gói
install-refused-title = Gói này chưa được cài đặt
install-refused-signature = Chữ ký không khớp. Gói có thể đã bị thay đổi sau khi phát hành.
install-refused-publisher = Gói đến từ một nhà phát hành mà ứng dụng này không tin cậy.
install-refused-older = Gói không mới hơn phiên bản đã cài đặt.
install-refused-not-allowed = Nhà phát hành của gói không được phép phát hành gói này.
install-refused-too-large = Tệp quá lớn.
install-refused-damaged = Tệp bị hỏng hoặc không phải là gói nội dung.
install-refused-nothing-changed = Không có gì trên điện thoại của bạn bị thay đổi.

## Language picker

language-title = Ngôn ngữ
language-choose = Chọn ngôn ngữ của bạn

## Delete my data

wipe-title = Xóa dữ liệu của tôi
wipe-description = Xóa các gói bạn đã cài đặt và mọi thứ bạn đã lưu trên điện thoại này. Các hướng dẫn có sẵn trong ứng dụng vẫn được giữ lại.
wipe-confirm = Xóa
wipe-done = Đã xóa. Chỉ còn lại các hướng dẫn có sẵn trong ứng dụng.

## Errors

error-storage = Không đọc được hướng dẫn trên điện thoại này. Hãy thử lại. Nếu vẫn bị lỗi, hãy cài đặt lại ứng dụng.
error-not-found = Mục này không còn trên điện thoại này.

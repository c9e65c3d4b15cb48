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

## Directory, places and record details (issue 12)

did-you-mean = Có phải ý bạn là: { $query }
search-near = Đang tìm gần { $place }
search-near-you-unset = Bạn muốn tìm nơi gần bạn. Hãy nhập một địa điểm (mã ZIP hoặc thành phố) để xem những nơi gần nhất trước.
listing-place = Địa điểm
listing-hours = Giờ mở cửa
listing-languages = Ngôn ngữ sử dụng
listing-cost = Chi phí
listing-case-types = Loại hồ sơ nhận
listing-accreditation = Ai tư vấn pháp lý
listing-accepted-ids = Giấy tờ tùy thân được chấp nhận
listing-account-features = Tài khoản
listing-access = Cách đến
listing-wheelchair = Có lối cho xe lăn
listing-service-area = Phục vụ
listing-approximate = Vị trí ước tính (trung tâm khu vực, không phải địa chỉ chính xác)
record-check-status = Kiểm tra lần cuối ngày { $date }. Thông tin này thay đổi thường xuyên: hãy kiểm tra tình trạng hiện tại.
related-help-near = Trợ giúp gần { $place }
related-help-national = Trợ giúp ở bất cứ đâu trong nước
cost-free = Miễn phí
cost-sliding-scale = Phí theo thu nhập
cost-low-cost = Chi phí thấp
case-removal-defense = Bào chữa chống trục xuất
case-asylum = Tị nạn
case-daca = DACA (Hoãn trục xuất)
case-tps = TPS (Quy chế bảo vệ tạm thời)
case-naturalization = Nhập tịch
case-family-petitions = Bảo lãnh gia đình
case-u-visa = Thị thực U (nạn nhân tội phạm)
case-t-visa = Thị thực T (nạn nhân buôn người)
case-vawa = VAWA (nạn nhân bạo lực)
case-detention = Bị giam giữ
accreditation-doj-recognized-organization = Tổ chức được Bộ Tư pháp (DOJ) công nhận
accreditation-accredited-representative = Đại diện được DOJ công nhận
accreditation-attorney = Luật sư
id-itin = ITIN (mã số thuế)
id-matricula-consular = Matrícula consular (thẻ lãnh sự)
id-foreign-passport = Hộ chiếu của bất kỳ nước nào
id-municipal-id = Thẻ căn cước thành phố
feature-no-overdraft-fees = Không phí thấu chi
feature-low-or-no-monthly-fee = Phí hằng tháng thấp hoặc không có
access-walk-in = Không cần hẹn
access-appointment = Cần hẹn trước
service-area-nationwide = Toàn quốc
service-area-states = Toàn bang { $states }
nearby-near-place = Gần { $place }
nearby-nothing-near = Không tìm thấy gì gần đó.
nearby-serving = Phục vụ khu vực của bạn
nearby-statewide = Phục vụ toàn bang { $state }
nearby-national = Phục vụ toàn quốc
place-zip = mã ZIP { $zip }
distance-km = { $distance } km
distance-about-km = khoảng { $distance } km ({ $area })
precision-exact = vị trí chính xác
precision-address-zip = khu vực mã ZIP
precision-zip = khu vực mã ZIP
precision-city = khu vực thành phố
serves-your-area = phục vụ khu vực của bạn
hours-open-closes-soon = đang mở, sắp đóng cửa ({ $time })
hours-open-until = đang mở, đến { $time }
hours-open = đang mở
hours-closed-opens = đã đóng, mở lúc { $time }
hours-closed = đã đóng
hours-unknown = chưa rõ giờ mở cửa
day-mo = T2
day-tu = T3
day-we = T4
day-th = T5
day-fr = T6
day-sa = T7
day-su = CN
place-ambiguous = Có nhiều nơi cùng tên này. Hãy thêm tên bang, ví dụ: { $choices }
place-unknown = Không biết địa điểm này: nó không có trong danh sách mã ZIP và thành phố Hoa Kỳ trên máy.
share-verified = Đã xác minh { $date }
share-verified-on = Đã xác minh ngày { $date }.

# Resident Guide UI strings: Korean (한국어).
# Translated by the engineering team with machine help; NOT yet reviewed by a
# native speaker. Needs native review before release. Source: en/main.ftl.
# Korean has one plural form (CLDR "other"): no select is needed.

## Languages

language-name = 한국어
lang-en = 영어
lang-es = 스페인어

## App

app-name = 주민 안내서
app-tagline = 나의 권리를 알아보세요. 무료 도움을 찾으세요. 내 언어로.
offline-note = 인터넷 없이도 작동합니다. 검색한 내용은 이 휴대폰에만 남습니다.
back = 뒤로
close = 닫기
cancel = 취소
retry = 다시 시도

## Quick exit

quick-exit = 빠른 나가기
quick-exit-description = 앱을 즉시 닫고 휴대폰 홈 화면을 보여 줍니다.

## Home

home-topics = 주제
home-categories = 장소와 서비스

## Search

search-title = 검색
search-placeholder = 어떤 언어로든 검색하세요
search-no-results = 결과가 없습니다. 다른 단어나 더 적은 단어로 검색해 보세요.
search-results-count = 결과 { $count }개
shown-in-language = { $language }(으)로 표시됨

## Articles and listings

verified-on = { $date }에 확인함
record-stale = 오래된 정보일 수 있습니다. { $date }에 다시 확인했어야 하는 정보입니다.
source-label = 출처
sources-label = 출처 목록
not-legal-advice = 이 내용은 일반 정보이며 법률 자문이 아닙니다. 본인 사건에 대한 조언은 변호사나 DOJ 인가 대리인과 상담하세요.
related-listings = 도움받을 수 있는 곳
listing-call = 전화하기
listing-directions = 길찾기
listing-share = 공유
listing-website = 웹사이트
listing-address = 주소
listing-phone = 전화번호
listing-open-now = 지금 운영 중
listing-closed-now = 지금은 닫혀 있음

## Nearby

nearby-title = 내 주변
nearby-filters = 필터
filter-open-now = 지금 운영 중
filter-free = 무료
filter-my-language = 내 언어 지원
filter-category = 장소 유형
filter-clear = 필터 지우기
nearby-location-note = 내 위치는 이 휴대폰에서만 사용됩니다.
nearby-count = 장소 { $count }곳
distance-miles = { $distance }마일

## Content packs

packs-title = 콘텐츠 팩
packs-install-file = 파일에서 설치
packs-version = 버전 { $version }
packs-publisher = 발행처: { $publisher }
packs-items = 항목 { $count }개
packs-bundled = 앱에 기본 포함
packs-stale-since = { $date }부터 최신 정보 아님
packs-stale-note = 계속 표시되지만, 행동하기 전에 출처에서 확인하세요.
packs-remove = 삭제
packs-remove-confirm = “{ $pack }”을(를) 삭제할까요? 이 팩의 안내와 장소가 더 이상 표시되지 않습니다.
packs-installed = 팩을 설치했습니다
install-refused-title = 이 팩은 설치되지 않았습니다
install-refused-signature = 서명이 일치하지 않습니다. 발행된 뒤에 변경되었을 수 있습니다.
install-refused-publisher = 이 앱이 신뢰하지 않는 발행처의 팩입니다.
install-refused-older = 이미 설치된 버전보다 새 버전이 아닙니다.
install-refused-not-allowed = 이 발행처는 이 팩을 발행할 권한이 없습니다.
install-refused-too-large = 파일이 너무 큽니다.
install-refused-damaged = 파일이 손상되었거나 콘텐츠 팩이 아닙니다.
install-refused-nothing-changed = 휴대폰에서 아무것도 바뀌지 않았습니다.

## Language picker

language-title = 언어
language-choose = 언어를 선택하세요

## Delete my data

wipe-title = 내 데이터 삭제
wipe-description = 내가 설치한 팩과 이 휴대폰에 저장한 모든 것을 삭제합니다. 앱에 포함된 안내서는 남습니다.
wipe-confirm = 삭제
wipe-done = 삭제했습니다. 앱에 포함된 안내서만 남았습니다.

## Errors

error-storage = 이 휴대폰에서 안내서를 읽을 수 없습니다. 다시 시도하세요. 계속 문제가 생기면 앱을 다시 설치하세요.
error-not-found = 이 항목은 더 이상 이 휴대폰에 없습니다.

## Directory, places and record details (issue 12)

did-you-mean = 이것을 찾으셨나요: { $query }
search-near = { $place } 근처에서 찾는 중
search-near-you-unset = 가까운 곳을 찾으셨습니다. 장소(우편번호 또는 도시)를 설정하면 가장 가까운 곳부터 보여 드립니다.
listing-place = 장소
listing-hours = 운영 시간
listing-languages = 사용 언어
listing-cost = 비용
listing-case-types = 다루는 사건
listing-accreditation = 법률 조언 제공자
listing-accepted-ids = 인정되는 신분증
listing-account-features = 계좌
listing-access = 방문 방법
listing-wheelchair = 휠체어 이용 가능
listing-service-area = 서비스 지역
listing-approximate = 대략적인 위치(지역 중심이며 정확한 주소가 아님)
record-check-status = 마지막 확인일 { $date }. 자주 바뀌는 내용이니 현재 상황을 확인하세요.
related-help-near = { $place } 근처의 도움
related-help-national = 전국 어디서나 받을 수 있는 도움
cost-free = 무료
cost-sliding-scale = 소득에 따른 요금
cost-low-cost = 저렴한 비용
case-removal-defense = 추방 방어
case-asylum = 망명
case-daca = DACA(추방 유예)
case-tps = TPS(임시 보호 신분)
case-naturalization = 시민권
case-family-petitions = 가족 초청
case-u-visa = U 비자(범죄 피해자)
case-t-visa = T 비자(인신매매 피해자)
case-vawa = VAWA(폭력 피해자)
case-detention = 구금
accreditation-doj-recognized-organization = 법무부(DOJ) 인정 기관
accreditation-accredited-representative = 법무부(DOJ) 인가 대리인
accreditation-attorney = 변호사
id-itin = ITIN(납세자 번호)
id-matricula-consular = 영사 신분증(Matrícula consular)
id-foreign-passport = 모든 나라의 여권
id-municipal-id = 시 신분증
feature-no-overdraft-fees = 초과 인출 수수료 없음
feature-low-or-no-monthly-fee = 월 수수료 낮음 또는 없음
access-walk-in = 예약 없이 방문
access-appointment = 예약제
service-area-nationwide = 전국
service-area-states = { $states } 전체
nearby-near-place = { $place } 근처
nearby-nothing-near = 그 근처에서 찾은 것이 없습니다.
nearby-serving = 내 지역 서비스
nearby-statewide = { $state } 전체 서비스
nearby-national = 전국 서비스
place-zip = 우편번호 { $zip }
distance-km = { $distance }km
distance-about-km = 약 { $distance }km({ $area })
precision-exact = 정확한 위치
precision-address-zip = 우편번호 지역
precision-zip = 우편번호 지역
precision-city = 도시 지역
serves-your-area = 내 지역 서비스
hours-open-closes-soon = 영업 중, 곧 마감({ $time })
hours-open-until = 영업 중, { $time }까지
hours-open = 영업 중
hours-closed-opens = 마감, { $time }에 문을 엶
hours-closed = 마감
hours-unknown = 운영 시간 모름
day-mo = 월
day-tu = 화
day-we = 수
day-th = 목
day-fr = 금
day-sa = 토
day-su = 일
place-ambiguous = 이 이름을 가진 곳이 여러 곳입니다. 주 이름을 덧붙이세요. 예: { $choices }
place-unknown = 알 수 없는 장소입니다. 오프라인 미국 우편번호 및 도시 목록에 없습니다.
share-verified = 확인 { $date }
share-verified-on = { $date }에 확인함.

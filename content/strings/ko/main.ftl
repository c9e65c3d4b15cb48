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

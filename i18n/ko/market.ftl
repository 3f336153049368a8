## Marketplace (중고거래), 자취템 리뷰, relayed chats.

cmd-sell = 물건 팔기
cmd-market = 근처 중고 물건 찾기
cmd-mine = 내가 올린 물건
cmd-saved = 찜한 물건
cmd-alerts = 키워드 알림
cmd-tips = 자취 필수템 리뷰 보기
cmd-tip = 자취템 리뷰 쓰기
cmd-rate = 거래 후기 남기기

field-title = 제목
field-description = 설명
field-price = 가격
field-min-price = 최저 가격
field-max-price = 최고 가격
field-category = 카테고리
field-condition = 상태
field-photos = 사진
field-place = 거래 장소
field-message = 메시지
field-comment = 한마디
field-keyword = 키워드
field-radius = 거리
field-reason = 신고 이유
field-score = 별점
field-tag = 칭찬 태그
field-confirm = 확인
field-product = 제품 이름
field-review = 리뷰
field-rating = 별점

ask-title = 무엇을 파시나요? 제목을 적어 주세요 (80자까지).
ask-description = 물건 설명을 적어 주세요 (2,000자까지). 건너뛰어도 돼요.
ask-price = 가격을 적어 주세요. 예: 15000, 1만5천, 나눔(무료)
ask-category = 카테고리를 골라 주세요.
ask-condition = 물건 상태를 골라 주세요.
error-photo-expected = 여기서는 사진을 받아요. 사진을 보내거나, 다 보냈으면 '완료'를 눌러 주세요.
ask-photos = 사진을 최대 5장 보내 주세요. 다 보냈으면 '완료'를 눌러 주세요.
ask-tip-photo = 사진이 있으면 한 장 보내 주세요. 없으면 '완료'를 눌러 주세요.
ask-item-place = 거래할 곳을 알려 주세요: 위치 공유, '37.56,126.97', 또는 '관악구' 같은 장소 이름. 정확한 위치는 다른 사람에게 보이지 않아요.
ask-search-place = 어디 근처에서 찾을까요? 위치를 공유하거나 '마포구' 같은 장소 이름을 적어 주세요.
ask-message = 보낼 메시지를 적어 주세요. 상대에게는 { -brand }을 통해 전달돼요.
ask-comment = 한마디 남겨 주세요 (300자까지). 건너뛰어도 돼요.
ask-keyword = 어떤 키워드로 알려 드릴까요? 예: 전자레인지, ㅈㅈㄹㅇㅈ
ask-radius = 얼마나 가까운 곳까지 볼까요?
ask-reason = 신고 이유를 골라 주세요.
ask-score = 거래는 어땠나요? 별점을 골라 주세요.
ask-tag = 칭찬하고 싶은 점을 하나 골라 주세요.
ask-confirm = 그래도 보낼까요?
ask-product = 어떤 제품인가요?
ask-review = 써 보니 어땠나요? (1,000자까지)
ask-rating = 별점을 골라 주세요.

category-furniture = 가구
category-appliances = 가전
category-kitchen = 주방
category-clothes = 의류
category-books = 도서
category-digital = 디지털
category-household = 생활용품
category-hobby = 취미
category-other = 기타

condition-new = 새 상품
condition-like_new = 거의 새것
condition-good = 사용감 적음
condition-fair = 사용감 있음

status-draft = 임시저장
status-available = 판매중
status-reserved = 예약중
status-sold = 거래완료
status-withdrawn = 내림
status-expired = 기간 만료

report-reason-prohibited = 판매 금지 물품
report-reason-scam = 사기 의심
report-reason-offensive = 불쾌한 내용
report-reason-duplicate = 도배·중복
report-reason-other = 기타

score-5 = ★★★★★
score-4 = ★★★★
score-3 = ★★★
score-2 = ★★
score-1 = ★

rating-tag-on_time = 시간 약속을 잘 지켜요
rating-tag-as_described = 설명과 같아요
rating-tag-friendly = 친절해요
rating-tag-fair_price = 가격이 합리적이에요
rating-tag-quick_reply = 답장이 빨라요

radius-1000 = 1km
radius-3000 = 3km
radius-5000 = 5km
radius-10000 = 10km

confirm-yes = 보내기
confirm-no = 보내지 않기

contact-info-phone = 전화번호
contact-info-account = 계좌번호
contact-info-email = 이메일

price = { $amount ->
    [0] 나눔 🎁
   *[other] { WON($amount) }
}
age-minutes = { $n ->
    [0] 방금 전
   *[other] { $n }분 전
}
age-hours = { $n }시간 전
age-days = { $n }일 전
distance-unknown = 거리 모름
distance-m = 약 { $m }m
distance-km = 약 { NUMBER($km, maximumFractionDigits: 1) }km
rating-none = 아직 후기 없음
rating-summary = ★ { NUMBER($average, minimumFractionDigits: 1) } ({ $count }개)
area-unnamed = 이름 없는 동네

item-card =
    { $title } · { $price }
    { $status } · { $category } · { $condition }

    { $description }

    📍 { PLACE($area) } ({ $distance }) · { $age }
    📷 사진 { $photos }장
    판매자: { $seller } · { $rating }
item-line = { $n }. [{ $status }] { $title } · { $price } · { $distance } · { $age }
button-item-number = { $n }번 보기
market-results =
    근처 물건이에요:
    { $lines }
market-results-empty = 조건에 맞는 물건이 근처에 없어요. 범위를 넓히거나 키워드 알림을 걸어 보세요. 조건은 이렇게 적을 수 있어요: /market 의자 가구 3만이하
mine-list =
    내가 올린 물건:
    { $lines }
mine-list-empty = 아직 올린 물건이 없어요. /sell 로 올려 보세요.
saved-list =
    찜한 물건:
    { $lines }
saved-list-empty = 찜한 물건이 없어요.

button-publish = 올리기
button-discard = 지우기
button-reserve = 예약하기
button-unreserve = 예약 풀기
button-sold = 거래완료
button-bump = 끌어올리기
button-price = 가격 바꾸기
button-edit = 고치기
button-withdraw = 내리기
button-renew = 다시 올리기
button-rate = 후기 남기기
button-contact = 판매자에게 연락
button-save = 찜하기
button-report = 신고
button-previous = ◀ 이전
button-next = 다음 ▶
button-alert-me = 새 물건 알림 받기
button-person = { $name }
button-sold-elsewhere = 여기 없는 사람에게 팔았어요
button-view-item = 물건 보기
button-reply = 답장
button-share-handle = 내 아이디 공개하기
button-done = 완료
button-delete-number = { $n }번 지우기
button-add-alert = 알림 추가
button-write-tip = 리뷰 쓰기
button-helpful = 도움돼요 👍

sell-preview = 이렇게 올라가요. 확인하고 '올리기'를 눌러 주세요.
sell-published = '{ $title }'{ JOSA($title, "을/를") } 올렸어요! 30일 동안 보여요.
item-price-changed = '{ $title }'의 가격을 바꿨어요.
item-edited = '{ $title }'{ JOSA($title, "을/를") } 고쳤어요.
item-saved = 찜했어요. 가격이 내려가면 알려 드릴게요.
item-unsaved = 찜을 해제했어요.
button-unsave = 찜 해제
item-reported = 신고해 주셔서 고마워요. 확인해 볼게요.
item-bumped = '{ $title }'{ JOSA($title, "을/를") } 끌어올렸어요.
item-withdrawn = '{ $title }'{ JOSA($title, "을/를") } 내렸어요.
item-renewed = '{ $title }'{ JOSA($title, "을/를") } 30일 더 올려 둘게요.
item-unreserved = '{ $title }'의 예약을 풀었어요.
item-sold = '{ $title }' 거래를 마쳤어요. 후기를 남겨 주세요!
item-reserved = '{ $title }'{ JOSA($title, "을/를") } 예약해 두었어요.
pick-reserve = 누구에게 예약해 둘까요?
pick-buyer = 누구에게 팔았나요?
no-contacts-yet = 아직 연락한 사람이 없어요.

photo-received = 사진 { $count }/{ $max }장을 받았어요. 더 보내거나 '완료'를 눌러 주세요.

relay-not-sent = 보내지 않았어요.
relay-warning = ⚠️ 메시지에 { $found }가 있어요. 선입금 요구나 외부 연락 유도는 사기일 수 있어요.
relay-sent = 메시지를 전달했어요.
relay-handles-shared = 모두 동의해서 서로의 메신저 아이디를 알려 드렸어요.
relay-handle-waiting = 상대도 동의하면 서로의 메신저 아이디를 알려 드릴게요.

rate-thanks = 후기를 남겨 주셔서 고마워요!

alert-line = { $n }. '{ $keyword }' · { NUMBER($km, maximumFractionDigits: 1) }km 안 · { $price }
alert-any-price = 가격 상관없음
alerts-list =
    내 키워드 알림:
    { $lines }
alerts-empty = 키워드 알림이 없어요. 원하는 물건이 올라오면 알려 드릴게요.
alert-added = '{ $keyword }' 알림을 걸었어요.
alert-deleted = 알림을 지웠어요.

tips-empty = { $category } 리뷰가 아직 없어요. 첫 리뷰를 남겨 보세요!
tip-card =
    { $product } · ★{ $rating }
    { $body }
    — { $author } · 도움돼요 { $helpful }
tip-posted = 리뷰를 올렸어요. 고마워요!
tip-voted = 도움돼요를 눌렀어요 (지금 { $helpful }명).

notify-price-drop = 찜한 '{ $title }'의 가격이 { WON($before) }에서 { WON($after) }으로 내려갔어요.
notify-item-reserved = '{ $title }'{ JOSA($title, "을/를") } 판매자가 예약해 두었어요.
notify-item-sold-to-you = '{ $title }' 거래가 끝났어요. 판매자에게 후기를 남겨 주세요.
notify-alert-match = '{ $keyword }' 알림: '{ $title }' ({ WON($price) })이 올라왔어요.
notify-relay-message =
    💬 { $from } ('{ $topic }'):
    { $body }
notify-relay-handles =
    서로의 메신저 아이디예요:
    { $handles }

error-place-unknown = '{ $name }'{ JOSA($name, "은/는") } 모르는 장소예요. 혹시: { $suggestions }
error-place-unknown-no-match = '{ $name }'{ JOSA($name, "은/는") } 모르는 장소예요. 그곳이 있는 구·시 이름('마포구'처럼)이나 '37.55, 126.92' 같은 좌표를 적거나, 위치를 공유해 주세요.
error-price-negative = 가격은 0원보다 작을 수 없어요. '15000', '1만5천'처럼 적거나 무료면 '나눔'이라고 적어 주세요.
error-price-unreadable = '{ $typed }'{ JOSA($typed, "은/는") } 가격으로 읽을 수 없어요. '15000', '3만5천', 무료면 '나눔'처럼 적어 주세요.
error-price-too-high = 가격은 { WON($max) }까지 적을 수 있어요.
error-too-many-photos = 사진은 { $max }장까지 올릴 수 있어요.
-photo-types-taken = JPEG, PNG, WebP 사진을 보내 주세요(아이폰의 HEIC는 '사진'으로 보내면 JPEG로 바뀌어요).
error-photo-type = { $type } 파일은 사진으로 올릴 수 없어요. { -photo-types-taken }
error-photo-type-unnamed = 이 파일은 사진으로 올릴 수 없어요. { -photo-types-taken }
error-photo-too-large = 사진이 너무 커요({ $size }). { $max }까지 받아요. 더 작게 줄이거나 '사진'으로(파일이 아니라) 보내 주세요.
error-photo-transparent = 배경이 투명한 사진은 목록에서 검거나 하얗게 보여요. 배경이 있는 사진을 보내 주세요.
error-photo-unreadable = 이 파일은 사진으로 읽을 수 없어요(깨졌거나 사진이 아니에요). JPEG, PNG, WebP 사진을 보내 주세요.
error-profanity = 제목이나 설명에 쓸 수 없는 말이 있어요. 고쳐서 다시 적어 주세요.
error-posting-too-fast = 하루에 { $max }개까지 올릴 수 있어요. 내일 다시 올려 주세요.
error-not-your-item = 내가 올린 물건만 바꿀 수 있어요.
error-item-unavailable = 지금 상태({ $status ->
    [draft] 임시저장
    [available] 판매중
    [reserved] 예약중
    [sold] 거래완료
    [withdrawn] 내림
   *[expired] 기간 만료
})에서는 할 수 없어요.
error-bump-too-soon = 끌어올리기는 3일에 한 번이에요. { $hours }시간 뒤에 다시 해 주세요.
error-own-item = 내 물건에는 할 수 없어요.
error-not-a-contact = 이 물건에 대해 연락한 사람만 고를 수 있어요.
error-already-rated = 이미 후기를 남겼어요.
error-rating-not-allowed = 거래를 마친 판매자와 구매자만 후기를 남길 수 있어요.
error-already-reported = 이미 신고한 물건이에요.
error-too-many-alerts = 알림은 { $max }개까지 걸 수 있어요.
error-not-in-conversation = 내가 참여한 대화가 아니에요.
error-own-tip = 내 리뷰에는 누를 수 없어요.
error-already-voted = 이미 도움돼요를 눌렀어요.

notify-item-expiring = '{ $title }'{ JOSA($title, "이/가") } { $days }일 뒤에 내려가요. 계속 팔려면 '다시 올리기'를 눌러 주세요.

## 동네 게시판: 근처에 새로 올라온 물건을 카드로 올려 주는 그룹·채널·서버 채널.

cmd-board = 이 방을 동네 게시판으로 정하기
cmd-board-off = 이 방의 동네 게시판 끄기
ask-board-area = 어느 동네의 게시판인가요? 명령어 뒤에 장소 이름이나 좌표를 적어 주세요.
board-set =
    이 방을 { PLACE($area) } 반경 { NUMBER($km) }km 동네 게시판으로 정했어요.
    이 근처에 새 물건이 올라오면 여기에 카드로 올리고, 예약되거나 거래가 끝나면 카드를 고쳐 둘게요.
    그만하려면: { $platform ->
        [discord] /market board-off
       *[other] /board_off
    }
board-updated = 동네 게시판 범위를 같은 동네 반경 { NUMBER($km) }km로 바꿨어요.
board-place-needed = 어느 동네의 게시판인가요? 명령어에 함께 적어 주세요. 예: { $platform ->
    [discord] /market board place:마포구
   *[other] /board 마포구
}
board-off = 이 방의 동네 게시판을 껐어요. 이미 올린 카드는 그대로 남아요.
board-off-none = 이 방은 동네 게시판이 아니에요.
board-card-hidden = 신고가 여러 번 들어와 내려간 물건이에요.
error-board-private-chat = 동네 게시판은 그룹이나 채널(디스코드는 서버 채널)에서만 정할 수 있어요. 그곳에서 명령어를 입력해 주세요.
error-board-not-manager = 이 방의 관리자만 동네 게시판을 정하거나 끌 수 있어요.

## Bumping beyond the free bump, paid with points
button-bump-paid = ⬆️ { $price }점으로 지금 끌어올리기
bump-paid-offer = 무료 끌어올리기는 3일에 한 번이라 { $hours }시간 뒤에 할 수 있어요. 지금 { $price }점으로 끌어올릴 수도 있어요. (보유 { $balance }점)
bump-paid-short = 무료 끌어올리기는 3일에 한 번이라 { $hours }시간 뒤에 할 수 있어요. 포인트 { $price }점으로 바로 끌어올릴 수도 있지만 지금은 { $balance }점이에요. 인증한 분은 거래를 마치고 서로 후기를 남기면 포인트가 쌓여요.
item-bumped-paid = '{ $title }'{ JOSA($title, "을/를") } { $price }점으로 끌어올렸어요. 남은 포인트는 { $balance }점이에요.
error-bump-just-done = 방금 끌어올려서 아직 맨 위에 있어요. { $minutes }분 뒤에 다시 해 주세요.

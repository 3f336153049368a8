## 택시 합승

error-ride-same-place = 출발지와 도착지가 너무 가까워요 (500m 미만).
error-ride-departure-past = 출발 시간이 이미 지났어요.
error-ride-window-too-wide = 출발 시간대는 12시간 이내로 정해 주세요.
error-ride-departure-too-far = 7일 이내의 출발만 요청할 수 있어요.
error-ride-time-unreadable = 출발 시간을 알아듣지 못했어요. 예: 23:30, 23:00~23:40, 내일 8시
error-ride-outside-area = 서비스 지역 밖이에요: { PLACE($place) }
error-ride-already-live = 이미 진행 중인 합승 요청이 있어요. /rides 에서 확인하거나 취소해 주세요.
error-ride-not-yours = 내 합승 요청이 아니에요.
error-ride-not-cancellable = 이미 출발했거나 끝난 합승이에요.
error-not-in-proposal = 내가 포함된 합승 제안이 아니에요.
error-proposal-expired = 이 합승 제안은 만료됐거나 더 이상 유효하지 않아요.
error-ride-not-over = 출발 시간이 지난 뒤에 평가할 수 있어요.
error-ride-was-cancelled = 취소된 합승이라 탄 것으로 남기거나 평가할 수 없어요. 포인트도 쌓이지 않아요.
error-not-co-rider = 같은 택시를 탄 사람만 평가하거나 신고할 수 있어요.
error-too-many-ride-alerts = 합승 알림은 { $max }개까지 만들 수 있어요.
error-same-gender-needs-gender = 동성끼리만 타려면 먼저 프로필에 성별을 적어 주세요 (/profile).

rating-tag-quiet = 조용히 잘 타고 갔어요
rating-tag-paid_promptly = 정산이 깔끔해요

cmd-ride = 택시 합승 요청
cmd-rides = 내 합승
cmd-ridealerts = 합승 알림

field-ride-origin = 출발지
field-ride-destination = 도착지
field-ride-time = 출발 시간
field-seats = 인원
field-extra = 추가 소요 시간
field-split = 요금 나누기
field-same_gender = 동성끼리만

ask-ride-origin = 어디서 출발하세요? 위치를 보내거나 지역 이름(예: 서대문구, 강남구)이나 "위도,경도"를 입력해 주세요.
ask-ride-destination = 어디로 가세요? 위치를 보내거나 지역 이름이나 "위도,경도"를 입력해 주세요.
ask-ride-time = 언제 출발하세요? 예: 23:30 (앞뒤 15분), 23:00~23:40, 내일 8시
ask-seats = 몇 명이 타요?
ask-extra = 합승으로 최대 몇 분까지 더 걸려도 괜찮아요? (건너뛰면 15분)
ask-split = 요금은 어떻게 나눌까요? (건너뛰면 탄 거리만큼)
ask-same_gender = 같은 성별끼리만 탈까요? (건너뛰면 상관없음)
ask-ride-score = 함께 탄 분은 어땠나요?
ask-ride-alert-time = 보통 몇 시쯤 출발하세요? 예: 23:30

seats-1 = 1명
seats-2 = 2명
seats-3 = 3명
extra-10 = 10분
extra-15 = 15분
extra-20 = 20분
extra-30 = 30분
split-distance = 탄 거리만큼
split-equal = 똑같이
same-gender-yes = 네, 동성끼리만
same-gender-no = 상관없어요

ride-requested =
    합승 요청을 받았어요 🚕
    { PLACE($from) } → { PLACE($to) }
    출발 { $earliest } ~ { $latest }, { $seats }명
    혼자 타면 약 { WON($solo) }이에요. 같은 방향으로 가는 이웃을 찾으면 바로 알려 드릴게요.
button-my-rides = 내 합승
button-ride-cancel = 요청 취소
button-ride-cancel-number = { $n }번 취소
button-new-ride = 새 합승 요청
button-ride-accept = 함께 탈게요
button-ride-decline = 이번엔 안 탈게요
button-ride-done = 잘 타고 왔어요
button-ride-noshow = 안 온 사람이 있어요
button-rate-name = { $name } 평가하기
button-noshow-name = { $name } 님이 안 왔어요
button-add-ride-alert = 알림 추가

ride-status-waiting = 찾는 중
ride-status-proposed = 제안 받음
ride-status-confirmed = 확정
ride-status-done = 완료
ride-status-cancelled = 취소됨
ride-status-expired = 만료
ride-line = { $n }. [{ $status }] { PLACE($from) } → { PLACE($to) }, { $depart }{ $share }
ride-line-share = , 내 몫 { WON($share) } ({ $riders }명)
rides-list =
    내 합승 요청:
    { $lines }
rides-empty = 아직 합승 요청이 없어요. /ride 로 요청해 보세요.
ride-cancelled = 합승 요청을 취소했어요.
ride-cancelled-late = 합승을 취소했어요. 출발 30분 전 이후의 취소라 늦은 취소로 기록돼요.

ride-proposal-waiting-for-others = 수락했어요! 다른 사람들의 답을 기다리는 중이에요.
ride-proposal-confirmed = 모두 수락했어요! 합승이 확정됐어요. 곧 탑승 위치를 보내 드려요.
ride-proposal-declined = 이번 제안은 거절했어요. 다른 사람을 계속 찾아볼게요.

ride-done-thanks = 잘 다녀오셨다니 다행이에요! 함께 탄 분들을 평가해 주세요.
ride-noshow-pick = 누가 오지 않았나요?
ride-noshow-recorded = 알려 주셔서 고마워요. 신뢰 점수에 반영할게요.

ride-alert-line = { $n }. { PLACE($from) } → { PLACE($to) }, { $time } 무렵
ride-alerts-list =
    합승 알림:
    { $lines }
ride-alerts-empty = 합승 알림이 없어요. 자주 가는 길을 등록하면 같은 방향 합승이 생길 때 알려 드려요.
ride-alert-added = 합승 알림을 만들었어요.
ride-alert-deleted = 합승 알림을 지웠어요.

notify-ride-proposal =
    🚕 같은 방향 합승을 찾았어요!
    출발 { $depart }, 나는 { $order }번째 탑승{ $startM ->
        [0] {""}
       *[other] {" "}(첫 탑승 지점에서 약 { $startM }m)
    }
    내 몫 약 { WON($share) } (혼자 타면 { WON($solo) }, { WON($saving) } 절약)
    추가 소요 시간 약 { $extraMin }분
    요금: { $split ->
        [equal] 똑같이 나눠요
       *[distance] 탄 거리만큼 나눠요
    }
    함께 타는 사람 (✓ 본인 인증{ $flagged ->
        [0] {""}
       *[other] , 🚫 노쇼 신고된 횟수
    }):
    { $riders }
    { $minutes }분 안에 답해 주세요.
notify-ride-confirmed =
    ✅ 합승 확정! 출발 { $depart }, 내 몫 약 { WON($share) }
    탑승·하차 순서:
    { $stops }
    아래 버튼으로 함께 타는 분들께 메시지를 보낼 수 있어요 (연락처는 공개되지 않아요).
notify-ride-proposal-lapsed = 합승 제안에 제시간에 답이 없어 요청을 닫았어요. 다시 타려면 /ride 로 요청해 주세요.
notify-ride-proposal-fell-through =
    한 분이 합승 제안을 거절하거나 답하지 않았어요. { $looking ->
        [yes] 다른 사람을 계속 찾아볼게요.
       *[no] 출발 시간이 지나 요청을 닫았어요.
    }
notify-ride-group-cancelled =
    함께 타기로 한 분이 합승을 취소했어요. { $looking ->
        [yes] 다른 사람을 다시 찾아볼게요.
       *[no] 출발 시간이 지나 요청을 닫았어요.
    }
notify-ride-no-match = 아쉽지만 출발 시간까지 함께 탈 사람을 찾지 못했어요. /ride 로 다시 요청할 수 있어요.
notify-ride-reminder = ⏰ { $minutes }분 뒤 합승 출발이에요 ({ $depart }). 나는 { $order }번째로 탑승해요.
notify-ride-follow-up = 합승은 잘 다녀오셨어요? 알려 주시면 함께 탄 분들을 평가할 수 있어요.
notify-ride-alert = 🔔 { PLACE($from) } → { PLACE($to) } 방향, { $depart } 무렵 합승 요청이 올라왔어요. 같은 시간으로 요청하면 함께 탈 수 있어요.

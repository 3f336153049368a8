## 모임 일정: 만들기, 참석 응답과 대기, 반복, 알림, 출석 체크

cmd-meetups = 다가오는 모임 일정
cmd-meetup-new = 모임 일정 만들기
discord-group-meetup = 모임 일정: 목록, 만들기, 캘린더

field-meetup-title = 일정 제목
field-meetup-when = 날짜와 시간
field-meetup-place = 모임 장소
field-meetup-capacity = 정원
field-meetup-cost = 참가비 안내
field-recurrence = 반복
field-checkin-code = 출석 코드
field-checkin-place = 지금 위치

ask-meetup-title = 어떤 모임인가요? 제목을 적어 주세요. 예: 한강 저녁 러닝
ask-meetup-when = 언제 모일까요? 예: 토요일 오후 3시, 내일 19시, 다음주 금요일 19:30~21:00, 토요일 19:00~21:00 (끝나는 시간을 안 적으면 2시간으로 잡아요)
ask-meetup-place = 어디서 모일까요? 위치를 보내거나 구 이름(예: 마포구)이나 "37.5556, 126.8956 망원한강공원"처럼 좌표와 장소 이름을 적어 주세요. 멤버에게는 정확한 장소가 보여요.
ask-meetup-capacity = 최대 몇 명까지 받을까요? (2~1000명, 건너뛰면 제한 없음)
ask-meetup-cost = 참가비나 준비물이 있으면 적어 주세요. 예: 커피값 각자, 1인 5천원
ask-recurrence = 정기적으로 반복할까요?
ask-checkin-code = 모임장이 보여 주는 6자리 출석 코드를 입력해 주세요.
ask-checkin-place = 지금 위치를 보내 주세요. 모임 장소 200m 안이면 출석으로 처리돼요. 위치는 저장하지 않아요.

recurrence-none = 한 번만
recurrence-weekly = 매주
recurrence-monthly = 매달

meetup-weekday = { $weekday ->
    [0] 일
    [1] 월
    [2] 화
    [3] 수
    [4] 목
    [5] 금
   *[6] 토
}
meetup-when = { $date }({ meetup-weekday }) { $time }
meetup-where = { $room ->
    [yes] 🎥 화상 방 (링크는 참석하는 분께 1:1 대화로 드려요)
   *[no] 📍 { PLACE($place) }
}
meetup-going = { $going }명 참석
meetup-going-of = { $going }/{ $capacity }명 참석
meetup-waitlist = , 대기 { $n }명
meetup-cost-none = 없음
meetup-place-pinned = 지도에 표시한 곳
meetup-place-members-only = 정확한 장소는 멤버에게만 보여요
meetup-repeats-weekly = {" "}· 매주 반복
meetup-repeats-monthly = {" "}· 매달 반복
meetup-me-going = 나: 참석 ✅
meetup-me-maybe = 나: 아마도 🤔
meetup-me-declined = 나: 불참
meetup-me-waitlisted = 나: 대기 { $position }번째 ⏳
meetup-me-none = 나: 아직 응답 안 함

meetup-card =
    { $cancelled ->
        [yes] ❌ 취소된 모임
       *[no] 📅 { $group }{ $repeats }
    }
    { $title }{ $workout }
    🕒 { $when }
    { meetup-where }
    👥 { $going }{ $waitlist }
    💰 { $cost }
    { $me }
meetup-card-members =
    { $cancelled ->
        [yes] ❌ 취소된 모임
       *[no] 📅 { $group }{ $repeats }
    }
    { $title }{ $workout }
    🕒 { $when }
    { meetup-where }
    👥 { $going }{ $waitlist }: { $names }
    💰 { $cost }
    { $me }
meetup-line =
    { $n }. { $title } ({ $group })
       { $when } · { $going } · { $me }
meetups-group =
    다가오는 모임 일정이에요.
    { $lines }
meetups-group-empty = 아직 잡힌 모임 일정이 없어요.
meetups-mine =
    내 모임들의 다가오는 일정이에요.
    { $lines }
meetups-mine-empty = 다가오는 모임 일정이 없어요. /groups 에서 마음에 드는 모임을 찾아보세요.
meetup-new-pick = 어느 모임의 일정을 만들까요?
meetup-new-no-groups = 모임장이나 운영진인 모임이 있어야 일정을 만들 수 있어요. /group 으로 모임을 만들어 보세요.
meetup-created = '{ $title }' 일정을 만들었어요. 멤버들에게 알림을 보냈어요.
meetup-edited = 일정을 고쳤어요. 참석·아마도로 응답한 분들에게 알려 드렸어요.
meetup-cancel-confirm = '{ $title }' 일정을 취소할까요? 응답한 분들에게 취소 알림이 가요.
meetup-cancel-done = '{ $title }' 일정을 취소했어요.
meetup-stop-confirm = '{ $title }' 반복을 멈출까요? 이미 잡힌 일정은 그대로 남아요.
meetup-stop-done = 반복을 멈췄어요. 앞으로 새 일정은 만들어지지 않아요.

button-rsvp-going = 👍 갈게요
button-rsvp-maybe = 🤔 아마도
button-rsvp-declined = 🙅 못 가요
button-meetup-card = 일정 자세히
button-meetup-number = { $n }번 보기
button-new-meetup = ➕ 새 일정
button-meetup-in-group = { $name }
button-meetup-edit = ✏️ 고치기
button-meetup-cancel = 취소하기
button-meetup-stop-series = 반복 멈추기
button-checkin = ✅ 출석 체크
button-checkin-code = 코드 입력
button-checkin-place = 📍 위치로 출석
button-checkin-for = { $name } 출석 처리

rsvp-going = '{ $title }'에 참석으로 응답했어요. 하루 전과 한 시간 전에 알려 드릴게요.
rsvp-maybe = '{ $title }'에 '아마도'로 응답했어요.
rsvp-declined = '{ $title }'에 불참으로 응답했어요.
rsvp-waitlisted = '{ $title }' 정원이 다 찼어요. 대기 { $position }번째로 올렸고, 자리가 나면 바로 알려 드릴게요.

checkin-how = '{ $title }' 출석 체크: 모임장이 보여 주는 코드를 입력하거나, 지금 위치를 보내 주세요.
checkin-code-shown =
    '{ $title }' 출석 코드: { $code }
    참석자에게 이 코드를 보여 주세요. 아래 버튼으로 직접 출석 처리할 수도 있어요.
checkin-done = 출석 완료! 즐거운 시간 보내세요 🙌

notify-meetup-new =
    📅 { $group }에 새 모임 일정이 올라왔어요.
    { $title }
    🕒 { meetup-when }
    { meetup-where }
    갈 수 있나요?
notify-meetup-promoted = 🎉 자리가 났어요! 대기 중이던 '{ $title }'({ meetup-when })에 참석으로 바뀌었어요. 못 가게 되면 아래 버튼을 눌러 다음 분께 자리를 넘겨 주세요.
notify-meetup-changed =
    ✏️ '{ $title }' 일정이 바뀌었어요.
    🕒 { meetup-when }{ $timeChanged ->
        [yes] {" "}(바뀜)
       *[no] {""}
    }
    { meetup-where }{ $placeChanged ->
        [yes] {" "}(바뀜)
       *[no] {""}
    }
    👥 정원 { $capacity ->
        [none] 제한 없음
       *[other] { $capacity }명
    }{ $capacityChanged ->
        [yes] {" "}(바뀜)
       *[no] {""}
    }
    💰 { $cost ->
        [none] 없음
       *[other] { $cost }
    }{ $costChanged ->
        [yes] {" "}(바뀜)
       *[no] {""}
    }
notify-meetup-cancelled = ❌ '{ $title }'({ meetup-when }) 일정이 취소됐어요.
notify-meetup-reminder-day =
    ⏰ 내일 모임이 있어요: '{ $title }'
    🕒 { meetup-when }
    { meetup-where }
    못 가게 되면 미리 알려 주세요. 대기 중인 분께 자리가 넘어가요.
notify-meetup-reminder-hour =
    ⏰ 한 시간 뒤 '{ $title }' 모임이에요.
    🕒 { meetup-when }
    { meetup-where }
notify-meetup-reminder-waitlist = ⏳ 내일 '{ $title }'({ meetup-when }) 모임의 대기 1번째예요. 자리가 나면 바로 알려 드릴게요.

## Pinning a meetup for the neighbourhood, paid with points
button-meetup-pin = 📌 동네에 하루 고정
meetup-pin-confirm = '{ $title }'{ JOSA($title, "을/를") } { $hours }시간 동안 근처 모임 목록(/groups) 맨 위에 보여 줄까요? { $price }점이 들어요. (보유 { $balance }점)
meetup-pin-done = 📌 '{ $title }'{ JOSA($title, "을/를") } { $hours }시간 동안 근처 모임 목록 맨 위에 보여 줄게요.
meetups-pinned =
    📌 근처에서 주목받는 모임 일정이에요.
    { $lines }
meetups-pinned-empty = 지금 근처에 고정된 모임 일정이 없어요.
error-meetup-already-pinned = 이미 고정돼 있어요. { $hours }시간 뒤에 고정이 끝나면 다시 할 수 있어요.

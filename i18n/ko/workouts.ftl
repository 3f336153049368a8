# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = 이 운동 방은 이미 끝났어요. 모임 목록에서 다음 운동을 찾아보세요.
error-room-not-open = 이 운동 방은 아직 열리지 않았어요. 운동을 하지 않으려면 일정을 취소해 주세요.
error-room-not-going = 운동 방 링크는 '갈게요'로 답한 멤버에게만 드려요. 먼저 '👍 갈게요'를 눌러 주세요.
error-room-unknown = 그런 이름의 { -brand } 방은 없어요. 여기서 만든 적이 없거나 운동과 함께 지워졌어요.
error-room-event-ahead = 이 이벤트의 시각이 { -brand } 서버 시계보다 { $seconds }초 앞서 있어서 아직 맞을 수 없어요. Jitsi 서버의 시계(NTP)를 확인해 주세요.
error-room-event-outside = 이 이벤트의 시각이 방의 시간(시작 { $early }분 전부터 끝난 뒤 { $late }분까지)을 벗어났어요. Jitsi 서버의 시계(NTP)를 확인해 주세요.

# Answers to the Jitsi deployment's event sync (POST /jitsi/events/…).
jitsi-events-off = 방 이벤트가 꺼져 있어요. { -brand }에 JITSI_EVENTS_TOKEN을 정하고, 이벤트 싱크의 Authorization 헤더에 같은 토큰을 넣어 주세요.
jitsi-events-unauthorized = { -brand }의 JITSI_EVENTS_TOKEN과 같은 토큰을 "Authorization: Bearer"로 보내 주세요.
jitsi-events-bad-json = 본문이 JSON이 아니에요. 이벤트 싱크는 Content-Type application/json으로 JSON을 보내요.
jitsi-events-bad-field = "{ $field }" 필드가 없거나 이벤트 싱크가 보내는 형식이 아니에요.
jitsi-events-left-before-joined = 나간 시각이 들어온 시각보다 앞서 있어요(서버 시계가 뒤로 갔어요). 머문 시간이 없는 것으로 기록했어요.

# Workouts in the conversation.
error-rooms-not-configured = 아직 화상 방을 쓸 수 없어요. 운영진이 준비를 마치면 들어갈 수 있으니 나중에 다시 눌러 주세요.
error-workout-already-live = 이미 열어 둔 운동 방이 있어요. 그 방이 끝난 뒤에 새로 열 수 있어요.
error-workout-time-unreadable = 언제인지 알아듣지 못했어요. 한 번이면 '토요일 07:00', 매주면 '월수금 07:00 30분', '매주 토요일 9시', '평일 6:30'처럼 적어 주세요.
error-goal-unreadable = 목표를 알아듣지 못했어요. '주 3회', '매일 20분', '주 3회 150분'처럼 적거나, 목표를 없애려면 '없음'이라고 적어 주세요.

cmd-workout = 함께 운동: 지금 방 열기, 운동 계획, 모임 목표

field-workout-mode = 할 일
ask-workout-mode = 무엇을 할까요?
workout-mode-now = ▶️ 지금 방 열기
workout-mode-plan = 📅 운동 계획하기
workout-mode-goal = 🎯 모임 목표 정하기

field-workout-kind = 운동 종류
ask-workout-kind = 어떤 운동을 할까요?
workout-kind-home = 홈트
workout-kind-yoga = 요가
workout-kind-stretching = 스트레칭
workout-kind-pilates = 필라테스
workout-kind-strength = 근력
workout-kind-cardio = 유산소
workout-kind-other = 기타 운동
workout-kind-name = { $kind ->
    [home] { workout-kind-home }
    [yoga] { workout-kind-yoga }
    [stretching] { workout-kind-stretching }
    [pilates] { workout-kind-pilates }
    [strength] { workout-kind-strength }
    [cardio] { workout-kind-cardio }
   *[other] { workout-kind-other }
}

ask-workout-title = 운동 제목을 적어 주세요. 예: 아침 요가, 퇴근 후 홈트
field-workout-minutes = 운동 시간(분)
ask-workout-minutes = 몇 분 동안 할까요? (10~180분) 예: 30, 45분
field-workout-when = 운동 일정
ask-workout-when = 언제 할까요? 매주 하려면 요일을 붙여 주세요. 예: 토요일 07:00, 월수금 07:00 30분, 매주 토요일 9시, 평일 6:30
field-workout-goal = 모임 목표
ask-workout-goal = 멤버들이 함께 지킬 목표를 적어 주세요. 연속 기록(스트릭)은 이 목표로 세요. 예: 주 3회, 매일 20분, 주 3회 150분, 없음
field-goal-sessions = 목표 횟수
field-goal-minutes = 목표 시간(분)

workout-no-groups = 먼저 모임에 들어가야 운동 방을 열 수 있어요. /groups 에서 운동 모임을 찾아보세요.
workout-no-moderated-groups = 모임장이나 운영진인 모임에서만 운동을 계획하고 목표를 정할 수 있어요.
workout-pick-now = 어느 모임에서 지금 운동 방을 열까요? 멤버들에게 알림이 가요.
workout-pick-plan = 어느 모임의 운동을 계획할까요?
workout-pick-goal = 어느 모임의 목표를 정할까요?
workout-started = '{ $title }' 운동 방을 열었어요. 멤버들에게 알렸어요.
workout-planned = '{ $title }' 운동을 계획했어요. 멤버들에게 알렸어요.
workout-goal-set = 모임 목표를 정했어요. 멤버들이 모임 정보에서 볼 수 있어요.
workout-goal-cleared = 모임 목표를 없앴어요.

button-workout-join = 🎥 방 들어가기
button-room-enter = 🎥 방 들어가기
button-workout-end = 🛑 방 끝내기
workout-end-confirm = '{ $title }' 운동 방을 모두에게 끝낼까요? 더는 아무도 들어올 수 없고, 출석은 지금까지 머문 시간으로 세요.
workout-end-done = '{ $title }' 운동 방을 끝냈어요. Jitsi 화면에 남은 분이 있으면 방장 메뉴의 '모두에게 회의 종료'를 눌러 주세요.
workout-link =
    🎥 '{ $title }' 방에 들어가는 내 링크예요. 아래 버튼을 눌러 주세요.
    🕒 { $when } (링크는 { $opens } 사이에 쓸 수 있어요)
    { $moderator ->
        [yes] 👑 방장 권한이 있어요: 로비에서 기다리는 분을 들여보내고, 끝나면 모두를 위해 방을 닫을 수 있어요.
       *[no] 🚪 처음엔 로비에서 기다려요. 방장이 들여보내 줄 거예요.
    }
    🔒 나만 쓰는 개인 링크예요. 다른 사람에게 보내지 마세요.

workout-goal = { $period ->
    [day] { $sessions ->
        [1] 매일
       *[other] 하루 { $sessions }회
    }
   *[week] 주 { $sessions }회
}{ $minutes ->
    [none] {""}
   *[other] {" "}{ $minutes }분
}
group-card-goal = {"\u000A"}🎯 목표: { $goal }
workout-card-goal = {" "}· 🎯 모임 목표 { $goal }
meetup-card-workout = {"\u000A"}🏋️ { $kind } · { $minutes }분{ $goal }

notify-workout-new =
    🏋️ { $group }에 새 운동이 올라왔어요: { workout-kind-name } { $minutes }분
    { $title }
    🕒 { meetup-when }
    { meetup-where }
    참석하면 시작 { $early }분 전부터 방에 들어갈 수 있어요. 갈 수 있나요?
notify-workout-live =
    🔴 { $group }에서 지금 운동 방이 열렸어요: { workout-kind-name } { $minutes }분
    { $title }
    🕒 { meetup-when }
    함께하려면 '갈게요'를 누른 뒤 '방 들어가기'를 눌러 주세요.

# Streaks against a group's goal: /streak, its picture, and the evening nudge.
cmd-streak = 내 연속 운동 기록과 모임 멤버들의 기록
streak-count = { $period ->
    [day] { $count }일
   *[week] { $count }주
}
streak-group =
    🔥 { $group } · 🎯 { $goal }
    내 연속 기록: { $current } (최고 { $best })
    { $members }
    🗓️ 아래 달력은 지난 { $weeks }주예요. 한 칸이 하루(위에서부터 월~일)이고, 연한 칸은 운동한 날, 진한 칸은 { $period ->
        [day] 목표를 채운 날
       *[week] 목표를 채운 주에 운동한 날
    }이에요.
streak-members =
    멤버들의 연속 기록:
    { $lines }
streak-member-line = { $rank }. { $name } · { $count }
streak-members-none = 아직 연속 기록이 있는 멤버가 없어요. 첫 기록을 만들어 보세요!
streak-no-goal = 목표가 있는 운동 모임에 들어가면 연속 기록을 셀 수 있어요. 모임장이나 운영진은 /workout 에서 '모임 목표 정하기'로 목표를 정할 수 있어요.

notify-streak-nudge =
    🔥 { $group }에서 이어 온 { $period ->
        [day] { $count }일
       *[week] { $count }주
    } 연속 기록이 오늘 밤 끊겨요.
    { $period ->
        [day] 오늘
       *[week] 이번 주
    } 목표({ workout-goal })를 아직 채우지 못했어요. 지금 운동 방을 열거나 열린 방에 들어가 보세요.
button-streak = 🔥 연속 기록 보기
button-nudges-off = 🔕 이 알림 끄기

field-nudges = 연속 기록 알림
ask-nudges = 연속 기록이 끊기기 전날 저녁에 알려 드릴까요?
nudges-on = 🔔 알림 받기
nudges-off = 🔕 알림 끄기
nudges-state = { $nudges ->
    [on] 받아요
   *[off] 안 받아요
}

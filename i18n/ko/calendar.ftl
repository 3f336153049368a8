## 내 모임 캘린더 구독 (/calendar)과 캘린더 앱에 보이는 일정

cmd-calendar = 내 모임을 캘린더 앱에서 보기

calendar-feed =
    📅 내 모임 캘린더 주소예요. 이 주소를 아는 사람은 내 모임 일정을 볼 수 있으니 다른 사람에게 알려 주지 마세요.
    { $url }

    참석·미정·대기 중인 모임이 구독한 캘린더에 저절로 들어가고, 바뀌거나 취소되면 같이 바뀌어요.
    · Google 캘린더 (컴퓨터): 왼쪽 '다른 캘린더' 옆 + → 'URL로 추가' → 주소 붙여넣기
    · Apple 캘린더 (Mac): 파일 → '새로운 캘린더 구독' → 주소 붙여넣기
    · iPhone: 설정 → 캘린더 → 계정 → 계정 추가 → 기타 → '구독 캘린더 추가'
    주소가 알려졌다면 아래 버튼으로 새 주소를 만드세요. 예전 주소는 바로 막혀요.
button-calendar-reset = 새 주소 만들기
calendar-reset-confirm = 새 주소를 만들까요? 지금 주소로 구독한 캘린더는 더 이상 새 일정을 받지 못해서, 새 주소로 다시 구독해야 해요.
button-calendar-reset-sure = 네, 새 주소 만들기
calendar-reset-done = 새 주소를 만들었어요. 예전 주소는 이제 열리지 않아요.

## 캘린더 앱의 일정 설명

calendar-event-group = 모임: { $group }
calendar-event-cost = 비용: { $cost }
calendar-event-cancelled = 취소된 모임이에요.
calendar-answer-going = 내 응답: 참석
calendar-answer-maybe = 내 응답: 미정
calendar-answer-waitlisted = 내 응답: 대기 중
calendar-answer-waitlisted-at = 내 응답: 대기 { $position }번째
calendar-video-room = 화상 방 ({ -brand } 봇에서 참석하면 개인 링크를 받아요)

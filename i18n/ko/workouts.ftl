# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = 이 운동 방은 이미 끝났어요. 모임 목록에서 다음 운동을 찾아보세요.
error-room-not-going = 운동 방 링크는 '참석'으로 답한 멤버에게만 드려요. 먼저 '참석'을 눌러 주세요.
error-room-unknown = 그런 이름의 혼족 방은 없어요. 여기서 만든 적이 없거나 운동과 함께 지워졌어요.
error-room-event-ahead = 이 이벤트의 시각이 혼족 서버 시계보다 { $seconds }초 앞서 있어서 아직 맞을 수 없어요. Jitsi 서버의 시계(NTP)를 확인해 주세요.
error-room-event-outside = 이 이벤트의 시각이 방의 시간(시작 { $early }분 전부터 끝난 뒤 { $late }분까지)을 벗어났어요. Jitsi 서버의 시계(NTP)를 확인해 주세요.

# Answers to the Jitsi deployment's event sync (POST /jitsi/events/…).
jitsi-events-off = 방 이벤트가 꺼져 있어요. 혼족에 JITSI_EVENTS_TOKEN을 정하고, 이벤트 싱크의 Authorization 헤더에 같은 토큰을 넣어 주세요.
jitsi-events-unauthorized = 혼족의 JITSI_EVENTS_TOKEN과 같은 토큰을 "Authorization: Bearer"로 보내 주세요.
jitsi-events-bad-json = 본문이 JSON이 아니에요. 이벤트 싱크는 Content-Type application/json으로 JSON을 보내요.
jitsi-events-bad-field = "{ $field }" 필드가 없거나 이벤트 싱크가 보내는 형식이 아니에요.
jitsi-events-left-before-joined = 나간 시각이 들어온 시각보다 앞서 있어요(서버 시계가 뒤로 갔어요). 머문 시간이 없는 것으로 기록했어요.

# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = 이 운동 방은 이미 끝났어요. 모임 목록에서 다음 운동을 찾아보세요.
error-room-not-going = 운동 방 링크는 '참석'으로 답한 멤버에게만 드려요. 먼저 '참석'을 눌러 주세요.

## /rooms/<방> 방 페이지: honjok Jitsi Meet의 운동방·화상인증 방을 브라우저에서 엽니다.

room-page-title = { -brand } 화상 방
room-page-lead = 들어가기 전에 카메라와 마이크를 확인해요. 방장이 로비에서 들여보내 줘요.
room-page-left = 방에서 나왔어요. 메신저의 { -brand }으로 돌아가세요. 출석은 거기서 확인돼요.
room-page-no-pass = 이 링크에는 방 입장권이 없어요. { -brand }에서 방의 참여 버튼으로 링크를 다시 받아 그대로 열어 주세요.
room-page-no-script = 화상 서비스를 불러오지 못했어요. 연결을 확인하고 링크를 다시 열어 주세요.
room-page-unknown = 이 주소의 { -brand } 방은 없어요. 만들어진 적이 없거나 운동과 함께 지워졌어요.
room-page-over = 이미 끝난 방이에요. { -brand }에서 다음 운동을 찾아보세요.
room-page-not-configured = 이 { -brand }에는 화상 서버가 설정되어 있지 않아 방을 열 수 없어요. 운영자가 JITSI_DOMAIN에 Jitsi Meet 호스트(예: meet.example.kr)를 설정하고 jitsi/README.md에 적힌 배포를 실행해야 해요.

## The web playground: the page's own labels (sent to the page by /playground/api/strings)
## and the API's messages (playground-api-*, written by the server).

playground-title = 혼족 체험장
playground-tagline = 텔레그램·디스코드 봇과 똑같은 명령어와 버튼을 여기서 바로 써 보세요.
playground-note = 체험용 페르소나는 만든 브라우저에서만 쓸 수 있어요. 실제 사용자와 따로 지내고, 실제 계정과 연결할 수 없어요.
playground-language-switch = 화면 언어
playground-switch-ko = 한국어
playground-switch-en = English

playground-personas-heading = 누구로 체험해 볼까요?
playground-personas-existing = 만들어 둔 페르소나
playground-personas-empty = 이 브라우저에서 만든 페르소나가 아직 없어요. 아래에서 하나 만들어 보세요.
playground-persona-new = 새 페르소나 만들기
playground-persona-name = 이름
playground-persona-name-placeholder = 예: 민지
playground-persona-language = 봇이 쓸 언어
playground-persona-unverified = 아직 인증 안 함: /verify를 해 보기 (코드는 메일로 가요. SMTP가 없으면 .data/mail/ 폴더에 파일로 써져요)
playground-persona-create = 만들고 시작하기
playground-persona-change = 페르소나 바꾸기

playground-chat-hint = /start 를 보내 시작해 보세요. /help 를 보내면 쓸 수 있는 명령어를 알려 줘요.
playground-input-label = 메시지
playground-input-placeholder = 메시지나 /명령어 입력
playground-input-place-placeholder = 예: 마포구 또는 37.5665, 126.9780 망원동
playground-send = 보내기
playground-use-location = 📍 내 위치 보내기
playground-location-sent = 📍 내 위치를 보냈어요
playground-location-unavailable = 이 브라우저에서는 여기서 위치를 보낼 수 없어요. 마포구 같은 구 이름이나 37.5665, 126.9780 같은 좌표를 적어 주세요.
playground-location-failed = 브라우저가 지금 위치를 알아내지 못했어요. 다시 눌러 보거나, 마포구 같은 구 이름이나 37.5665, 126.9780 같은 좌표를 적어 주세요.
playground-location-denied = 위치 권한이 허용되지 않았어요. 주소창에서 이 사이트의 위치 권한을 허용하거나, 마포구 같은 구 이름이나 37.5665, 126.9780 같은 좌표를 적어 주세요.
playground-location-timeout = 위치를 찾는 데 너무 오래 걸렸어요. 다시 눌러 보거나, 마포구 같은 구 이름이나 37.5665, 126.9780 같은 좌표를 적어 주세요.
playground-attach-photo = 📷 사진 올리기
playground-photo-sent = 📷 사진을 보냈어요
playground-place = 📍 위치
playground-notification = 🔔 알림
playground-sending = 답을 기다리는 중…

playground-api-bad-request = 요청을 이해하지 못했어요. 확인할 부분: { $field }
playground-api-bad-json = 요청 본문이 올바른 JSON이 아니에요.
playground-api-too-large = 보낸 내용이 너무 커요. 더 짧게 보내 주세요.
playground-api-name-invalid = 이름을 적어 주세요. 보이는 글자로 40자까지 쓸 수 있어요.

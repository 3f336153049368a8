## Shared by every front door: commands, prompts, cards, errors and notifications.

-brand = 혼족

platform-name = { $platform ->
    [telegram] 텔레그램
    [discord] 디스코드
   *[web] 웹 체험장
}

cmd-start = 시작하기: 언어, 동네, 관심사 설정
cmd-help = 명령어 안내
cmd-profile = 내 프로필 보기
cmd-profile-edit = 프로필 고치기
cmd-settings = 언어·공개 범위 설정
cmd-link = 다른 메신저 계정 연결
cmd-cancel = 진행 중인 작업 취소

help-intro = { -brand }에서 쓸 수 있는 명령어예요:
unknown-command = 모르는 명령어예요. 이렇게 써 보세요:
unknown-text = 지금은 기다리던 답이 없어요. 명령어로 시작해 주세요:
dialog-elsewhere = 이 질문은 다른 대화방에서 시작했어요. 시작한 대화방에서 답하거나 /cancel 로 취소해 주세요.
stale-button = 이 버튼은 더 이상 쓸 수 없어요. 다시 시작해 주세요:

field-language = 언어
field-visibility = 프로필 공개 범위
field-area = 동네
field-interests = 관심사
field-name = 이름
field-bio = 자기소개
field-time-zone = 시간대
field-link-code = 연결 코드

ask-language = 안녕하세요! { -brand }에 오신 걸 환영해요. 어떤 언어로 안내할까요?
ask-area = 사는 동네를 알려 주세요. 위치를 공유하거나 "37.5665, 126.9780 망원동"처럼 좌표와 이름을 적어 주세요. 정확한 위치는 저장하지 않고 500m 단위로만 기억해요.
ask-interests = 관심사를 쉼표로 나눠 적어 주세요. (예: 요리, 러닝, 보드게임)
ask-name = 새 이름을 적어 주세요. (40자 이내)
ask-bio = 짧은 자기소개를 적어 주세요. (300자 이내)
ask-time-zone = 시간대를 적어 주세요. (예: Asia/Seoul)
ask-visibility = 프로필을 누구에게 보여 줄까요?
ask-link-code = 다른 메신저에서 받은 연결 코드를 적어 주세요.

language-ko = 한국어
language-en = English
visibility-everyone = 모두에게
visibility-groups = 같은 모임 사람에게만
visibility-nobody = 아무에게도 안 보임

button-skip = 건너뛰기
button-edit-name = ✏️ 이름
button-edit-bio = ✏️ 자기소개
button-edit-interests = ✏️ 관심사
button-edit-area = ✏️ 동네

start-done = { $name }님, 준비가 끝났어요! 언제든 /profile 로 프로필을, /settings 로 설정을 바꿀 수 있어요.
profile-card =
    👤 { $name }
    자기소개: { $bio }
    관심사: { $interests }
    동네: { PLACE($area) }
    언어: { $language }
    공개 범위: { $visibility }
    연결된 메신저: { $platforms }
    성별 (나만 보여요): { $gender }
    본인 인증: { $verified }
profile-none = 없음
profile-area-coordinates = { $lat }, { $lng } 근처
profile-saved = 프로필을 저장했어요.

settings-card =
    ⚙️ 설정
    언어: { $language }
    공개 범위: { $visibility }
    시간대: { $timeZone }
    연속 기록 알림: { $nudges }
    순위표: { $leaderboard }
settings-saved =
    ✅ 설정을 바꿨어요.
    언어: { $language }
    공개 범위: { $visibility }
    시간대: { $timeZone }
    연속 기록 알림: { $nudges }
    순위표: { $leaderboard }

link-code = 연결 코드: { $code }
    다른 메신저에서 /link { $code } 를 보내 주세요. { $minutes }분 동안 한 번만 쓸 수 있어요.
link-done = { $platform ->
        [telegram] 텔레그램
        [discord] 디스코드
       *[web] 웹 체험장
    } 계정을 연결했어요. 이제 두 메신저에서 같은 프로필을 써요.
link-done-merged = { $platform ->
        [telegram] 텔레그램
        [discord] 디스코드
       *[web] 웹 체험장
    } 계정을 연결했어요. 코드를 만든 쪽의 프로필을 쓰고, 이 계정에 있던 프로필은 정리했어요.

cancel-done = 진행 중이던 작업을 취소했어요.
cancel-nothing = 취소할 작업이 없어요.

error-invalid-input = 입력을 이해하지 못했어요. 다시 확인해 주세요.
error-invalid-field = '{ $field }' 값을 이해하지 못했어요. 다시 적어 주세요.
error-empty-answer = '{ $field }'에 아무것도 적히지 않았어요. 보이는 글자로 적어 주세요.
error-count-out-of-range = '{ $field }'{ JOSA($field, "은/는") } { $min }부터 { $max }까지의 숫자로 적어 주세요.
error-text-too-long = 너무 길어요. { $max }자 이내로 적어 주세요.
error-not-found = 찾을 수 없어요.
error-link-code-invalid = 코드가 맞지 않거나 만료되었어요. 상대 메신저에서 /link 로 새 코드를 받아 주세요.
error-link-too-many-attempts = 잘못된 코드를 너무 여러 번 입력했어요. 10분 뒤에 다시 시도해 주세요.
error-link-own-code = 이 코드는 지금 이 계정에서 만든 거예요. 다른 메신저에서 입력해 주세요.
error-link-playground = 체험장 페르소나는 실제 계정과 연결할 수 없어요.
error-link-same-platform = 이미 { $platform ->
        [telegram] 텔레그램
        [discord] 디스코드
       *[web] 웹 체험장
    } 계정이 연결되어 있어요. 메신저마다 계정은 하나만 연결할 수 있어요.
error-unexpected = 잠시 문제가 생겼어요. 조금 뒤에 다시 시도해 주세요.

notify-account-linked = 🔗 { $platform ->
        [telegram] 텔레그램
        [discord] 디스코드
       *[web] 웹 체험장
    } 계정이 내 { -brand } 프로필에 연결되었어요. 직접 한 일이 아니라면 알려 주세요.
error-private-chat-only = 이 방의 모두가 답을 보게 되니 여기서는 할 수 없어요. 저와의 1:1 대화에서 명령어를 보내 주세요.

## /foryou: recommendations near home (core/recommendations)
cmd-foryou = 나에게 맞는 근처 모임·일정 추천
foryou-list =
    ✨ 나에게 맞는 근처 추천이에요.
    { $lines }
    관심 없는 건 '관심 없음'을 눌러 주세요. 다음 추천에 반영돼요.
foryou-line-group = { $n }. 👥 { $title }
    { $why }
foryou-line-meetup = { $n }. 📅 { $title } ({ $group }) · { $when }
    { $why }
foryou-why-more = { $before } · { $next }
foryou-reason-interests = 관심사 { $words }
foryou-reason-activity-group = 이번 주 { $people }명 가입
foryou-reason-activity-meetup = { $people }명 참석 예정
foryou-reason-co-members = 내 모임 사람 { $people }명
foryou-reason-new = 새로 생긴 모임
foryou-reason-pinned = 📌 주목받는 일정
button-foryou-open = { $n }번 보기
button-foryou-hide = { $n }번 관심 없음
foryou-empty = 지금은 근처에 추천할 모임이나 일정이 없어요. /groups 에서 둘러보거나 /group 으로 직접 모임을 만들어 보세요.
foryou-no-home = 추천은 사는 동네를 기준으로 해요. /profile 에서 동네를 먼저 정해 주세요 (예: 마포구).
foryou-hidden = 알겠어요, 다시 추천하지 않을게요.
button-foryou-basis = ℹ️ 추천 기준
foryou-basis =
    ℹ️ 추천은 이것만 보고 골라요:
    📍 사는 동네: { $home } (반경 { $km }km)
    💡 관심사: { $interests }
    🙅 '관심 없음'으로 뺀 것: { $dismissed }개
    이름, 연락처, 정확한 위치, 대화 내용은 추천에 쓰지 않아요.
    추천은 지금 { $on ->
        [yes] 켜져 있어요.
       *[no] 꺼져 있어요.
    }
foryou-basis-home = 정해진 동네
foryou-basis-no-home = 아직 없음 (/profile 에서 정해 주세요)
foryou-basis-no-interests = 아직 없음 (/profile 에서 정해 주세요)
button-foryou-off = 🔕 추천 끄기
button-foryou-on = 🔔 추천 켜기
foryou-off = 추천을 꺼 두셨어요. 다시 받으려면 아래 버튼을 눌러 주세요.
foryou-turned-off = 추천을 껐어요. 이제 추천을 만들지 않아요.
foryou-turned-on = 추천을 다시 켰어요.

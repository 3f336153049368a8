## 취미 모임: 찾기, 만들기, 가입과 운영, 게시판과 알림.

cmd-groups = 근처 취미 모임 찾기
cmd-group = 취미 모임 만들기
cmd-mygroups = 내 모임
cmd-group-board = 모임 게시판
discord-group-group = 취미 모임: 찾기, 만들기, 내 모임

## 모임을 만들고 고칠 때 묻는 것들

field-group-name = 모임 이름
field-group-tags = 태그
field-group-policy = 가입 방식
field-group-limit = 정원
field-group-question = 가입 질문
field-group-answer = 답변
field-group-query = 검색어
field-group-notice = 새 글 알림
field-group-post = 글
field-group-comment = 댓글

ask-group-name = 모임 이름을 지어 주세요. (2~60자)
ask-group-category = 어떤 모임인가요?
ask-group-tags = 태그를 쉼표나 띄어쓰기로 나눠 적어 주세요. (예: 풋살, 주말, 초보환영 · 10개까지) 건너뛰어도 돼요.
ask-group-area = 모임은 어느 동네에서 하나요? 위치를 공유하거나 '관악구' 같은 장소 이름을 적어 주세요. 정확한 위치는 저장하지 않고 500m 단위로만 보여 줘요.
ask-group-policy = 누구나 바로 가입할 수 있게 할까요, 모임장·운영진이 승인할까요?
ask-group-description = 어떤 모임인지 소개해 주세요. (1,000자까지) 건너뛰어도 돼요.
ask-group-limit = 정원이 있나요? 숫자로 적어 주세요. (2~1,000명, 0은 정원 없음) 없으면 건너뛰세요.
ask-group-question = 승인제 모임이라면, 가입을 신청할 때 물어볼 질문을 적어 주세요. (예: 풋살 해 보셨어요?) 필요 없으면 건너뛰세요.
ask-group-answer = 모임 카드에 있는 가입 질문에 답해 주세요. 모임장과 운영진만 봐요. (300자까지)
ask-group-query = 무엇을 찾을까요? 예: 풋살, #운동
ask-group-notice = 이 모임의 새 글을 어떻게 알려 드릴까요?
ask-group-post = 게시판에 올릴 글을 적어 주세요. (2,000자까지)
ask-group-comment = 댓글을 적어 주세요. (1,000자까지)
ask-group-confirm = 이대로 할까요?

group-category-sports = 운동
group-category-games = 게임
group-category-food = 맛집
group-category-cooking = 요리
group-category-reading = 독서
group-category-study = 스터디
group-category-culture = 문화·예술
group-category-outdoors = 야외활동
group-category-music = 음악
group-category-other = 기타

group-policy-open = 누구나 바로 가입
group-policy-approval = 승인 후 가입

group-notice-each = 글마다 알림
group-notice-digest = 하루 한 번 모아서
group-notice-none = 알리지 않기

group-confirm-yes = 네
group-confirm-no = 아니요
group-kept = 알겠어요, 그대로 둘게요.

## 모임 카드와 목록

group-card =
    👥 { $name }
    { $category } · { $tags }

    { $description }

    📍 { PLACE($area) } { $distance }
    멤버 { $members } · { $policy }{ $goal }{ $question }
    나: { $standing }{ $notice }
group-card-question = {"\u000A"}❓ 가입 질문: { $question }
group-card-notice = {" "}· { $notice }
group-no-tags = 태그 없음
group-members-count = { $count }명
group-members-of-limit = { $count }/{ $limit }명
group-standing-owner = 모임장
group-standing-moderator = 운영진
group-standing-member = 멤버
group-standing-pending = 가입 승인을 기다리는 중
group-standing-none = 아직 가입하지 않았어요
group-role-owner = 👑 모임장
group-role-moderator = ⭐ 운영진
group-role-member = 멤버
group-line = { $n }. { $name } · { $category } · { $members } · { $where }

groups-found =
    근처 모임이에요:
    { $lines }
groups-found-empty = 조건에 맞는 모임이 근처에 없어요. 직접 만들어 보는 건 어때요?
mygroups-list =
    내 모임:
    { $lines }
mygroups-list-empty = 아직 가입한 모임이 없어요. 근처 모임을 찾아보거나 직접 만들어 보세요.

button-group-number = { $n }번 보기
button-group-view = 모임 보기
button-group-create = ➕ 모임 만들기
button-group-find = 🔍 모임 찾기
button-group-join = 가입하기
button-group-request = 가입 신청
button-group-board = 📋 게시판
button-group-write = ✏️ 글쓰기
button-group-meetups = 📅 일정
button-group-members = 👥 멤버
button-group-notice = 🔔 새 글 알림
button-group-leave = 나가기
button-group-requests = 가입 신청 { $n }건
button-group-announce = 📢 공지 쓰기
button-group-edit = ⚙️ 모임 설정
button-group-kick = 내보내기
button-group-mod = 운영진 지정
button-group-unmod = 운영진 해제
button-group-owner = 모임장 넘기기
button-group-delete = 모임 없애기

## 가입과 운영

group-created = 「{ $name }」 모임을 만들었어요! 이웃들이 /groups 에서 찾을 수 있어요.
group-joined = 모임에 가입했어요. 환영해요!
group-requested = 가입을 신청했어요. 모임장이나 운영진이 승인하면 알려 드릴게요.
group-requests =
    가입 신청이에요:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}외 { $more }명이 더 기다리고 있어요.
    }
group-requests-empty = 기다리는 가입 신청이 없어요.
group-request-line = • { $name }: { $answer }
button-join-approve = ✅ 승인
button-join-reject = 거절
button-join-approve-name = ✅ { $name }
button-join-reject-name = ✖ { $name }
group-request-approved = 가입을 승인했어요.
group-request-rejected = 가입 신청을 거절했어요.
group-leave-confirm = 「{ $name }」 모임에서 나갈까요?
group-left = 「{ $name }」 모임에서 나왔어요.
group-left-ended = 마지막 멤버였던 모임장이 나가서 「{ $name }」 모임이 없어졌어요.
group-delete-confirm = 「{ $name }」 모임을 없앨까요? 게시판과 일정도 모두 지워지고 되돌릴 수 없어요.
group-deleted = 「{ $name }」 모임을 없앴어요. 멤버들에게 알렸어요.
group-edited = 모임 설정을 바꿨어요.
group-notice-set = 새 글 알림을 '{ $notice }'{ JOSA($notice, "으로/로") } 바꿨어요.

group-members-list =
    멤버 { $count }명:
    { $lines }
group-member-line-owner = 👑 { $name }
group-member-line-moderator = ⭐ { $name }
group-member-line-member = · { $name }
group-pick-member = 누구에게 할까요?
group-pick-nobody = 고를 수 있는 멤버가 없어요.
group-kick-confirm = { $name }님을 「{ $group }」에서 내보낼까요?
group-kicked = { $name }님을 내보냈어요.
group-mod-confirm = { $name }님을 「{ $group }」 운영진으로 지정할까요?
group-modded = { $name }님이 운영진이 됐어요.
group-unmod-confirm = { $name }님의 운영진 역할을 해제할까요?
group-unmodded = { $name }님이 이제 일반 멤버예요.
group-owner-confirm = 「{ $group }」의 모임장을 { $name }님에게 넘길까요? 나는 운영진으로 남아요.
group-owner-handed = { $name }님이 새 모임장이 됐어요.

## 게시판

group-board =
    📋 { $group } 게시판
    { $lines }
group-board-empty = 아직 글이 없어요. 첫 글을 남겨 보세요!
group-post-line = { $n }. { $mark }{ $excerpt } · { $name } · { $age } · 💬 { $comments }
group-post-card =
    📝 { $group } · { $name } · { $age }

    { $body }

    💬 댓글 { $count }개{ $count ->
        [0] {""}
       *[other] {"\u000A"}{ $lines }
    }
group-announcement-card =
    📢 { $group } 공지 · { $name } · { $age }

    { $body }

    💬 댓글 { $count }개{ $count ->
        [0] {""}
       *[other] {"\u000A"}{ $lines }
    }
group-comment-line = ↳ { $name }: { $body } ({ $age })
button-group-post = 글 보기
button-group-comment = 💬 댓글 달기
button-group-post-delete = 🗑 지우기
group-posted = 글을 올렸어요.
group-post-delete-confirm = '{ $excerpt }' 글을 지울까요? 댓글도 함께 지워져요.
group-post-deleted = 글을 지웠어요.

## 알림

notify-group-join-request =
    「{ $group }」에 { $name }님이 가입을 신청했어요.
    답변: { $answer }
notify-group-join-approved = 「{ $group }」 가입이 승인됐어요. 환영해요!
notify-group-join-rejected = 아쉽지만 「{ $group }」 가입 신청이 거절됐어요.
notify-group-removed = 「{ $group }」 모임에서 내보내졌어요.
notify-group-role = 「{ $group }」에서 { $role ->
        [moderator] 운영진이 됐어요.
       *[member] 운영진 역할이 해제됐어요.
    }
notify-group-owner = 「{ $group }」의 모임장이 됐어요.
notify-group-deleted = 「{ $group }」 모임이 없어졌어요.
notify-group-post = 「{ $group }」 새 글 · { $name }: { $excerpt }
notify-group-announcement = 📢 「{ $group }」 공지 · { $name }: { $excerpt }
notify-group-comment = 「{ $group }」 내 글에 { $name }님이 댓글을 달았어요: { $excerpt }
notify-group-digest =
    「{ $group }」에 새 글이 { $count }개 올라왔어요.
    { $lines }

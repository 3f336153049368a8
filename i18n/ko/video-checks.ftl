# 1:1 화상인증: honjok Jitsi Meet 방에서 한 사람과 운영자가 만나요.

cmd-videocheck = 화상인증 받기: 운영자와 짧은 1:1 영상 통화

video-check-requested = 📹 운영자에게 화상인증을 요청했어요. 운영자가 맡으면 { $minutes }분 동안 열리는 1:1 방으로 가는 버튼을 보내 드려요. { $hours }시간 안에 아무도 맡지 않으면 요청을 거두고 알려 드려요. 녹화는 하지 않아요. 마음이 바뀌면 아래에서 취소할 수 있어요.
video-check-link =
    🎥 화상인증 방으로 가는 내 링크예요: 아래 버튼을 누르세요. { $span } 동안 쓸 수 있어요.
    { $moderator ->
        [yes] 👑 이 방은 내가 운영해요: 로비에서 상대를 들여보내고, 끝나면 아래에서 인증하거나 거절하세요.
       *[no] 🚪 먼저 로비에서 기다려요. 운영자가 들여보내 줘요.
    }
    🔒 이 링크는 나만 쓰는 거예요. 다른 사람에게 주지 마세요. 녹화는 하지 않아요.
video-check-confirmed-reply = ✅ 인증했어요: { $name }님에게 화상인증 표시가 생겼고 알림도 보냈어요.
video-check-cancelled-reply = 화상인증 요청을 취소했어요. 이제 아무도 맡지 않아요. 언제든 /videocheck로 다시 요청할 수 있어요.
video-check-declined-reply = 거절했어요: { $name }님에게 알렸고, /videocheck로 다시 요청할 수 있어요.

notify-video-check-requested = 📹 { $name }님이 화상인증을 요청했어요. 맡으면 두 사람만의 1:1 방이 { $minutes }분 동안 열려요.
notify-video-check-taken = 📹 운영자가 화상인증을 맡았어요. 방은 { $minutes }분 동안 열려 있어요. 참여를 눌러 내 링크를 받으세요.
notify-video-check-joined = 🟢 { $name }님이 화상인증 방에 들어왔어요.
notify-video-check-left = ⚪ { $name }님이 화상인증 방에서 나갔어요.
notify-video-check-cancelled = { $name }님이 화상인증을 취소했어요. 방에는 더 들어갈 수 없고, 결정할 것도 없어요.
notify-video-check-expired = ⌛ { $hours }시간 안에 화상인증을 맡은 운영자가 없어서 요청을 거뒀어요. 언제든 다시 요청할 수 있어요.
notify-video-check-confirmed = ✅ 화상인증이 끝났어요. 이제 화상인증 표시가 있어요. 화상인증이 필요한 합승에도 탈 수 있어요.
notify-video-check-declined = 이번에는 운영자가 화상인증을 하지 못했어요. /videocheck로 다시 요청할 수 있어요.

button-video-check-take = 📹 이 화상인증 맡기
button-video-check-join = 🎥 화상인증 참여
button-video-check-cancel = ✖️ 화상인증 취소
button-video-check-again = 📹 다시 요청
button-video-check-confirm = ✅ 인증
button-video-check-decline = ❌ 거절

error-video-check-no-operators = 이 { -brand }에서는 아직 화상인증을 받을 수 없어요. 화상인증을 맡는 운영자가 아직 없어요. 나중에 /videocheck로 다시 요청해 주세요.
error-video-check-open = { $taken ->
        [yes] 이미 운영자가 화상인증을 맡았어요. 맡았다는 알림의 참여 버튼으로 방에 들어가거나, 아래에서 취소하세요.
       *[no] 이미 화상인증을 요청했어요. 곧 운영자가 맡을 거예요. 맡으면 방으로 가는 버튼을 보내 드려요. 마음이 바뀌면 아래에서 취소하세요.
    }
error-video-check-already-verified = 이미 화상인증 표시가 있어요. 더 확인할 것이 없어요.
error-video-check-not-operator = 화상인증은 { -brand }의 화상인증 운영자만 맡을 수 있고, 자기 것은 맡을 수 없어요.
error-video-check-taken = 다른 운영자가 이미 이 화상인증을 맡았어요.
error-video-check-not-yours = 이 화상인증을 맡은 운영자만 결정할 수 있어요.
error-video-check-decided = { $status ->
        [confirmed] 이미 끝난 화상인증이에요. 인증되어 화상인증 표시가 생겼고, 방에는 더 들어갈 수 없어요.
        [declined] 이미 끝난 화상인증이에요. 거절되어 방에는 더 들어갈 수 없어요. /videocheck로 새로 요청할 수 있어요.
       *[expired] 이미 끝난 화상인증이에요. 취소되었거나 시간이 지나서 방에는 더 들어갈 수 없어요. /videocheck로 새로 요청할 수 있어요.
    }
error-video-check-not-joined = { $who ->
        [person] { $name }님이 아직 화상인증 방에 들어오지 않아서 인증할 수 없어요. 통화에서 서로 얼굴을 본 뒤에 인증하세요. 거절은 지금도 할 수 있어요.
       *[you] 아직 화상인증 방에 들어가지 않아서 인증할 수 없어요. 통화에서 { $name }님의 얼굴을 본 뒤에 인증하세요. 거절은 지금도 할 수 있어요.
    }

error-ride-needs-video-check = 이곳의 합승은 화상인증 표시가 있는 사람만 탈 수 있어요. /videocheck로 운영자와 짧은 1:1 영상 통화를 하면 받을 수 있어요. 녹화는 하지 않아요.

# 1:1 video checks (화상인증): a person and an operator in a room of honjok's Jitsi Meet.

cmd-videocheck = Get the video verified mark: a short 1:1 video call with an operator

video-check-requested = 📹 I asked the operators for your video check. When one takes it, you get a button to your own 1:1 room, open for { $minutes } minutes. If nobody takes it within { $hours } hours, I give it up and tell you. Nothing is recorded. Changed your mind? Cancel it below.
video-check-link =
    🎥 Your own link to the video check room: tap the button below. It works { $span }.
    { $moderator ->
        [yes] 👑 You run this room: let the person in from the lobby, and when you are done, confirm or decline below.
       *[no] 🚪 Wait in the lobby first; the operator lets you in.
    }
    🔒 The link is yours alone: do not pass it on. Nothing is recorded.
video-check-confirmed-reply = ✅ Confirmed: { $name } now has the video verified mark, and has been told.
video-check-cancelled-reply = Cancelled: nobody will take this video check now. Ask again with /videocheck whenever you like.
video-check-declined-reply = Declined: { $name } has been told and may ask again with /videocheck.

notify-video-check-requested = 📹 { $name } asks for a video check. Take it to open a 1:1 room for the two of you, for { $minutes } minutes.
notify-video-check-taken = 📹 An operator took your video check: the room is open for { $minutes } minutes. Tap Join for your own link.
notify-video-check-joined = 🟢 { $name } came into the video check room.
notify-video-check-left = ⚪ { $name } left the video check room.
notify-video-check-cancelled = { $name } cancelled their video check: its room takes no one any more, and there is nothing to decide.
notify-video-check-expired = ⌛ No operator took your video check within { $hours } hours, so I gave it up. Ask again whenever you like.
notify-video-check-confirmed = ✅ Your video check is confirmed: you have the video verified mark now. Rides that ask for it are open to you.
notify-video-check-declined = The operator could not confirm your video check this time. You can ask again with /videocheck.

button-video-check-take = 📹 Take this video check
button-video-check-join = 🎥 Join the video check
button-video-check-cancel = ✖️ Cancel the video check
button-video-check-again = 📹 Ask again
button-video-check-confirm = ✅ Confirm
button-video-check-decline = ❌ Decline

error-video-check-no-operators = Video checks are not available on this honjok yet: no operator takes them so far. Please ask again with /videocheck later.
error-video-check-open = { $taken ->
        [yes] You already have a video check under way: an operator took it. Go into the room with the Join button in the message saying so, or cancel it below.
       *[no] You already asked for a video check: an operator will take it soon, and then you get a button to the room. Changed your mind? Cancel it below.
    }
error-video-check-already-verified = You already have the video verified mark: there is nothing more to check.
error-video-check-not-operator = Only honjok's video check operators take video checks, and never their own.
error-video-check-taken = Another operator took this video check already.
error-video-check-not-yours = Only the operator who took this video check can decide it.
error-video-check-decided = { $status ->
        [confirmed] This video check is over: it was confirmed, and the video verified mark is given. Its room takes no one any more.
        [declined] This video check is over: it was declined, so its room takes no one any more. A new one can be asked for with /videocheck.
       *[expired] This video check is over: it was cancelled, or its time ran out, so its room takes no one any more. A new one can be asked for with /videocheck.
    }
error-video-check-not-joined = { $who ->
        [person] { $name } has not come into the video check room yet, so there is nothing to confirm: confirm once you have seen each other on the call. You can decline now if you need to.
       *[you] You have not come into the video check room yet, so there is nothing to confirm: confirm once you have seen { $name } on the call. You can decline now if you need to.
    }

error-ride-needs-video-check = Rides here are only for people with the video verified mark. Get it with /videocheck: a short 1:1 video call with an operator, nothing recorded.

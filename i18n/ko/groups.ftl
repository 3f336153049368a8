## Hobby groups and meetups: refusals. Commands' own strings follow in groups-*.ftl files.

error-group-not-member = 이 모임의 멤버만 할 수 있어요.
error-group-already-member = 이미 이 모임의 멤버예요.
error-group-full = 모임 정원({ $limit }명)이 다 찼어요.
error-group-join-pending = 가입 신청이 이미 접수되어 승인을 기다리고 있어요.
error-group-not-moderator = 모임장이나 운영진만 할 수 있어요.
error-group-not-owner = 모임장만 할 수 있어요.
error-group-owner-must-hand-over = 모임장은 먼저 다른 멤버에게 모임장을 넘겨야 나갈 수 있어요.
error-group-limit-below-members = 정원은 지금 멤버 수({ $members }명)보다 적게 정할 수 없어요.
error-group-no-request = 처리할 가입 신청이 없어요.
error-too-many-groups = 모임은 한 사람이 { $max }개까지 만들 수 있어요.
error-meetup-in-past = 시작 시간이 이미 지났어요. 앞으로의 시간을 정해 주세요.
error-meetup-ends-before-start = 끝나는 시간이 시작 시간보다 뒤여야 해요.
error-meetup-too-long = 모임은 { $hours }시간을 넘길 수 없어요.
error-meetup-too-far = { $days }일 이내의 모임만 만들 수 있어요.
error-meetup-capacity-below-going = 정원은 이미 참석하기로 한 인원({ $going }명)보다 적게 정할 수 없어요.
error-meetup-cancelled = 취소된 모임이에요.
error-meetup-finished = 이미 끝난 모임이에요.
error-meetup-started = 이미 시작한 모임은 시간을 바꿀 수 없어요.
error-checkin-closed = 출석 체크는 모임 시작 { $minutes }분 전부터 끝날 때까지만 할 수 있어요.
error-checkin-code-wrong = 출석 코드가 맞지 않아요. (남은 시도 { $left }번)
error-checkin-too-many-attempts = 출석 코드를 너무 많이 틀렸어요. 모임장에게 직접 확인을 부탁해 주세요.
error-checkin-too-far = 모임 장소에서 { $metres }m 안에 있어야 위치로 출석할 수 있어요. (지금 약 { $distance }m)
error-meetup-time-unreadable = 시간을 알아듣지 못했어요. 예: 토요일 오후 3시, 11/28 19:00~21:00, 다음주 금요일 19:30
error-checkin-not-going = '참석'으로 응답한 사람만 출석 체크할 수 있어요.
error-group-chat-private = 모임 채팅방 연결은 그룹이나 채널(디스코드는 서버 채널)에서 해 주세요.
error-group-chat-not-manager = 이 방의 관리자만 모임을 연결하거나 해제할 수 있어요.
error-group-chat-taken = 이 방은 이미 다른 모임에 연결되어 있어요. 먼저 연결을 해제해 주세요.

## A meetup as a Discord server's scheduled event.
discord-event-description = { $group } 모임 · 회비: { $cost } · { -brand } 봇에서 참석 응답을 할 수 있어요.
discord-event-location = { PLACE($place) }
discord-event-location-video-room = 화상 방 · { -brand } 봇에서 참석하면 개인 링크를 받아요
discord-event-location-unnamed = 장소는 봇에서 확인하세요

## Linking a group chat.
cmd-group-link = 이 채팅방을 내 모임과 연결
cmd-group-unlink = 이 채팅방의 모임 연결 해제
button-group-name = { $name }
group-link-pick = 이 채팅방과 연결할 모임을 고르세요. 공지, 새 모임 일정과 알림이 이곳에도 올라와요.
group-link-none = 연결할 수 있는 모임이 없어요. 내가 모임장이나 운영진인 모임만 연결할 수 있어요.
group-linked = 이 채팅방이 「{ $group }」 모임과 연결됐어요. 공지, 새 모임 일정과 알림이 이곳에도 올라와요.{ $open ->
    [yes] {" "}이 방에 들어오는 사람은 모임에도 가입돼요.
   *[no] {""}
}
group-unlinked = 이 채팅방의 모임 연결을 해제했어요.
group-unlinked-none = 이 채팅방은 모임과 연결되어 있지 않아요.

## Hobby groups and meetups: refusals. Commands' own strings follow in groups-*.ftl files.

error-group-not-member = Only members of this group can do that.
error-group-already-member = You are already a member of this group.
error-group-full = This group is full ({ $limit } members).
error-group-join-pending = Your request to join is already waiting for approval.
error-group-not-moderator = Only the group's owner or moderators can do that.
error-group-not-owner = Only the group's owner can do that.
error-group-owner-must-hand-over = As the owner, hand the group over to another member before you leave.
error-group-limit-below-members = The member limit cannot be below the current { $members } members.
error-group-no-request = There is no request to join to decide on.
error-too-many-groups = One person can create up to { $max } groups.
error-meetup-in-past = That start time has already passed. Pick a time ahead.
error-meetup-ends-before-start = A meetup must end after it starts.
error-meetup-too-long = A meetup can last at most { $hours } hours.
error-meetup-too-far = Meetups can be planned up to { $days } days ahead.
error-meetup-capacity-below-going = The capacity cannot be below the { $going } people already going.
error-meetup-cancelled = That meetup was cancelled.
error-meetup-finished = That meetup has already ended.
error-meetup-started = A meetup that has started cannot be moved.
error-checkin-closed = Check-in is open from { $minutes } minutes before the start until the end.
error-checkin-code-wrong = That check-in code is not right ({ $left } tries left).
error-checkin-too-many-attempts = Too many wrong check-in codes. Ask the host to check you in.
error-checkin-too-far = To check in by location you need to be within { $metres } m of the venue (you are about { $distance } m away).
error-meetup-time-unreadable = I could not read that time. For example: sat 3pm, 11/28 19:00-21:00, next friday 19:30
error-checkin-not-going = Only people who said they are going can check in.
error-group-chat-private = Link a group in a group chat or channel (on Discord, a server channel).
error-group-chat-not-manager = Only the chat's admins can link a group to it or unlink it.
error-group-chat-taken = This chat is already linked to another group. Unlink it first.

## A meetup as a Discord server's scheduled event.
discord-event-description = A { $group } meetup · Cost: { $cost } · RSVP with the honjok bot.
discord-event-location = { PLACE($place) }
discord-event-location-video-room = Video room · answer Going in the honjok bot for your own link
discord-event-location-unnamed = See the bot for the venue

## Linking a group chat.
cmd-group-link = Link this chat to one of your groups
cmd-group-unlink = Unlink this chat from its group
button-group-name = { $name }
group-link-pick = Pick the group to link to this chat. Its announcements, new meetups and reminders will be posted here too.
group-link-none = You have no group to link. You can link groups you own or moderate.
group-linked = This chat is now linked to "{ $group }". Its announcements, new meetups and reminders will be posted here too.{ $open ->
    [yes] {" "}People who join this chat join the group too.
   *[no] {""}
}
group-unlinked = This chat is no longer linked to a group.
group-unlinked-none = This chat is not linked to a group.

# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = This workout room has already ended. Look for the next workout in the meetup list.
error-room-not-going = Room links are for members who answered "Going". Tap Going first.
error-room-unknown = No room of honjok has that name: it was never made here, or it was deleted with its workout.
error-room-event-ahead = This event's time is { $seconds } seconds ahead of honjok's clock, so it cannot be right yet. Check the Jitsi server's clock (NTP).
error-room-event-outside = This event's time lies outside the room's time (from { $early } minutes before its start to { $late } minutes after its end). Check the Jitsi server's clock (NTP).

# Answers to the Jitsi deployment's event sync (POST /jitsi/events/…).
jitsi-events-off = Room events are switched off: set JITSI_EVENTS_TOKEN on honjok and the same token in the event sync's Authorization header.
jitsi-events-unauthorized = Send "Authorization: Bearer" with the token honjok has as JITSI_EVENTS_TOKEN.
jitsi-events-bad-json = The body is not JSON. The event sync sends JSON with Content-Type application/json.
jitsi-events-bad-field = The field "{ $field }" is missing or not what the event sync sends.
jitsi-events-left-before-joined = The left time was before the joined time (the server's clock stepped back); the stay was kept with no length.

# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = This workout room has already ended. Look for the next workout in the meetup list.
error-room-not-open = This workout room hasn't opened yet. To call the workout off, cancel the meetup instead.
error-room-not-going = Room links are for members who answered "Going". Tap 👍 Going first.
error-room-unknown = No room of honjok has that name: it was never made here, or it was deleted with its workout.
error-room-event-ahead = This event's time is { $seconds } seconds ahead of honjok's clock, so it cannot be right yet. Check the Jitsi server's clock (NTP).
error-room-event-outside = This event's time lies outside the room's time (from { $early } minutes before its start to { $late } minutes after its end). Check the Jitsi server's clock (NTP).

# Answers to the Jitsi deployment's event sync (POST /jitsi/events/…).
jitsi-events-off = Room events are switched off: set JITSI_EVENTS_TOKEN on honjok and the same token in the event sync's Authorization header.
jitsi-events-unauthorized = Send "Authorization: Bearer" with the token honjok has as JITSI_EVENTS_TOKEN.
jitsi-events-bad-json = The body is not JSON. The event sync sends JSON with Content-Type application/json.
jitsi-events-bad-field = The field "{ $field }" is missing or not what the event sync sends.
jitsi-events-left-before-joined = The left time was before the joined time (the server's clock stepped back); the stay was kept with no length.

# Workouts in the conversation.
error-rooms-not-configured = Video rooms aren't available yet. Once the people running this service have set them up you can join: please tap again later.
error-workout-already-live = You already have a workout room open. You can open a new one once it ends.
error-workout-time-unreadable = I could not read when. Once: 'sat 7:00'; weekly: 'Mon Wed Fri 7:00 30 min', 'every saturday 9:00', 'weekdays 6:30'.
error-goal-unreadable = I could not read that goal. Write it like '3 times a week', '20 minutes every day' or '3 times a week 150 minutes', or 'none' to have no goal.

cmd-workout = Work out together: open a room now, plan a workout, set a group goal

field-workout-mode = What to do
ask-workout-mode = What would you like to do?
workout-mode-now = ▶️ Open a room now
workout-mode-plan = 📅 Plan a workout
workout-mode-goal = 🎯 Set the group goal

field-workout-kind = Kind of workout
ask-workout-kind = What kind of workout?
workout-kind-home = Home workout
workout-kind-yoga = Yoga
workout-kind-stretching = Stretching
workout-kind-pilates = Pilates
workout-kind-strength = Strength
workout-kind-cardio = Cardio
workout-kind-other = Other workout
workout-kind-name = { $kind ->
    [home] { workout-kind-home }
    [yoga] { workout-kind-yoga }
    [stretching] { workout-kind-stretching }
    [pilates] { workout-kind-pilates }
    [strength] { workout-kind-strength }
    [cardio] { workout-kind-cardio }
   *[other] { workout-kind-other }
}

ask-workout-title = Give the workout a title. e.g. Morning yoga, After-work home workout
field-workout-minutes = Length (minutes)
ask-workout-minutes = How many minutes? (10–180) e.g. 30, 45 min
field-workout-when = Schedule
ask-workout-when = When? For a weekly workout, put the days first. e.g. sat 7:00, Mon Wed Fri 7:00 30 min, every saturday 9:00, weekdays 6:30
field-workout-goal = Group goal
ask-workout-goal = Type the goal members work toward together; streaks count against it. e.g. 3 times a week, 20 minutes every day, 3 times a week 150 minutes, none
field-goal-sessions = number of sessions
field-goal-minutes = minutes

workout-no-groups = Join a group first to open a workout room. Find a workout group with /groups.
workout-no-moderated-groups = You can plan workouts and set goals only in groups you own or moderate.
workout-pick-now = Which group should the room open in? Its members will be told.
workout-pick-plan = Which group is the workout for?
workout-pick-goal = Which group's goal would you like to set?
workout-started = Your room '{ $title }' is open. Members have been told.
workout-planned = '{ $title }' is planned. Members have been told.
workout-goal-set = The group goal is set. Members see it on the group card.
workout-goal-cleared = The group no longer has a goal.

button-workout-join = 🎥 Join the room
button-workout-end = 🛑 End the room
workout-end-confirm = End the "{ $title }" room for everyone? Nobody can come in after that, and attendance counts the time spent so far.
workout-end-done = The "{ $title }" room is over. If anyone is still in the call, use "End meeting for all" in Jitsi's moderator menu.
button-room-enter = 🎥 Join the room
workout-link =
    🎥 Your own link to '{ $title }': tap the button below.
    🕒 { $when } (the link works { $opens })
    { $moderator ->
        [yes] 👑 You run this room: let people in from the lobby, and end it for everyone when you are done.
       *[no] 🚪 You wait in the lobby first; the host lets you in.
    }
    🔒 This link is yours alone. Please don't share it.

workout-goal = { $period ->
    [day] { $sessions ->
        [1] every day
       *[other] { $sessions } times a day
    }
   *[week] { $sessions ->
        [1] once a week
        [2] twice a week
       *[other] { $sessions } times a week
    }
}{ $minutes ->
    [none] {""}
   *[other] , { $minutes } minutes
}
group-card-goal = {"\u000A"}🎯 Goal: { $goal }
workout-card-goal = {" "}· 🎯 group goal { $goal }
meetup-card-workout = {"\u000A"}🏋️ { $kind } · { $minutes } min{ $goal }

notify-workout-new =
    🏋️ A new workout in { $group }: { workout-kind-name }, { $minutes } min
    { $title }
    🕒 { meetup-when }
    { meetup-where }
    Going? Then you can join the room from { $early } minutes before the start.
notify-workout-live =
    🔴 A workout room is open now in { $group }: { workout-kind-name }, { $minutes } min
    { $title }
    🕒 { meetup-when }
    To join, tap Going, then Join the room.

# Streaks against a group's goal: /streak, its picture, and the evening nudge.
cmd-streak = My workout streak and my groups' streaks
streak-count = { $period ->
    [day] { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
   *[week] { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
}
streak-group =
    🔥 { $group } · 🎯 { $goal }
    My streak: { $current } (best { $best })
    { $members }
    🗓️ The calendar below is the last { $weeks } weeks: a square per day (Monday on top), light on days I worked out, dark on { $period ->
        [day] days that met the goal
       *[week] workout days of weeks that met the goal
    }.
streak-members =
    Members' streaks:
    { $lines }
streak-member-line = { $rank }. { $name } · { $count }
streak-members-none = No member has a streak yet. Start the first one!
streak-no-goal = Streaks are counted in workout groups with a goal. Join one, or if you run a group, set its goal with /workout → "Set the group goal".

notify-streak-nudge =
    🔥 Your { $period ->
        [day] { $count }-day
       *[week] { $count }-week
    } streak in { $group } breaks tonight.
    { $period ->
        [day] Today's
       *[week] This week's
    } goal ({ workout-goal }) is not met yet. Open a workout room now or join one that is open.
button-streak = 🔥 See my streak
button-nudges-off = 🔕 Turn these off

field-nudges = Streak reminders
ask-nudges = Shall I tell you the evening before a streak would break?
nudges-on = 🔔 Remind me
nudges-off = 🔕 No reminders
nudges-state = { $nudges ->
    [on] on
   *[off] off
}

## Meetups: planning, RSVPs and the waitlist, recurrence, reminders, check-in

cmd-meetups = Upcoming meetups
cmd-meetup-new = Plan a meetup
discord-group-meetup = Meetups: list, plan, calendar

field-meetup-title = Title
field-meetup-when = Date and time
field-meetup-place = Venue
field-meetup-capacity = Capacity
field-meetup-cost = Cost note
field-recurrence = Repeat
field-checkin-code = Check-in code
field-checkin-place = Where you are

ask-meetup-title = What is the meetup? Give it a title, e.g. Evening run by the Han river
ask-meetup-when = When? e.g. sat 3pm, tomorrow 19:00, next week fri 19:30~21:00, sat 19:00~21:00 (without an end it lasts 2 hours)
ask-meetup-place = Where? Share a location, or type a district (e.g. Mapo-gu) or coordinates and a name, like "37.5556, 126.8956 Mangwon Hangang Park". Members see the exact venue.
ask-meetup-capacity = How many people at most? (2–1000; skip for no limit)
ask-meetup-cost = Any cost or things to bring? e.g. everyone pays their own coffee
ask-recurrence = Should it repeat?
ask-checkin-code = Type the 6-digit check-in code the host shows.
ask-checkin-place = Share where you are now. Within 200 m of the venue you are checked in. Your location is not kept.

recurrence-none = Just once
recurrence-weekly = Every week
recurrence-monthly = Every month

meetup-weekday = { $weekday ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
}
meetup-when = { meetup-weekday } { $date } { $time }
meetup-where = { $room ->
    [yes] 🎥 Video room (links go to each person going, in private)
   *[no] 📍 { PLACE($place) }
}
meetup-going = { $going } going
meetup-going-of = { $going }/{ $capacity } going
meetup-waitlist = , { $n } waiting
meetup-cost-none = none
meetup-place-pinned = the spot on the map
meetup-place-members-only = members see the exact venue
meetup-repeats-weekly = {" "}· every week
meetup-repeats-monthly = {" "}· every month
meetup-me-going = You: going ✅
meetup-me-maybe = You: maybe 🤔
meetup-me-declined = You: not going
meetup-me-waitlisted = You: no. { $position } on the waitlist ⏳
meetup-me-none = You: not answered yet

meetup-card =
    { $cancelled ->
        [yes] ❌ Cancelled
       *[no] 📅 { $group }{ $repeats }
    }
    { $title }{ $workout }
    🕒 { $when }
    { meetup-where }
    👥 { $going }{ $waitlist }
    💰 { $cost }
    { $me }
meetup-card-members =
    { $cancelled ->
        [yes] ❌ Cancelled
       *[no] 📅 { $group }{ $repeats }
    }
    { $title }{ $workout }
    🕒 { $when }
    { meetup-where }
    👥 { $going }{ $waitlist }: { $names }
    💰 { $cost }
    { $me }
meetup-line =
    { $n }. { $title } ({ $group })
       { $when } · { $going } · { $me }
meetups-group =
    Upcoming meetups:
    { $lines }
meetups-group-empty = No meetups planned yet.
meetups-mine =
    Upcoming meetups of your groups:
    { $lines }
meetups-mine-empty = No upcoming meetups. Find a group you like with /groups.
meetup-new-pick = Which group is the meetup for?
meetup-new-no-groups = You can plan meetups in groups you own or moderate. Create one with /group.
meetup-created = "{ $title }" is planned. The members have been told.
meetup-edited = Saved. Everyone going or maybe has been told.
meetup-cancel-confirm = Cancel "{ $title }"? Everyone who answered will be told.
meetup-cancel-done = "{ $title }" is cancelled.
meetup-stop-confirm = Stop repeating "{ $title }"? Meetups already planned stay.
meetup-stop-done = It no longer repeats: no new meetups will be planned.

button-rsvp-going = 👍 Going
button-rsvp-maybe = 🤔 Maybe
button-rsvp-declined = 🙅 Can't go
button-meetup-card = Details
button-meetup-number = Open { $n }
button-new-meetup = ➕ New meetup
button-meetup-in-group = { $name }
button-meetup-edit = ✏️ Edit
button-meetup-cancel = Cancel it
button-meetup-stop-series = Stop repeating
button-checkin = ✅ Check in
button-checkin-code = Enter the code
button-checkin-place = 📍 Check in by location
button-checkin-for = Check in { $name }

rsvp-going = You're going to "{ $title }". You'll be reminded a day and an hour before.
rsvp-maybe = You answered maybe to "{ $title }".
rsvp-declined = You're not going to "{ $title }".
rsvp-waitlisted = "{ $title }" is full. You're no. { $position } on the waitlist, and will hear at once when a spot frees up.

checkin-how = Check in to "{ $title }": enter the code the host shows, or share where you are.
checkin-code-shown =
    Check-in code for "{ $title }": { $code }
    Show it to those coming. You can also check people in with the buttons below.
checkin-done = You're checked in. Have a good time 🙌

notify-meetup-new =
    📅 New meetup in { $group }:
    { $title }
    🕒 { meetup-when }
    { meetup-where }
    Can you come?
notify-meetup-promoted = 🎉 A spot freed up! You're now going to "{ $title }" ({ meetup-when }). If you can't make it, tap below to pass the spot on.
notify-meetup-changed =
    ✏️ "{ $title }" has changed.
    🕒 { meetup-when }{ $timeChanged ->
        [yes] {" "}(changed)
       *[no] {""}
    }
    { meetup-where }{ $placeChanged ->
        [yes] {" "}(changed)
       *[no] {""}
    }
    👥 Capacity { $capacity ->
        [none] unlimited
       *[other] { $capacity }
    }{ $capacityChanged ->
        [yes] {" "}(changed)
       *[no] {""}
    }
    💰 { $cost ->
        [none] none
       *[other] { $cost }
    }{ $costChanged ->
        [yes] {" "}(changed)
       *[no] {""}
    }
notify-meetup-cancelled = ❌ "{ $title }" ({ meetup-when }) is cancelled.
notify-meetup-reminder-day =
    ⏰ Tomorrow: "{ $title }"
    🕒 { meetup-when }
    { meetup-where }
    If you can't make it, say so: the next person waiting gets your spot.
notify-meetup-reminder-hour =
    ⏰ "{ $title }" starts in an hour.
    🕒 { meetup-when }
    { meetup-where }
notify-meetup-reminder-waitlist = ⏳ You're first on the waitlist for "{ $title }" tomorrow ({ meetup-when }). You'll hear at once if a spot frees up.

## Pinning a meetup for the neighbourhood, paid with points
button-meetup-pin = 📌 Pin nearby for a day
meetup-pin-confirm = Show "{ $title }" at the top of the groups nearby (/groups) for { $hours } hours? It takes { $price } points (you have { $balance }).
meetup-pin-done = 📌 "{ $title }" is at the top of the groups nearby for the next { $hours } hours.
meetups-pinned =
    📌 Meetups in the spotlight nearby.
    { $lines }
meetups-pinned-empty = No meetups are pinned nearby right now.
error-meetup-already-pinned = It is pinned already. You can pin it again once this ends, in { $hours } hour(s).

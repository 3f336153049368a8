## My meetups calendar (/calendar) and the events calendar apps show

cmd-calendar = See my meetups in a calendar app

calendar-feed =
    📅 This is your private meetups calendar address. Anyone who has it can see your meetups, so keep it to yourself.
    { $url }

    Meetups you're going to, might go to or are waitlisted for appear in the subscribed calendar by themselves, and follow any change or cancellation.
    · Google Calendar (on a computer): + next to "Other calendars" → "From URL" → paste the address
    · Apple Calendar (Mac): File → "New Calendar Subscription" → paste the address
    · iPhone: Settings → Calendar → Accounts → Add Account → Other → "Add Subscribed Calendar"
    If the address got out, make a new one with the button below; the old one stops working at once.
button-calendar-reset = Make a new address
calendar-reset-confirm = Make a new address? Calendars subscribed to the current one stop getting updates, so you will have to subscribe again with the new one.
button-calendar-reset-sure = Yes, make a new address
calendar-reset-done = Here is your new address. The old one no longer opens.

## Event descriptions in calendar apps

calendar-event-group = Group: { $group }
calendar-event-cost = Cost: { $cost }
calendar-event-cancelled = This meetup was cancelled.
calendar-answer-going = Your answer: going
calendar-answer-maybe = Your answer: maybe
calendar-answer-waitlisted = Your answer: waitlisted
calendar-answer-waitlisted-at = Your answer: waitlisted, #{ $position } in line
calendar-video-room = Video room (answer Going in the honjok bot for your own link)

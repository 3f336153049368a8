## Taxi carpool

error-ride-same-place = The start and the destination are too close (under 500 m).
error-ride-departure-past = That departure time has already passed.
error-ride-window-too-wide = Please keep the departure window within 12 hours.
error-ride-departure-too-far = Rides can be requested up to 7 days ahead.
error-ride-time-unreadable = I could not read that time. For example: 23:30, 23:00-23:40, tomorrow 8:00
error-ride-outside-area = That place is outside the service area: { PLACE($place) }
error-ride-already-live = You already have a ride request going. See or cancel it in /rides.
error-ride-not-yours = That is not your ride request.
error-ride-not-cancellable = That ride has already left or ended.
error-not-in-proposal = You are not in that ride proposal.
error-proposal-expired = That ride proposal has expired or is no longer open.
error-ride-not-over = You can rate once the departure time has passed.
error-ride-was-cancelled = This ride was cancelled, so it cannot be confirmed or rated, and it earns no points.
error-not-co-rider = Only people who shared the taxi can rate or report each other.
error-too-many-ride-alerts = You can keep up to { $max } ride alerts.
error-same-gender-needs-gender = To ride with the same gender only, first state your gender in /profile.

rating-tag-quiet = A calm ride
rating-tag-paid_promptly = Paid their share promptly

cmd-ride = Share a taxi
cmd-rides = My rides
cmd-ridealerts = Ride alerts

field-ride-origin = Start
field-ride-destination = Destination
field-ride-time = Departure
field-seats = People
field-extra = Extra time
field-split = Fare split
field-same_gender = Same gender only

ask-ride-origin = Where do you start? Send a location, or type a place name (e.g. Seodaemun-gu, Gangnam-gu) or "lat,lng".
ask-ride-destination = Where are you going? Send a location, or type a place name or "lat,lng".
ask-ride-time = When do you leave? For example: 23:30 (15 minutes either side), 23:00-23:40, tomorrow 8:00
ask-seats = How many of you?
ask-extra = How many extra minutes may sharing add at most? (skip for 15)
ask-split = How should the fare be split? (skip: by distance ridden)
ask-same_gender = Ride with people of your own gender only? (skip for no preference)
ask-ride-score = How was riding with them?
ask-ride-alert-time = Around what time do you usually leave? For example: 23:30

seats-1 = 1 person
seats-2 = 2 people
seats-3 = 3 people
extra-10 = 10 min
extra-15 = 15 min
extra-20 = 20 min
extra-30 = 30 min
split-distance = By distance ridden
split-equal = Equally
same-gender-yes = Yes, same gender only
same-gender-no = No preference

ride-requested =
    Ride request saved 🚕
    { PLACE($from) } → { PLACE($to) }
    Leaving { $earliest } - { $latest }, { $seats } { $seats ->
        [one] person
       *[other] people
    }
    Alone it would cost about { WON($solo) }. I will tell you as soon as I find neighbours going your way.
button-my-rides = My rides
button-ride-cancel = Cancel request
button-ride-cancel-number = Cancel { $n }
button-new-ride = New ride
button-ride-accept = I'm in
button-ride-decline = Not this time
button-ride-done = The ride happened
button-ride-noshow = Someone didn't come
button-rate-name = Rate { $name }
button-noshow-name = { $name } didn't come
button-add-ride-alert = Add alert

ride-status-waiting = looking
ride-status-proposed = proposed
ride-status-confirmed = confirmed
ride-status-done = done
ride-status-cancelled = cancelled
ride-status-expired = expired
ride-line = { $n }. [{ $status }] { PLACE($from) } → { PLACE($to) }, { $depart }{ $share }
ride-line-share = , my share { WON($share) } ({ $riders } riders)
rides-list =
    My ride requests:
    { $lines }
rides-empty = No ride requests yet. Try /ride.
ride-cancelled = Your ride request is cancelled.
ride-cancelled-late = Ride cancelled. It was less than 30 minutes before departure, so it counts as a late cancellation.

ride-proposal-waiting-for-others = Accepted! Waiting for the others to answer.
ride-proposal-confirmed = Everyone accepted: the ride is on! Pickup points follow.
ride-proposal-declined = You declined this one. I'll keep looking for others.

ride-done-thanks = Glad you got there! Please rate the people you rode with.
ride-noshow-pick = Who didn't come?
ride-noshow-recorded = Thanks for telling us; it counts towards their trust score.

ride-alert-line = { $n }. { PLACE($from) } → { PLACE($to) }, around { $time }
ride-alerts-list =
    Ride alerts:
    { $lines }
ride-alerts-empty = No ride alerts. Add a route you often take and I'll tell you when a ride your way appears.
ride-alert-added = Ride alert added.
ride-alert-deleted = Ride alert deleted.

notify-ride-proposal =
    🚕 Found people going your way!
    Leaving { $depart }, you are pickup no. { $order }{ $startM ->
        [0] {""}
       *[other] {" "}(about { $startM } m from the first pickup)
    }
    Your share about { WON($share) } (alone { WON($solo) }, you save { WON($saving) })
    About { $extraMin } extra minutes
    Fare split { $split ->
        [equal] equally
       *[distance] by the distance each rides
    }
    Riding with (✓ verified{ $flagged ->
        [0] {""}
       *[other] , 🚫 times reported as a no-show
    }):
    { $riders }
    Please answer within { $minutes } minutes.
notify-ride-confirmed =
    ✅ Ride confirmed! Leaving { $depart }, your share about { WON($share) }
    Pickups and drop-offs in order:
    { $stops }
    Message your co-riders with the button below (your contact details stay hidden).
notify-ride-proposal-lapsed = You didn't answer the ride proposal in time, so your request is closed. Send /ride to ask again.
notify-ride-proposal-fell-through =
    Someone declined or didn't answer the ride proposal. { $looking ->
        [yes] I'll keep looking for others.
       *[no] The departure time has passed, so your request is closed.
    }
notify-ride-group-cancelled =
    A co-rider cancelled the shared ride. { $looking ->
        [yes] I'll look for others again.
       *[no] The departure time has passed, so your request is closed.
    }
notify-ride-no-match = Sorry, nobody going your way turned up before your departure. You can ask again with /ride.
notify-ride-reminder = ⏰ Your shared taxi leaves in { $minutes } minutes ({ $depart }). You are pickup no. { $order }.
notify-ride-follow-up = How was the shared ride? Tell me and you can rate your co-riders.
notify-ride-alert = 🔔 A ride from { PLACE($from) } to { PLACE($to) } around { $depart } was just requested. Ask for the same time and you may ride together.

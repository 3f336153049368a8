## Taxi carpool

error-ride-same-place = The start and the destination are too close (under 500 m).
error-ride-departure-past = That departure time has already passed.
error-ride-window-too-wide = Please keep the departure window within 12 hours.
error-ride-departure-too-far = Rides can be requested up to 7 days ahead.
error-ride-time-unreadable = I could not read that time. For example: 23:30, 23:00-23:40, tomorrow 8:00
error-ride-outside-area = That place is outside the service area: { $place }
error-ride-already-live = You already have a ride request going. See or cancel it in /rides.
error-ride-not-yours = That is not your ride request.
error-ride-not-cancellable = That ride has already left or ended.
error-not-in-proposal = You are not in that ride proposal.
error-proposal-expired = That ride proposal has expired or is no longer open.
error-ride-not-over = You can rate once the departure time has passed.
error-not-co-rider = Only people who shared the taxi can rate or report each other.
error-too-many-ride-alerts = You can keep up to { $max } ride alerts.
error-same-gender-needs-gender = To ride with the same gender only, first state your gender in /profile.

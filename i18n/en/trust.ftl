## The trust score: /trust, and the level and temperature beside a name (core/trust).

cmd-trust = My trust temperature and why
trust-card =
    My { -brand } trust temperature is { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°. Everyone starts at 36.5°.
    { $lines }
    Only the last 12 months count, the recent more than the old. Who rated you is never shown.
trust-card-start =
    My { -brand } trust temperature is { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°. Everyone starts at 36.5°.
    Ratings after trades and rides, showing up when you said you would, verifying (/verify, /videocheck) and time as a member warm it up.
trust-reason-ratings = ★ { $count ->
        [one] 1 rating
       *[other] { $count } ratings
    } { $degrees }
trust-reason-no-shows = { $count ->
        [one] 1 no-show
       *[other] { $count } no-shows
    } { $degrees }
trust-reason-late-cancels = { $count ->
        [one] 1 late cancel
       *[other] { $count } late cancels
    } { $degrees }
trust-reason-reports = { $count ->
        [one] 1 upheld report
       *[other] { $count } upheld reports
    } { $degrees }
trust-reason-verification = Verified ({ $ways }) { $degrees }
trust-reason-account-age = { $count ->
        [one] Member for 1 month
       *[other] Member for { $count } months
    } { $degrees }
trust-way-email = e-mail
trust-way-phone = phone
trust-way-video = video
name-with-reputation = { $name } · Lv.{ $level } · { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°

field-ride-min-temperature = Co-riders' minimum trust temperature
ask-ride-min-temperature = What trust temperature should your co-riders have at least? Type a number from 0 to 99 (e.g. 36.5), or skip if anyone will do.
error-ride-min-temperature-range = The minimum trust temperature must be a number from 0 to 99 with at most one decimal (e.g. 36.5).

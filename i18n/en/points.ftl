error-points-not-enough = Not enough points: you have { $balance } and this takes { $needed }.
error-leaderboard-no-home = The neighbourhood boards go by where you live. Set your home area in /profile first (e.g. Mapo-gu).
error-leaderboard-not-member = A group's board is for its members only. Join the group to see it.

# /points: the balance, the level and its name, the latest entries, badges.
cmd-leaderboard = Neighbourhood and group leaderboards
cmd-points = My points, level and badges
points-card =
    🪙 My points: { $balance }
    Lv.{ $level } { $band } · { $toNext } to the next level
    { $badges }

    Latest entries (newest first):
    { $lines }
points-empty =
    🪙 No points yet (Lv.0 { $band }).
    Points come from what you really do with neighbours: a completed trade +{ $trade }, a shared ride taken +{ $ride }, a meetup attended +{ $meetup }, a video workout attended +{ $workout }.
    Points can bump your listings to the top, or put a meetup you host at the top of the groups nearby for a day.
points-unverified = ℹ️ Points are held until you are verified. Verify with /verify and they count from then on.
level-band = { $band ->
    [sprout] 🌱 Sprout
    [neighbour] 🏠 Neighbour
    [regular] ☕ Regular
    [fixture] 🌳 Local fixture
   *[legend] 👑 Local legend
}
points-kind = { $kind ->
    [trade_completed] Trade completed
    [ride_happened] Shared ride
    [meetup_attended] Meetup attended
    [workout_attended] Video workout attended
    [meetup_hosted] Meetup hosted
    [tip_helpful] Tip found helpful
    [streak_month] A month's workout streak
    [listing_bump] Listing bumped
    [meetup_pin] Meetup pinned
   *[reversal] Points taken back
}
points-entry = { $what } { $amount }
points-entry-held = { $what } { $amount } · held: { $reason ->
    [unverified] not verified yet
    [own_counterpart] with yourself
    [daily_cap] daily limit
    [one_cell] a ride that never left one area
   *[counterpart_cap] limit with the same person
}
points-entry-reversed = { $what } { $amount } · cancelled
points-badges = 🏅 Badges: { $badges }
points-badges-none = 🏅 No badges yet. Complete your first trade for the "First trade" badge.
points-badge = { $badge ->
    [first_trade] 🤝 First trade
    [ten_trades] 📦 Ten trades
    [ten_rides] 🚕 Ten shared rides
    [first_meetup] 👋 First meetup
    [first_host] 🎤 First meetup hosted
    [ten_workouts] 💪 Ten workouts together
    [four_week_streak] 🔥 Four-week streak
   *[helpful_tips] 💡 Helpful tipster
}
button-points = 🪙 My points
button-leaderboard-neighbourhood = 🏆 Neighbourhood board
button-leaderboard-week = 📅 This week
button-leaderboard-group = 🏆 { $name }

# Leaderboards: a group's, the neighbourhood's, the neighbourhood's this week.
leaderboard-card =
    { $board ->
        [neighbourhood] 🏆 My neighbourhood (points earned)
        [week] 📅 My neighbourhood this week (since Monday 00:00)
       *[group] 🏆 { $group } (points earned)
    }
    { $lines }

    { $mine }
leaderboard-line = { $rank }. { $name } · { $points }
leaderboard-line-me = { $rank }. { $name } · { $points } ← me
leaderboard-nobody = Nobody has earned points here yet. Be the first!
leaderboard-mine = My rank: #{ $rank } · { $points } points
leaderboard-mine-none = No points on this board yet.
leaderboard-mine-hidden = 🙈 Hidden from others. My rank: #{ $rank } · { $points } points
leaderboard-mine-hidden-none = 🙈 Hidden from others. No points on this board yet.

field-leaderboard = Shown on leaderboards
ask-leaderboard = May others see your name on the leaderboards?
leaderboard-shown = 👀 Show me on leaderboards
leaderboard-hidden = 🙈 Hide me from leaderboards
leaderboard-state = { $leaderboard ->
    [shown] shown
   *[hidden] hidden
}

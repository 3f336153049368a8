error-points-not-enough = 포인트가 모자라요. 지금 { $balance }점이고 { $needed }점이 필요해요.
error-leaderboard-no-home = 동네 순위는 사는 동네를 기준으로 해요. /profile 에서 동네를 먼저 정해 주세요 (예: 마포구).
error-leaderboard-not-member = 이 모임의 순위는 모임 멤버만 볼 수 있어요. 모임에 들어가면 볼 수 있어요.

# /points: the balance, the level and its name, the latest entries, badges.
cmd-leaderboard = 동네·모임 포인트 순위
cmd-points = 내 포인트·레벨·배지
points-card =
    🪙 내 포인트: { $balance }점
    Lv.{ $level } { $band } · 다음 레벨까지 { $toNext }점
    { $badges }

    최근 내역 (최신순):
    { $lines }
points-empty =
    🪙 아직 포인트가 없어요 (Lv.0 { $band }).
    포인트는 이웃과 실제로 함께한 일에 쌓여요: 거래를 마치면 +{ $trade }, 함께 탄 합승 +{ $ride }, 모임 참석 +{ $meetup }, 화상 운동 참석 +{ $workout }.
    모은 포인트로 내 물건을 끌어올리거나, 내가 여는 모임 일정을 근처 모임 목록 맨 위에 하루 동안 올릴 수 있어요.
points-unverified = ℹ️ 인증 전에 생긴 포인트는 보류돼요. /verify 로 인증하면 그다음부터 쌓여요.
level-band = { $band ->
    [sprout] 🌱 새싹
    [neighbour] 🏠 동네 친구
    [regular] ☕ 단골
    [fixture] 🌳 터줏대감
   *[legend] 👑 동네 대장
}
points-kind = { $kind ->
    [trade_completed] 거래 완료
    [ride_happened] 합승 완료
    [meetup_attended] 모임 참석
    [workout_attended] 화상 운동 참석
    [meetup_hosted] 모임 주최
    [tip_helpful] 꿀팁 '도움돼요'
    [streak_month] 한 달 연속 운동
    [listing_bump] 물건 끌어올리기
    [meetup_pin] 모임 상단 고정
   *[reversal] 적립 취소
}
points-entry = { $what } { $amount }
points-entry-held = { $what } { $amount } · 보류: { $reason ->
    [unverified] 인증 전
    [own_counterpart] 나 자신과의 일
    [daily_cap] 하루 한도
    [one_cell] 한 동네 안에서 끝난 합승
   *[counterpart_cap] 같은 상대와의 한도
}
points-entry-reversed = { $what } { $amount } · 취소됨
points-badges = 🏅 배지: { $badges }
points-badges-none = 🏅 배지는 아직 없어요. 첫 거래를 마치면 '첫 거래' 배지를 받아요.
points-badge = { $badge ->
    [first_trade] 🤝 첫 거래
    [ten_trades] 📦 거래 10번
    [ten_rides] 🚕 합승 10번
    [first_meetup] 👋 첫 모임
    [first_host] 🎤 첫 모임 주최
    [ten_workouts] 💪 함께 운동 10번
    [four_week_streak] 🔥 4주 연속 운동
   *[helpful_tips] 💡 도움 되는 꿀팁
}
button-points = 🪙 내 포인트
button-leaderboard-neighbourhood = 🏆 동네 순위
button-leaderboard-week = 📅 이번 주 순위
button-leaderboard-group = 🏆 { $name }

# Leaderboards: a group's, the neighbourhood's, the neighbourhood's this week.
leaderboard-card =
    { $board ->
        [neighbourhood] 🏆 우리 동네 순위 (모은 포인트)
        [week] 📅 이번 주 우리 동네 순위 (월요일 0시부터)
       *[group] 🏆 { $group } 모임 순위 (모은 포인트)
    }
    { $lines }

    { $mine }
leaderboard-line = { $rank }. { $name } · { $points }점
leaderboard-line-me = { $rank }. { $name } · { $points }점 ← 나
leaderboard-nobody = 아직 포인트를 모은 사람이 없어요. 첫 번째가 되어 보세요!
leaderboard-mine = 내 순위: { $rank }위 · { $points }점
leaderboard-mine-none = 아직 이 순위에 오를 포인트가 없어요.
leaderboard-mine-hidden = 🙈 다른 사람에게는 숨겨져 있어요. 내 순위: { $rank }위 · { $points }점
leaderboard-mine-hidden-none = 🙈 다른 사람에게는 숨겨져 있어요. 아직 이 순위에 오를 포인트가 없어요.

field-leaderboard = 순위표에 보이기
ask-leaderboard = 다른 사람의 순위표에 내 이름이 보여도 될까요?
leaderboard-shown = 👀 순위표에 보이기
leaderboard-hidden = 🙈 순위표에서 숨기기
leaderboard-state = { $leaderboard ->
    [shown] 보여요
   *[hidden] 숨겨요
}

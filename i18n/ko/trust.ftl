## The trust score: /trust, and the level and temperature beside a name (core/trust).

cmd-trust = 내 신뢰 온도와 그 이유
trust-card =
    내 { -brand } 신뢰 온도는 { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°예요. 모두 36.5°에서 시작해요.
    { $lines }
    최근 12개월의 일만 세고, 최근 일일수록 더 크게 반영돼요. 누가 어떤 후기를 남겼는지는 보이지 않아요.
trust-card-start =
    내 { -brand } 신뢰 온도는 { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°예요. 모두 36.5°에서 시작해요.
    거래와 합승 후에 받는 후기, 약속을 지킨 기록, 인증(/verify, /videocheck)과 가입 기간이 온도를 올려요.
trust-reason-ratings = ★ 후기 { $count }개 { $degrees }
trust-reason-no-shows = 노쇼 { $count }번 { $degrees }
trust-reason-late-cancels = 직전 취소 { $count }번 { $degrees }
trust-reason-reports = 확인된 신고 { $count }건 { $degrees }
trust-reason-verification = 인증 ({ $ways }) { $degrees }
trust-reason-account-age = 가입 { $count }개월 { $degrees }
trust-way-email = 이메일
trust-way-phone = 전화
trust-way-video = 화상
name-with-reputation = { $name } · Lv.{ $level } · { NUMBER($temperature, minimumFractionDigits: 1, maximumFractionDigits: 1) }°

field-ride-min-temperature = 동승자 최소 신뢰 온도
ask-ride-min-temperature = 동승자의 신뢰 온도가 몇 도 이상이면 좋을까요? 0~99 사이 숫자로 적어 주세요 (예: 36.5). 상관없으면 건너뛰세요.
error-ride-min-temperature-range = 최소 신뢰 온도는 0부터 99까지, 소수점 한 자리까지의 숫자로 적어 주세요 (예: 36.5).

## 택시 합승

error-ride-same-place = 출발지와 도착지가 너무 가까워요 (500m 미만).
error-ride-departure-past = 출발 시간이 이미 지났어요.
error-ride-window-too-wide = 출발 시간대는 12시간 이내로 정해 주세요.
error-ride-departure-too-far = 7일 이내의 출발만 요청할 수 있어요.
error-ride-time-unreadable = 출발 시간을 알아듣지 못했어요. 예: 23:30, 23:00~23:40, 내일 8시
error-ride-outside-area = 서비스 지역 밖이에요: { $place }
error-ride-already-live = 이미 진행 중인 합승 요청이 있어요. /rides 에서 확인하거나 취소해 주세요.
error-ride-not-yours = 내 합승 요청이 아니에요.
error-ride-not-cancellable = 이미 출발했거나 끝난 합승이에요.
error-not-in-proposal = 내가 포함된 합승 제안이 아니에요.
error-proposal-expired = 이 합승 제안은 만료됐거나 더 이상 유효하지 않아요.
error-ride-not-over = 출발 시간이 지난 뒤에 평가할 수 있어요.
error-not-co-rider = 같은 택시를 탄 사람만 평가하거나 신고할 수 있어요.
error-too-many-ride-alerts = 합승 알림은 { $max }개까지 만들 수 있어요.
error-same-gender-needs-gender = 동성끼리만 타려면 먼저 프로필에 성별을 적어 주세요 (/profile).

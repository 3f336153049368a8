## 디스코드 전용: 슬래시 명령어 묶음과 옵션, 입력 창, 버튼, 임베드.

discord-group-profile = 내 프로필 보기·고치기
discord-option-list = { $field } (쉼표로 나눠 적기)
discord-option-place = { $field }: 좌표와 이름, 예: 37.5665, 126.9780 망원동
discord-place-placeholder = 예: 37.5665, 126.9780 망원동
discord-form-title = 몇 가지만 알려 주세요
discord-fill-in = ✏️ 입력하기
discord-place-typed = 📍 디스코드에서는 위치를 보낼 수 없어요. "37.5665, 126.9780" 같은 좌표나 "마포구" 같은 구·시 이름을 적어 주세요.
discord-place-title = 📍 장소
discord-map-link = [{ $lat }, { $lng } · 지도 열기]({ $url })
discord-group-market = 중고거래: 팔기, 찾기, 내 물건, 찜, 알림
discord-group-tips = 자취 필수템 리뷰
discord-option-photo = 사진 { $n }
discord-group-ride = 택시 합승: 요청, 내 합승, 합승 알림

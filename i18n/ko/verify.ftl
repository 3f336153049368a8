## 본인 인증 (이메일 코드, 텔레그램 연락처)

error-not-verified = 먼저 본인 인증을 해 주세요: /verify
error-verify-code-wrong = 인증 코드가 맞지 않아요. 남은 기회: { $left }번
error-verify-code-expired = 인증 코드가 만료됐어요. /verify 로 새 코드를 받아 주세요.
error-verify-too-many-attempts = 코드를 너무 여러 번 틀렸어요. /verify 로 새 코드를 받아 주세요.
error-verify-too-many-codes = 인증 메일을 너무 자주 요청했어요. 한 시간 뒤에 다시 해 주세요.
error-verify-no-code = 보낸 인증 코드가 없어요. /verify 로 먼저 코드를 받아 주세요.
error-verify-not-own-contact = 내 연락처만 인증에 쓸 수 있어요. 아래 버튼으로 내 번호를 공유해 주세요.

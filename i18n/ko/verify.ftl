## 본인 인증 (이메일 코드, 텔레그램 연락처)

error-not-verified = 먼저 본인 인증을 해 주세요: /verify
error-verify-code-wrong = 인증 코드가 맞지 않아요. 남은 기회: { $left }번
error-verify-code-expired = 인증 코드가 만료됐어요. /verify 로 새 코드를 받아 주세요.
error-verify-too-many-attempts = 코드를 너무 여러 번 틀렸어요. /verify 로 새 코드를 받아 주세요.
error-verify-too-many-codes = 인증 메일을 너무 자주 요청했어요. 한 시간 뒤에 다시 해 주세요.
error-verify-no-code = 보낸 인증 코드가 없어요. /verify 로 먼저 코드를 받아 주세요.
error-verify-not-own-contact = 내 연락처만 인증에 쓸 수 있어요. 아래 버튼으로 내 번호를 공유해 주세요.
error-verify-already-used = 이 이메일이나 전화번호는 이미 다른 사람의 인증에 쓰였어요. 한 사람이 여러 계정을 쓰려면 /link 로 계정을 연결해 주세요.

cmd-verify = 본인 인증 (이메일 또는 전화번호)

verify-choose = 택시 합승 같은 서비스는 본인 인증을 한 사람만 쓸 수 있어요. 어떻게 인증할까요? 이메일 주소와 전화번호는 암호화해서 보관하고, 다른 사람에게는 "인증됨" 표시만 보여요.
verify-already = 이미 본인 인증을 마쳤어요. ✓
verify-done = ✅ 본인 인증을 마쳤어요! 이제 다른 사람에게 내 이름 옆에 "✓ 인증됨"이 보여요.
verify-code-sent = 📧 { $email } 주소로 6자리 인증 코드를 보냈어요. { $minutes }분 동안 쓸 수 있어요.
button-verify = ✅ 본인 인증하기
button-verify-email = 📧 이메일
button-verify-phone = 📱 내 전화번호 공유
button-verify-new-code = 🔄 새 코드 받기

field-email = 이메일 주소
ask-email = 인증 코드를 받을 이메일 주소를 적어 주세요.
field-email-code = 인증 코드
error-verify-code-format = 코드는 메일로 받은 6자리 숫자예요. 예: 123456
ask-email-code = 메일로 받은 6자리 숫자를 적어 주세요. 메일이 안 보이면 스팸함을 확인하거나 새 코드를 받아 주세요.
field-contact = 전화번호
ask-contact = 아래 "내 전화번호 공유" 버튼을 눌러 주세요. 텔레그램에 등록된 내 번호로만 인증돼요.

field-gender = 성별
ask-gender = 성별을 알려 주세요. 같은 성별끼리 합승하고 싶을 때만 쓰고, 다른 사람에게는 보이지 않아요.
gender-female = 여성
gender-male = 남성
gender-unstated = 밝히지 않음
button-edit-gender = ✏️ 성별

# Shown to others next to a verified person's name (ride proposals, item cards).
verified-badge = ✓ 인증됨
name-with-badge = { $name } { $badge }
profile-not-verified = 아직 안 함 (/verify)

# Telegram's reply-keyboard button that shares the person's own phone contact.
telegram-share-contact = 📱 내 전화번호 공유

verify-mail-subject = [혼족] 인증 코드
verify-mail-body =
    안녕하세요, 혼족이에요.

    인증 코드: { $code }

    대화창에 이 6자리 숫자를 입력해 주세요. { $minutes }분 동안 쓸 수 있어요.
    직접 요청하지 않았다면 이 메일은 무시해도 괜찮아요.

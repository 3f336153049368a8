## Verification (e-mail code, Telegram contact)

error-not-verified = Please verify yourself first: /verify
error-verify-code-wrong = That code is not right. Tries left: { $left }
error-verify-code-expired = That code has expired. Send /verify for a new one.
error-verify-too-many-attempts = Too many wrong codes. Send /verify for a new one.
error-verify-too-many-codes = Too many codes asked for. Please try again in an hour.
error-verify-no-code = There is no code waiting. Send /verify to get one.
error-verify-not-own-contact = Only your own contact verifies you. Share your number with the button below.
error-verify-already-used = That e-mail address or phone number already verified someone else. To use several accounts as one person, connect them with /link.

cmd-verify = Verify yourself (e-mail or phone number)

verify-choose = Some things, such as sharing a taxi, are for verified people only. How would you like to verify? Your address or number is stored encrypted; others only see a "verified" badge.
verify-already = You are already verified. ✓
verify-done = ✅ You are verified! Others now see "✓ verified" next to your name.
verify-code-sent = 📧 A 6-digit code is on its way to { $email }. It works for { $minutes } minutes.
button-verify = ✅ Verify me
button-verify-email = 📧 E-mail
button-verify-phone = 📱 Share my phone number
button-verify-new-code = 🔄 Send a new code

field-email = E-mail address
ask-email = Which e-mail address should the code go to?
field-email-code = Verification code
error-verify-code-format = The code is the 6 digits from the mail, like 123456.
ask-email-code = Type the 6 digits from the mail. No mail? Check your spam folder, or ask for a new code.
field-contact = Phone number
ask-contact = Tap "Share my phone number" below. Only the number of your own Telegram account verifies you.

field-gender = Gender
ask-gender = Your gender? It is only used if you ask to share rides with people of the same gender, and never shown to anyone.
gender-female = Female
gender-male = Male
gender-unstated = Prefer not to say
button-edit-gender = ✏️ Gender

# Shown to others next to a verified person's name (ride proposals, item cards).
verified-badge = ✓ verified
name-with-badge = { $name } { $badge }
profile-not-verified = not yet (/verify)

# Telegram's reply-keyboard button that shares the person's own phone contact.
telegram-share-contact = 📱 Share my phone number

verify-mail-subject = [honjok] Your verification code
verify-mail-body =
    Hello from honjok.

    Your code: { $code }

    Type these 6 digits in the chat. The code works for { $minutes } minutes.
    If you did not ask for it, you can ignore this mail.

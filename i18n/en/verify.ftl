## Verification (e-mail code, Telegram contact)

error-not-verified = Please verify yourself first: /verify
error-verify-code-wrong = That code is not right. Tries left: { $left }
error-verify-code-expired = That code has expired. Send /verify for a new one.
error-verify-too-many-attempts = Too many wrong codes. Send /verify for a new one.
error-verify-too-many-codes = Too many codes asked for. Please try again in an hour.
error-verify-no-code = There is no code waiting. Send /verify to get one.
error-verify-not-own-contact = Only your own contact verifies you. Share your number with the button below.

## The web playground: the page's own labels (sent to the page by /playground/api/strings)
## and the API's messages (playground-api-*, written by the server).

playground-title = honjok playground
playground-tagline = Try the same commands and buttons as the Telegram and Discord bots, right here.
playground-note = A playground persona can be used only in the browser that made it. Personas live apart from real people and can never be linked to a real account.
playground-language-switch = Page language
playground-switch-ko = 한국어
playground-switch-en = English

playground-personas-heading = Who would you like to be?
playground-personas-existing = Your personas
playground-personas-empty = No personas made in this browser yet. Make one below.
playground-persona-new = Make a new persona
playground-persona-name = Name
playground-persona-name-placeholder = e.g. Minji
playground-persona-language = Bot language
playground-persona-unverified = Not verified yet, to try /verify (the code is mailed, or written to .data/mail/ when no SMTP is set up)
playground-persona-create = Create and start
playground-persona-change = Switch persona

playground-chat-hint = Send /start to begin. /help lists every command.
playground-input-label = Message
playground-input-placeholder = Type a message or /command
playground-input-place-placeholder = e.g. Mapo-gu or 37.5665, 126.9780 Mangwon
playground-send = Send
playground-use-location = 📍 Send my location
playground-location-sent = 📍 Sent my location
playground-location-unavailable = This browser cannot share a location here. Type a district such as Mapo-gu, or coordinates such as 37.5665, 126.9780.
playground-location-failed = The browser could not tell where you are right now. Try again, or type a district such as Mapo-gu, or coordinates such as 37.5665, 126.9780.
playground-location-denied = This page may not read your location: the browser was told not to share it. Allow location for this site in the address bar, or type a district such as Mapo-gu, or coordinates such as 37.5665, 126.9780.
playground-location-timeout = Finding your location took too long. Try again, or type a district such as Mapo-gu, or coordinates such as 37.5665, 126.9780.
playground-attach-photo = 📷 Add a photo
playground-photo-sent = 📷 Sent a photo
playground-place = 📍 Place
playground-notification = 🔔 Notification
playground-sending = Waiting for a reply…

playground-api-bad-request = I could not understand the request. Check: { $field }
playground-api-bad-json = The request body is not valid JSON.
playground-api-too-large = That is too much to send at once. Please send something shorter.
playground-api-name-invalid = Please give a name: 1 to 40 characters that can be seen.

## Telegram only: labels for Telegram's native controls (reply keyboards), which no other front
## door shows. Shared messages (prompts, errors, cards) live in core.ftl.

# The reply-keyboard button that shares the person's location when a place is asked for.
telegram-share-location = 📍 Send my location
# Telegram cannot show a reply keyboard and buttons under the same message, so the buttons
# follow in a second message with this line.
telegram-buttons-below = 👇 Or use a button below.

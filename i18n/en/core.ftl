## Shared by every front door: commands, prompts, cards, errors and notifications.

-brand = honjok

platform-name = { $platform ->
    [telegram] Telegram
    [discord] Discord
   *[web] Web playground
}

cmd-start = Get started: language, neighbourhood, interests
cmd-help = List the commands
cmd-profile = Show my profile
cmd-profile-edit = Edit my profile
cmd-settings = Language and privacy settings
cmd-link = Link another messenger account
cmd-cancel = Cancel what is in progress

help-intro = Here is what you can do on { -brand }:
unknown-command = I don't know that command. Try one of these:
unknown-text = I wasn't waiting for an answer. Start with a command:
dialog-elsewhere = That question was asked in another chat. Answer it there, or send /cancel to drop it.
stale-button = That button no longer works. Please start again:

field-language = Language
field-visibility = Profile visibility
field-area = Neighbourhood
field-interests = Interests
field-name = Name
field-bio = About me
field-time-zone = Time zone
field-link-code = Link code

ask-language = Hello! Welcome to { -brand }. Which language would you like?
ask-area = Where do you live? Share a location, or type coordinates and a name like "37.5665, 126.9780 Mangwon". I never keep the exact spot, only a 500 m area.
ask-interests = List your interests, separated by commas (e.g. cooking, running, board games).
ask-name = Type your new name (up to 40 characters).
ask-bio = Write a short introduction (up to 300 characters).
ask-time-zone = Type your time zone (e.g. Asia/Seoul).
ask-visibility = Who may see your profile?
ask-link-code = Type the link code you got on your other messenger.

language-ko = 한국어
language-en = English
visibility-everyone = Everyone
visibility-groups = People in my groups
visibility-nobody = Nobody

button-skip = Skip
button-edit-name = ✏️ Name
button-edit-bio = ✏️ About me
button-edit-interests = ✏️ Interests
button-edit-area = ✏️ Neighbourhood

start-done = You're all set, { $name }! Change your profile any time with /profile and your settings with /settings.
profile-card =
    👤 { $name }
    About me: { $bio }
    Interests: { $interests }
    Neighbourhood: { PLACE($area) }
    Language: { $language }
    Visibility: { $visibility }
    Linked messengers: { $platforms }
    Gender (only you see it): { $gender }
    Verified: { $verified }
profile-none = none
profile-area-coordinates = near { $lat }, { $lng }
profile-saved = Your profile is saved.

settings-card =
    ⚙️ Settings
    Language: { $language }
    Visibility: { $visibility }
    Time zone: { $timeZone }
    Streak reminders: { $nudges }
    Leaderboards: { $leaderboard }
settings-saved =
    ✅ Settings changed.
    Language: { $language }
    Visibility: { $visibility }
    Time zone: { $timeZone }
    Streak reminders: { $nudges }
    Leaderboards: { $leaderboard }

link-code = Link code: { $code }
    Send /link { $code } on your other messenger. It works once, for { $minutes } minutes.
link-done = Your { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[web] the web playground
    } account is linked. Both messengers now share one profile.
link-done-merged = Your { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[web] the web playground
    } account is linked. The profile of the side that made the code is kept; this account's old profile was removed.

cancel-done = Cancelled.
cancel-nothing = There is nothing to cancel.

error-invalid-input = I couldn't understand that. Please check and try again.
error-invalid-field = I couldn't understand the { $field }. Please type it again.
error-empty-answer = Nothing visible came through for the { $field }. Please type it again.
error-count-out-of-range = The { $field } must be a number from { $min } to { $max }.
error-text-too-long = That's too long. Please keep it under { $max } characters.
error-not-found = Not found.
error-link-code-invalid = That code is wrong or has expired. Get a new one with /link on your other messenger.
error-link-too-many-attempts = Too many wrong codes. Please try again in 10 minutes.
error-link-own-code = This code was made by this very account. Type it on your other messenger.
error-link-playground = Playground personas cannot be linked to real accounts.
error-link-same-platform = A { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[web] the web playground
    } account is already linked. Each messenger can have one account.
error-unexpected = Something went wrong on our side. Please try again in a moment.

notify-account-linked = 🔗 A { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[web] the web playground
    } account was linked to your { -brand } profile. If this wasn't you, please tell us.
error-private-chat-only = Everyone here would read the answer, so I can't do that here. Send me the command in a private chat.

## /foryou: recommendations near home (core/recommendations)
cmd-foryou = Groups and meetups near you that fit you
foryou-list =
    ✨ Picked for you, near home.
    { $lines }
    Tap "not interested" on what you don't want: the next list learns from it.
foryou-line-group = { $n }. 👥 { $title }
    { $why }
foryou-line-meetup = { $n }. 📅 { $title } ({ $group }) · { $when }
    { $why }
foryou-why-more = { $before } · { $next }
foryou-reason-interests = you like { $words }
foryou-reason-activity-group = { $people ->
        [one] 1 joined this week
       *[other] { $people } joined this week
    }
foryou-reason-activity-meetup = { $people } going
foryou-reason-co-members = { $people ->
        [one] 1 person from your groups
       *[other] { $people } people from your groups
    }
foryou-reason-new = a new group
foryou-reason-pinned = 📌 in the spotlight
button-foryou-open = Open { $n }
button-foryou-hide = { $n }: not interested
foryou-empty = Nothing to recommend near you right now. Browse /groups, or start one with /group.
foryou-no-home = Recommendations start from where you live. Set your area in /profile first (e.g. Mapo-gu).
foryou-hidden = Got it: it will not be recommended to you again.
button-foryou-basis = ℹ️ Why these
foryou-basis =
    ℹ️ Recommendations are picked from this only:
    📍 Where you live: { $home } (within { $km } km)
    💡 Interests: { $interests }
    🙅 Marked "not interested": { $dismissed }
    Names, contacts, exact places and messages are never used.
    Recommendations are { $on ->
        [yes] on.
       *[no] off.
    }
foryou-basis-home = your area
foryou-basis-no-home = not set yet (set it in /profile)
foryou-basis-no-interests = none yet (add some in /profile)
button-foryou-off = 🔕 Turn recommendations off
button-foryou-on = 🔔 Turn recommendations on
foryou-off = You turned recommendations off. Tap below to get them again.
foryou-turned-off = Recommendations are off: none are made for you any more.
foryou-turned-on = Recommendations are on again.

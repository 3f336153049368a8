## The room page at /rooms/<room>: a workout or video check room of honjok's Jitsi Meet, in the browser.

room-page-title = honjok video room
room-page-lead = Your camera and microphone are checked before you go in; the host lets you in from the lobby.
room-page-left = You left the room. Go back to honjok in your messenger: your attendance is counted there.
room-page-no-pass = This link carries no pass to the room. Ask honjok for your link again (the room's Join button) and open it as it is.
room-page-no-script = The video service did not load. Check your connection and open the link again.
room-page-unknown = No room of honjok has this address: it was never made, or it was deleted with its workout.
room-page-over = This room has already ended. Look for the next workout in honjok.
room-page-not-configured = This honjok has no video deployment set up, so the room cannot open here. The operator must set JITSI_DOMAIN to the Jitsi Meet host (e.g. meet.example.kr) and run the deployment described in jitsi/README.md.

# Workouts: meetups held in a video room on honjok's own Jitsi Meet.

error-room-ended = This workout room has already ended. Look for the next workout in the meetup list.
error-room-not-going = Room links are for members who answered "Going". Tap Going first.

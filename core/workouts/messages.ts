import { actions } from "../actions/table.js";
import { meetupCardButton, rsvpButton } from "../groups/meetups/messages.js";
import type { MessageContent, NotificationButton } from "../notifications/types.js";
import { ROOM_EARLY_MS } from "./rooms/rules.js";

const MINUTE_MS = 60_000;

// What workout notices offer: the one-tap answers every meetup has, and the way into the room.
// The button carries only the workout's id: the link itself is made for whoever presses it,
// in their private chat, so no shared chat ever holds one.

export function joinButton(meetupId: string): NotificationButton {
  return { label: { key: "button-workout-join" }, action: actions.workoutJoin({ meetupId }) };
}

function workoutButtons(meetupId: string): NotificationButton[][] {
  return [
    [rsvpButton(meetupId, "going"), rsvpButton(meetupId, "maybe"), rsvpButton(meetupId, "declined")],
    [joinButton(meetupId), meetupCardButton(meetupId)],
  ];
}

interface NewWorkout {
  id: string;
  startAt: Date;
  endAt: Date;
  workoutKind: string;
}

/** Telling the group of a new workout: one planned, or a room that opens now. */
export function workoutAnnouncement(workout: NewWorkout, groupName: string, now: Date): MessageContent {
  return {
    messageKey: workout.startAt <= now ? "notify-workout-live" : "notify-workout-new",
    params: {
      group: groupName,
      kind: workout.workoutKind,
      minutes: Math.round((workout.endAt.getTime() - workout.startAt.getTime()) / MINUTE_MS),
      early: ROOM_EARLY_MS / MINUTE_MS,
    },
    buttons: workoutButtons(workout.id),
  };
}

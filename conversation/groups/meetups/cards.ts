import { actions } from "../../../core/actions/table.js";
import { checkInOffered } from "../../../core/groups/attendance/check-in.js";
import { rsvpButton } from "../../../core/groups/meetups/messages.js";
import type { MeetupCard, MeetupLine, RsvpStatus } from "../../../core/groups/meetups/types.js";
import { nameWithBadge } from "../../../core/identity/badge.js";
import { localSpan } from "../../../core/time/format.js";
import { joinButton } from "../../../core/workouts/messages.js";
import { ROOM_EARLY_MS } from "../../../core/workouts/rooms/rules.js";
import { type Button, type Reply, reply, type Text, text } from "../../reply.js";
import { goalText } from "../../workouts/goal-text.js";
import { meetupButton } from "./buttons.js";

/** `11/28(토) 19:00~21:00` on the viewer's own clocks. */
function whenText(meetup: { startAt: Date; endAt: Date }, timeZone: string): Text {
  return text("meetup-when", { ...localSpan(meetup.startAt, meetup.endAt, timeZone) });
}

function goingText(meetup: { goingCount: number; capacity: number | null }): Text {
  return meetup.capacity === null
    ? text("meetup-going", { going: meetup.goingCount })
    : text("meetup-going-of", { going: meetup.goingCount, capacity: meetup.capacity });
}

function myAnswerText(status: RsvpStatus | undefined, position: number | undefined): Text {
  return text(`meetup-me-${status ?? "none"}`, { position: position ?? 0 });
}

function meetupLine(line: MeetupLine, n: number, timeZone: string): Text {
  return text("meetup-line", {
    n,
    title: line.title,
    group: line.groupName,
    when: whenText(line, timeZone),
    going: goingText(line),
    me: myAnswerText(line.myStatus, undefined),
  });
}

/** A numbered list with a button per meetup to open its card, plus any extra rows. */
export function meetupList(
  heading: { key: string; params?: Text["params"] },
  lines: MeetupLine[],
  timeZone: string,
  extraRows: Button[][] = [],
): Reply {
  if (lines.length === 0) return reply(`${heading.key}-empty`, heading.params, { buttons: extraRows });
  const open = lines.map((line, index) => ({
    label: text("button-meetup-number", { n: index + 1 }),
    action: actions.meetupCard({ meetupId: line.id }),
  }));
  const listed = lines.map((line, index) => meetupLine(line, index + 1, timeZone));
  return reply(heading.key, { ...heading.params, lines: listed }, { buttons: [open, ...extraRows] });
}

/** How the viewer shows they came: a workout's way into its room, or a venue's check-in. */
function attendButtons(card: MeetupCard, now: Date): Button[] {
  const { runs, rsvp } = card.viewer;
  if (card.workout) return runs || rsvp === "going" ? [joinButton(card.id)] : [];
  return checkInOffered(card, now) ? [meetupButton("button-checkin", actions.checkin, card.id)] : [];
}

/** A live workout's "end for everyone", for whoever runs it: from when its links work. */
function endButtons(card: MeetupCard, now: Date): Button[] {
  const live = card.workout && now.getTime() >= card.startAt.getTime() - ROOM_EARLY_MS;
  return live ? [meetupButton("button-workout-end", actions.workoutEnd, card.id)] : [];
}

function cardButtons(card: MeetupCard, now: Date): Button[][] {
  if (card.cancelled || card.endAt <= now || card.viewer.role === undefined) return [];
  const answers = [
    rsvpButton(card.id, "going"),
    rsvpButton(card.id, "maybe"),
    rsvpButton(card.id, "declined"),
  ];
  const checkIn = attendButtons(card, now);
  if (!card.viewer.runs) return [answers, ...(checkIn.length ? [checkIn] : [])];
  const manage = [
    meetupButton("button-meetup-edit", actions.meetupEdit, card.id),
    meetupButton("button-meetup-cancel", actions.meetupCancel, card.id),
    ...endButtons(card, now),
  ];
  const series = card.recurrence
    ? [meetupButton("button-meetup-stop-series", actions.meetupStop, card.id)]
    : [];
  const pin = card.pinnedUntil ? [] : [meetupButton("button-meetup-pin", actions.meetupPin, card.id)];
  const more = [...series, ...pin];
  return [answers, [...manage, ...checkIn], ...(more.length ? [more] : [])];
}

/** A workout's kind, length and the group's goal, under its title. */
function workoutLine(workout: NonNullable<MeetupCard["workout"]>): Text {
  return text("meetup-card-workout", {
    kind: text(`workout-kind-${workout.kind}`),
    minutes: workout.minutes,
    goal: workout.goal ? text("workout-card-goal", { goal: goalText(workout.goal) }) : "",
  });
}

/**
 * The card: what, when on the viewer's clocks, where (exactly for members; a workout's video room
 * for everyone, with no map and no link), who and how many are going, the cost, and the viewer's
 * own answer, with what they may do.
 */
export function meetupCard(card: MeetupCard, timeZone: string, now: Date): Reply {
  const member = card.viewer.role !== undefined;
  const params = {
    title: card.title,
    group: card.groupName,
    cancelled: card.cancelled ? "yes" : "no",
    repeats: card.recurrence ? text(`meetup-repeats-${card.recurrence}`) : "",
    when: whenText(card, timeZone),
    place: member ? (card.place.label ?? text("meetup-place-pinned")) : text("meetup-place-members-only"),
    going: goingText(card),
    waitlist: card.waitlistLength > 0 ? text("meetup-waitlist", { n: card.waitlistLength }) : "",
    cost: card.costNote ?? text("meetup-cost-none"),
    me: myAnswerText(card.viewer.rsvp, card.viewer.waitlistPosition),
    names: card.going.map((person) => nameWithBadge(person)),
    room: card.workout ? "yes" : "no",
    workout: card.workout ? workoutLine(card.workout) : "",
  };
  return reply(card.going.length > 0 ? "meetup-card-members" : "meetup-card", params, {
    buttons: cardButtons(card, now),
    ...(card.workout ? {} : { place: card.place }),
  });
}

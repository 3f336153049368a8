import ical, { type ICalEventData, ICalEventStatus, type ICalLocation } from "ical-generator";
import type { CalendarMeetup } from "./types.js";

// The feed as iCalendar text. Times go out in UTC, so every calendar app shows them in its own
// zone; text comes from the catalogs in the owner's language. Nobody else's name is written:
// no organizer and no attendees, only the group, the meetup and the owner's own answer.

const CALENDAR_NAME = "honjok";

/** A catalog message in the feed owner's language. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Calendar apps keep an event by its UID and take a higher SEQUENCE as the newer version. */
function eventUid(meetupId: string): string {
  return `${meetupId}@honjok`;
}

function statusOf(meetup: CalendarMeetup): ICalEventStatus {
  if (meetup.cancelled) return ICalEventStatus.CANCELLED;
  return meetup.answer === "going" ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE;
}

function locationOf(meetup: CalendarMeetup, translate: Translate): ICalLocation {
  if (meetup.videoRoom) return { title: translate("calendar-video-room") };
  const { lat, lng, label } = meetup.place;
  const geo = { lat, lon: lng };
  return label ? { title: label, geo } : { geo };
}

function answerLine(meetup: CalendarMeetup, translate: Translate): string {
  if (meetup.answer !== "waitlisted") return translate(`calendar-answer-${meetup.answer}`);
  return meetup.waitlistPosition === undefined
    ? translate("calendar-answer-waitlisted")
    : translate("calendar-answer-waitlisted-at", { position: meetup.waitlistPosition });
}

function descriptionOf(meetup: CalendarMeetup, translate: Translate): string {
  return [
    meetup.cancelled ? translate("calendar-event-cancelled") : undefined,
    translate("calendar-event-group", { group: meetup.groupName }),
    answerLine(meetup, translate),
    meetup.costNote ? translate("calendar-event-cost", { cost: meetup.costNote }) : undefined,
  ]
    .filter((line) => line !== undefined)
    .join("\n");
}

function eventOf(meetup: CalendarMeetup, translate: Translate): ICalEventData {
  return {
    id: eventUid(meetup.id),
    sequence: meetup.version,
    start: meetup.startAt,
    end: meetup.endAt,
    lastModified: meetup.updatedAt,
    summary: meetup.title,
    location: locationOf(meetup, translate),
    description: descriptionOf(meetup, translate),
    status: statusOf(meetup),
  };
}

/** The whole feed: one event per meetup, under the calendar name "honjok". */
export function renderCalendar(meetups: CalendarMeetup[], translate: Translate): string {
  const calendar = ical({ name: CALENDAR_NAME, prodId: { company: "honjok", product: "meetups" } });
  for (const meetup of meetups) calendar.createEvent(eventOf(meetup, translate));
  return calendar.toString();
}

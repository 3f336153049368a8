// A person's private calendar feed: what it lists and how far back and how many.

/** Meetups that ended long ago are of no use in a calendar; older ones leave the feed. */
export const CALENDAR_PAST_DAYS = 30;
/** A feed is read by calendar apps every few minutes: its size stays bounded whatever happens. */
export const CALENDAR_MAX_EVENTS = 200;

/** The answers a meetup is in the person's calendar for; "can't" keeps it out. */
export type CalendarAnswer = "going" | "maybe" | "waitlisted";

/** One meetup as the person's calendar shows it. Times are UTC instants. */
export interface CalendarMeetup {
  id: string;
  /** Grows with every change of time or status: calendar apps replace an event with a higher one. */
  version: number;
  title: string;
  startAt: Date;
  endAt: Date;
  updatedAt: Date;
  /** The venue itself: the feed's owner is a member of the group, and members see the venue. */
  place: { lat: number; lng: number; label: string | undefined };
  /** A workout, held in its video room: the feed says so, and never carries a link to it. */
  videoRoom: boolean;
  costNote: string | undefined;
  groupName: string;
  cancelled: boolean;
  answer: CalendarAnswer;
  /** 1 for the first in line; set while the answer is "waitlisted". */
  waitlistPosition: number | undefined;
}

import { actions } from "../../actions/table.js";
import type { NotificationButton, NotificationParams } from "../../notifications/types.js";
import { localSpan } from "../../time/format.js";
import type { RsvpAnswer } from "./types.js";
import { type VenueColumns, type VenueReaders, venueText } from "./venue.js";

// What meetup notifications say and offer. Times are written per recipient, on their own clocks;
// the words are rendered in their language when the notification is delivered.

export interface MeetupFacts extends VenueColumns {
  id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  /** Set for a workout, which is held in its video room: no venue is shown, and no link either. */
  workoutKind: string | null;
}

/**
 * Title, day, weekday, time range in `timeZone`, and where: the venue, or `room` yes for a
 * workout's video room (the catalogs' `meetup-where`). The `notify-meetup-*` params.
 */
export function meetupParams(
  meetup: MeetupFacts,
  timeZone: string,
  readers: VenueReaders,
): NotificationParams {
  return {
    title: meetup.title,
    ...localSpan(meetup.startAt, meetup.endAt, timeZone),
    place: venueText(meetup, readers),
    room: meetup.workoutKind ? "yes" : "no",
  };
}

export function rsvpButton(meetupId: string, answer: RsvpAnswer): NotificationButton {
  return {
    label: { key: `button-rsvp-${answer}` },
    action: actions.rsvp({ meetupId, answer }),
  };
}

export function meetupCardButton(meetupId: string): NotificationButton {
  return {
    label: { key: "button-meetup-card" },
    action: actions.meetupCard({ meetupId }),
  };
}

/** One tap to answer, right under the notification, and one to see the whole card. */
export function rsvpButtons(meetupId: string): NotificationButton[][] {
  return [
    [rsvpButton(meetupId, "going"), rsvpButton(meetupId, "maybe"), rsvpButton(meetupId, "declined")],
    [meetupCardButton(meetupId)],
  ];
}

/** Under a reminder or a promotion: give the seat back in one tap, or see the whole card. */
export function giveBackButtons(meetupId: string): NotificationButton[][] {
  return [[rsvpButton(meetupId, "declined"), meetupCardButton(meetupId)]];
}

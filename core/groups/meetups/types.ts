import type { Place } from "../../place.js";
import type { Reputation } from "../../trust/types.js";
import type { WorkoutGoal, WorkoutKind } from "../../workouts/types.js";
import type { GroupRole } from "../roles.js";

// The meetups' shared vocabulary: what a person answers, and what the commands show.

export const rsvpAnswers = ["going", "maybe", "declined"] as const;
export type RsvpAnswer = (typeof rsvpAnswers)[number];
/** An answer as it stands: asking to go to a full meetup waits on its waitlist. */
export type RsvpStatus = RsvpAnswer | "waitlisted";

export const recurrences = ["weekly", "monthly"] as const;
export type Recurrence = (typeof recurrences)[number];

export const reminderKinds = ["day", "hour"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export interface RsvpResult {
  status: RsvpStatus;
  /** 1 for the first in line; undefined unless waitlisted. */
  waitlistPosition: number | undefined;
}

/** A meetup in a list: enough for one line and a button. */
export interface MeetupLine {
  id: string;
  groupName: string;
  title: string;
  startAt: Date;
  endAt: Date;
  capacity: number | null;
  goingCount: number;
  myStatus: RsvpStatus | undefined;
}

/** A meetup as one person sees it: members see the venue and who is going, others an area only. */
export interface MeetupCard {
  id: string;
  groupId: string;
  groupName: string;
  title: string;
  startAt: Date;
  endAt: Date;
  place: Place;
  capacity: number | null;
  goingCount: number;
  waitlistLength: number;
  costNote: string | null;
  cancelled: boolean;
  /** The meetup repeats and its series still makes new occurrences. */
  recurrence: Recurrence | undefined;
  /** The first people going, members only: each with the badge, level and temperature shown beside a name. */
  going: { displayName: string; verified: boolean; reputation: Reputation }[];
  /** Set for a workout, held in its video room: what kind, how long, and the group's goal. */
  workout: { kind: WorkoutKind; minutes: number; goal: WorkoutGoal | undefined } | undefined;
  /** Shown first to the neighbourhood until then (paid with points); null when not pinned now. */
  pinnedUntil: Date | null;
  viewer: {
    role: GroupRole | undefined;
    isHost: boolean;
    /** Host, or a moderator who may step in (runsMeetup). */
    runs: boolean;
    rsvp: RsvpStatus | undefined;
    waitlistPosition: number | undefined;
    checkedIn: boolean;
  };
}

/** Meetups a person went to as they said they would, and those they said they would and did not. */
export interface AttendanceRecord {
  attended: number;
  noShows: number;
}

import type { WorkoutGoal } from "../types.js";

/** One workout a person attended, as its settled room recorded it. */
export interface AttendedSession {
  startAt: Date;
  presentSeconds: number;
}

/** A person's streak against their group's goal (see countStreak). */
export interface Streak {
  current: number;
  best: number;
  /** When the last period `current` counts began; undefined while `current` is 0. */
  countedThrough: Date | undefined;
}

/** A day of the streak's calendar (see streakCalendar): no workout, one, one in a period that met the goal, or still to come. */
export type DayMark = "none" | "attended" | "met" | "ahead";

export interface CalendarWeek {
  /** Monday to Sunday. */
  days: DayMark[];
}

/** A member's streak as the group shows it to its members. */
export interface MemberStreak {
  userId: string;
  displayName: string;
  current: number;
}

/** One of my groups with a goal: my streak and its weeks, and the members' streaks, longest first. */
export interface GroupStreaks {
  groupId: string;
  groupName: string;
  goal: WorkoutGoal;
  mine: Streak;
  calendar: CalendarWeek[];
  /** Members with a streak alive, longest first (at most MEMBER_STREAKS_SHOWN). */
  members: MemberStreak[];
}

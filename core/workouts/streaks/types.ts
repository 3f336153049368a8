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

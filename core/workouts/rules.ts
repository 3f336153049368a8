// What a workout and a group's goal may be: the limits people are told when they type past them.

/** A session shorter than this is hardly one; longer than this, no one keeps a camera on. */
export const MIN_WORKOUT_MINUTES = 10;
export const MAX_WORKOUT_MINUTES = 180;

/** "주 3회": at most two a day over a week; "매일": at most three a day. */
export const MAX_GOAL_SESSIONS = { week: 14, day: 3 } as const;
export const MIN_GOAL_MINUTES = 10;
export const MAX_GOAL_MINUTES = 1000;

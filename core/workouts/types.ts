// The workouts' shared vocabulary: a workout is a meetup held in a video room on the self-hosted
// Jitsi deployment (jitsi/), and a workout group has a goal its members' streaks count against.

export const workoutKinds = ["home", "yoga", "stretching", "pilates", "strength", "cardio", "other"] as const;
export type WorkoutKind = (typeof workoutKinds)[number];

export type GoalPeriod = "day" | "week";

/** "주 3회": 3 sessions a week; "매일 20분": 1 session a day, 20 minutes in the room in all that day. */
export interface WorkoutGoal {
  period: GoalPeriod;
  sessions: number;
  minutes: number | undefined;
}

/**
 * What one person's own link to a room carries: the room, their seat (the opaque id events name
 * them by), the name others see, and when the link works.
 */
export interface RoomPass {
  room: string;
  seatId: string;
  displayName: string;
  moderator: boolean;
  notBefore: Date;
  expiresAt: Date;
}

/**
 * Turns a pass into the person's link (`https://JITSI_DOMAIN/<room>?jwt=…`), minted by the Jitsi
 * adapter (jitsi/). A link is a key: it goes only to the person, never to a shared chat or a log.
 */
export type RoomLinkMaker = (pass: RoomPass) => Promise<string>;

/**
 * A room once settled: everyone who had a seat in it and who of them attended; for a workout, its
 * meetup and group. What the streaks are counted again from (core/workouts/streaks).
 */
export interface SettledRoom {
  roomId: string;
  meetupId: string | undefined;
  groupId: string | undefined;
  userIds: string[];
  attendedUserIds: string[];
}

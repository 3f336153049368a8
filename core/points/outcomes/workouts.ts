import { Prisma } from "../../db/generated/client.js";
import { pointSettings } from "../settings.js";
import { notEntered, type OutcomeSource } from "./source.js";

// A workout earns each person its settled room counted as attended (core/workouts/attendance),
// when others attended with them: a room one sat in alone earns nothing.

const cause = Prisma.sql`'room:' || p."roomId"`;

export const workoutsAttended: OutcomeSource = {
  kind: "workout_attended",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ roomId: string; userId: string }[]>`
      SELECT p."roomId", p."userId" FROM "VideoRoom" v
      JOIN "RoomParticipant" p ON p."roomId" = v.id AND p.attended
      WHERE v."endedAt" >= ${since} AND v."settledAt" IS NOT NULL AND v.purpose = 'workout'
        AND (SELECT count(*) FROM "RoomParticipant" o WHERE o."roomId" = v.id AND o.attended)
          >= ${pointSettings.workoutMinAttendees}
        AND ${notEntered(Prisma.sql`p."userId"`, "workout_attended", cause)}
      LIMIT ${limit}`;
    return rows.map(({ roomId, userId }) => ({
      userId,
      kind: "workout_attended" as const,
      cause: `room:${roomId}`,
    }));
  },
};

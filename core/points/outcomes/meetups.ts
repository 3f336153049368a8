import { Prisma } from "../../db/generated/client.js";
import { pointSettings } from "../settings.js";
import { notEntered, type OutcomeSource } from "./source.js";

// A meetup earns what its settled attendance says: each attendee who checked in, and its host once
// enough others did. Workouts earn from their video rooms instead (workouts.ts).

const cause = Prisma.sql`'meetup:' || m.id`;

/** Meetups that ended since `since` and whose attendance is settled. */
const settledSince = (since: Date) => Prisma.sql`m.status = 'scheduled' AND m."endAt" >= ${since}
  AND m."settledAt" IS NOT NULL AND m."workoutKind" IS NULL`;

export const meetupsAttended: OutcomeSource = {
  kind: "meetup_attended",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ meetupId: string; userId: string; hostId: string }[]>`
      SELECT m.id AS "meetupId", r."userId", m."hostId" FROM "Meetup" m
      JOIN "Rsvp" r ON r."meetupId" = m.id AND r.attended AND r."userId" <> m."hostId"
      WHERE ${settledSince(since)} AND ${notEntered(Prisma.sql`r."userId"`, "meetup_attended", cause)}
      LIMIT ${limit}`;
    return rows.map(({ meetupId, userId, hostId }) => ({
      userId,
      kind: "meetup_attended" as const,
      cause: `meetup:${meetupId}`,
      counterpartId: hostId,
    }));
  },
};

export const meetupsHosted: OutcomeSource = {
  kind: "meetup_hosted",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<{ meetupId: string; hostId: string }[]>`
      SELECT m.id AS "meetupId", m."hostId" FROM "Meetup" m
      WHERE ${settledSince(since)} AND ${notEntered(Prisma.sql`m."hostId"`, "meetup_hosted", cause)}
        AND (SELECT count(*) FROM "Rsvp" r WHERE r."meetupId" = m.id AND r.attended
          AND r."userId" <> m."hostId") >= ${pointSettings.meetupHostedMinAttendees}
      LIMIT ${limit}`;
    return rows.map(({ meetupId, hostId }) => ({
      userId: hostId,
      kind: "meetup_hosted" as const,
      cause: `meetup:${meetupId}`,
    }));
  },
};

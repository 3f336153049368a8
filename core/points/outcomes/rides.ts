import { cellOf } from "../../cells.js";
import type { Database } from "../../db/client.js";
import { Prisma } from "../../db/generated/client.js";
import type { CreditInput } from "../types.js";
import { notEntered, type OutcomeSource } from "./source.js";

// A shared taxi earns each rider who said it happened, once a co-rider said so too and nobody
// reported them as a no-show. One rider's word alone is something one can do alone.

const cause = Prisma.sql`'ride:' || m."groupId"`;

interface Rode {
  groupId: string;
  riderId: string;
  /** The co-rider who confirmed first, for the per-counterpart cap. */
  counterpartId: string;
}

/** The groups among `groupIds` whose riders all started and ended in one cell: a ride that went nowhere. */
async function groupsInOneCell(db: Database, groupIds: string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const requests = await db.rideGroupMember.findMany({
    where: { groupId: { in: groupIds } },
    select: {
      groupId: true,
      request: { select: { originLat: true, originLng: true, destLat: true, destLng: true } },
    },
  });
  const cells = new Map<string, Set<number>>();
  for (const { groupId, request } of requests) {
    const seen = cells.get(groupId) ?? new Set<number>();
    seen.add(cellOf(request.originLat, request.originLng)).add(cellOf(request.destLat, request.destLng));
    cells.set(groupId, seen);
  }
  return new Set([...cells].filter(([, seen]) => seen.size === 1).map(([groupId]) => groupId));
}

export const ridesHappened: OutcomeSource = {
  kind: "ride_happened",
  async outstanding(db, since, limit) {
    const rows = await db.$queryRaw<Rode[]>`
      SELECT m."groupId", m."riderId", (SELECT o."riderId" FROM "RideGroupMember" o
          WHERE o."groupId" = m."groupId" AND o."riderId" <> m."riderId" AND o."rodeAt" IS NOT NULL
          ORDER BY o."rodeAt", o."riderId" LIMIT 1) AS "counterpartId"
      FROM "RideGroupMember" m JOIN "RideGroup" g ON g.id = m."groupId"
      WHERE m."rodeAt" >= ${since} AND g.status = 'departed'
        AND NOT EXISTS (SELECT 1 FROM "RideNoShow" n WHERE n."groupId" = m."groupId" AND n."reportedId" = m."riderId")
        AND ${notEntered(Prisma.sql`m."riderId"`, "ride_happened", cause)}
      LIMIT ${limit}`;
    const confirmed = rows.filter((row) => row.counterpartId !== null);
    const oneCell = await groupsInOneCell(db, [...new Set(confirmed.map((row) => row.groupId))]);
    return confirmed.map(
      (row): CreditInput => ({
        userId: row.riderId,
        kind: "ride_happened",
        cause: `ride:${row.groupId}`,
        counterpartId: row.counterpartId,
        ...(oneCell.has(row.groupId) ? { pattern: "one_cell" as const } : {}),
      }),
    );
  },
  // A co-rider's no-show report after the points were paid takes them back.
  async undone(db, since, limit) {
    return db.$queryRaw<{ entryId: string; reason: string }[]>`
      SELECT DISTINCT e.id AS "entryId", 'no-show:' || n."groupId" AS reason
      FROM "RideNoShow" n JOIN "PointEntry" e ON e."userId" = n."reportedId"
        AND e.kind = 'ride_happened' AND e.cause = 'ride:' || n."groupId"
      WHERE n."createdAt" >= ${since}
        AND NOT EXISTS (SELECT 1 FROM "PointEntry" r WHERE r."reversesId" = e.id)
      LIMIT ${limit}`;
  },
};

import type { Database } from "../../db/client.js";
import type { AttendanceRecord } from "../meetups/types.js";

/** Settled meetups the person said they would go to: attended, and not (for the shared trust score). */
export async function attendanceRecord(db: Database, userId: string): Promise<AttendanceRecord> {
  const counts = await db.rsvp.groupBy({
    by: ["attended"],
    where: { userId, attended: { not: null } },
    _count: { _all: true },
  });
  const count = (attended: boolean) => counts.find((row) => row.attended === attended)?._count._all ?? 0;
  return { attended: count(true), noShows: count(false) };
}

/**
 * People going who have not checked in, for the host to check in by hand: as many as one screen
 * of buttons holds (Discord takes five rows of them); the next come as these are checked in.
 */
export const WAITING_SHOWN = 12;

export async function listNotCheckedIn(
  db: Database,
  meetupId: string,
): Promise<{ userId: string; displayName: string }[]> {
  const rows = await db.rsvp.findMany({
    where: { meetupId, status: "going", checkedInAt: null },
    orderBy: { respondedAt: "asc" },
    take: WAITING_SHOWN,
    select: { userId: true, user: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ userId: row.userId, displayName: row.user.displayName }));
}

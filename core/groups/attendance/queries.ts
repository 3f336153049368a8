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

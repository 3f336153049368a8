import type { Database } from "../../db/client.js";

/** Meetups whose reminder jobs do not match their version yet, oldest debt first, for the worker's scan. */
export async function listMeetupsDueForReminders(db: Database, limit = 500) {
  return db.meetup.findMany({
    where: { remindersDueAt: { not: null } },
    orderBy: { remindersDueAt: "asc" },
    take: limit,
    select: { id: true, version: true, remindersVersion: true, startAt: true, status: true },
  });
}

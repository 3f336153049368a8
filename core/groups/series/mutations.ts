import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import type { Meetup } from "../../db/generated/client.js";
import { AppError } from "../../errors.js";
import { insertMeetup } from "../meetups/mutations.js";
import { memberRole } from "../queries.js";
import { hasRole, requireRole } from "../roles.js";
import { nextOccurrenceIndex, occurrenceStart } from "./recurrence.js";

/**
 * Makes the next occurrence of each running series whose latest occurrence has started, so one
 * is always ahead. Two workers at once are harmless: the series' lock makes them take turns, and
 * the unique (seriesId, seriesIndex) refuses a second copy.
 */
export async function extendSeries(db: Database, now = new Date()): Promise<number> {
  const due = await db.meetupSeries.findMany({
    where: { stoppedAt: null, meetups: { none: { startAt: { gt: now } } } },
    select: { id: true },
    take: 100,
  });
  let made = 0;
  for (const { id } of due) {
    try {
      made += await extendOneSeries(db, id, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return made;
}

/**
 * What a new occurrence takes from the latest one: a changed title, venue or capacity carries on,
 * while its time is counted from the first (occurrenceStart).
 */
function carriedOver(latest: Meetup) {
  const { groupId, hostId, title, placeLat, placeLng, placeLabel, capacity, costNote, playground } = latest;
  const { workoutKind } = latest;
  return {
    groupId,
    hostId,
    title,
    placeLat,
    placeLng,
    placeLabel,
    capacity,
    costNote,
    playground,
    workoutKind,
  };
}

async function extendOneSeries(db: Database, seriesId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "MeetupSeries" WHERE id = ${seriesId}::uuid FOR NO KEY UPDATE`;
    const series = await tx.meetupSeries.findUniqueOrThrow({ where: { id: seriesId } });
    const first = await tx.meetup.findFirst({ where: { seriesId }, orderBy: { seriesIndex: "asc" } });
    const latest = await tx.meetup.findFirst({ where: { seriesId }, orderBy: { seriesIndex: "desc" } });
    if (series.stoppedAt || !first || !latest || latest.startAt > now) return 0;
    // A host who is no longer a moderator (or left) no longer hosts: their series ends with them.
    const role = await memberRole(tx, series.groupId, series.hostId);
    if (!role || !hasRole(role, "moderator")) {
      await tx.meetupSeries.update({ where: { id: seriesId }, data: { stoppedAt: now } });
      return 0;
    }
    const index = nextOccurrenceIndex(first.startAt, series, latest.seriesIndex ?? 0, now);
    const startAt = occurrenceStart(first.startAt, series, index);
    const length = first.endAt.getTime() - first.startAt.getTime();
    await insertMeetup(
      tx,
      {
        ...carriedOver(latest),
        startAt,
        endAt: new Date(startAt.getTime() + length),
        seriesId,
        seriesIndex: index,
      },
      now,
    );
    return 1;
  });
}

/** Ends a series: its meetups already made stay, no new ones come. */
export async function stopSeries(db: Database, userId: string, meetupId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({
      where: { id: meetupId },
      select: { groupId: true, seriesId: true },
    });
    if (!meetup?.seriesId) throw new AppError("not-found");
    requireRole(await memberRole(tx, meetup.groupId, userId), "moderator");
    await tx.meetupSeries.updateMany({
      where: { id: meetup.seriesId, stoppedAt: null },
      data: { stoppedAt: now },
    });
  });
}

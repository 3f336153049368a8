import { settleRoom } from "../../core/workouts/attendance/mutations.js";
import { findSettledRoom, listRoomsToSettle } from "../../core/workouts/attendance/queries.js";
import { endOverdueRooms } from "../../core/workouts/presence/mutations.js";
import { recomputeStreaks } from "../../core/workouts/streaks/mutations.js";
import { expireUntakenVideoChecks } from "../../core/workouts/video-checks/mutations.js";
import type { GroupsDeps } from "../groups/worker.js";
import {
  addKeyedJobs,
  defineHandler,
  type HandlerRegistration,
  keyedJobOptions,
  roomSettlementJobId,
  streaksJobId,
} from "../jobs.js";

// The upkeep of workouts' video rooms: the ends honjok decides itself, then each ended room's
// settlement as a job of its own, keyed by the room. The rooms' rows are the record: a room not
// yet settled is queued again by the next upkeep, so a crash anywhere loses nothing. A settled
// workout's streaks are counted again by a job of their own, keyed by the room as well. The same
// upkeep gives up the video check requests no operator took in time, and tells their people.

/** The timeout is half an hour: a minute late is neither here nor there, and ends are set to the exact time. */
export const ROOM_UPKEEP_MS = 60_000;

/** Rooms queued for settlement per upkeep; the next one queues the rest. */
const SETTLE_BATCH = 500;

// A settlement is one transaction that a retry repeats whole, or finds done.
const settleOptions = keyedJobOptions({ attempts: 5, firstRetryDelayMs: 2000 });

export function roomHandlers({ db, queue, logger }: GroupsDeps): HandlerRegistration[] {
  return [
    defineHandler("groups", "room-upkeep", async () => {
      const now = new Date();
      const ended = await endOverdueRooms(db, now);
      const due = await listRoomsToSettle(db, now, SETTLE_BATCH);
      const jobs = due.map((roomId) => ({ data: { roomId }, jobId: roomSettlementJobId(roomId) }));
      await addKeyedJobs(queue, "settle-room", jobs, settleOptions);
      const givenUp = await expireUntakenVideoChecks(db, now);
      if (ended > 0 || due.length > 0 || givenUp > 0) {
        logger.info({ ended, settling: due.length, videoChecksGivenUp: givenUp }, "room upkeep");
      }
    }),
    defineHandler("groups", "settle-room", async ({ roomId }) => {
      // A retry after the settlement committed finds it done and goes on from here, so whatever
      // follows a settlement (the streaks of `settled.userIds`) runs at least once for it.
      const settled = await settleRoom(db, roomId);
      if (!settled) return;
      logger.info({ roomId, seats: settled.userIds.length }, "room settled");
      if (settled.groupId) {
        await addKeyedJobs(
          queue,
          "recount-streaks",
          [{ data: { roomId }, jobId: streaksJobId(roomId) }],
          settleOptions,
        );
      }
    }),
    defineHandler("groups", "recount-streaks", async ({ roomId }) => {
      const settled = await findSettledRoom(db, roomId);
      if (!settled?.groupId) return;
      await recomputeStreaks(db, { userIds: settled.userIds, groupId: settled.groupId });
    }),
  ];
}

import type { WorkerOptions } from "bullmq";
import { remindRides, settleDepartedRides } from "../../core/carpool/departures/mutations.js";
import type { Matcher } from "../../core/carpool/matching.js";
import { expireProposals } from "../../core/carpool/proposals/mutations.js";
import { listRequestsDueForMatching } from "../../core/carpool/queries.js";
import { expireWaitingRequests } from "../../core/carpool/requests/mutations.js";
import type { CarpoolSettings } from "../../core/carpool/settings.js";
import type { Database } from "../../core/db/client.js";
import type { Logger } from "../../runtime/logger.js";
import {
  addKeyedJobs,
  defineHandler,
  type HandlerRegistration,
  keyedJobOptions,
  matchJobId,
  scheduleEvery,
  type TypedQueue,
} from "../jobs.js";

export type CarpoolQueue = TypedQueue<"carpool">;

/** A new request is looked at within about a second. */
export const RIDE_SCAN_MS = 1000;
/** The batch pass and upkeep (proposal timeouts, reminders, departures). */
export const BATCH_MATCH_MS = 30_000;

export const carpoolWorkerOptions = {
  /** The index is this process's memory: one pass at a time keeps it consistent without locks. */
  concurrency: 1,
} satisfies Partial<WorkerOptions>;

export interface CarpoolDeps {
  db: Database;
  queue: CarpoolQueue;
  matcher: Matcher;
  settings: CarpoolSettings;
  logger: Logger;
}

/**
 * Queues a match job for every request that owes one. The job id carries the version, so a
 * repeated scan adds nothing and a changed request is matched again; the request itself records
 * the debt, so a crash anywhere between saving and matching is made good by the next scan.
 */
async function scanRideRequests({ db, queue }: CarpoolDeps): Promise<number> {
  const due = await listRequestsDueForMatching(db);
  const jobs = due.map(({ id, version }) => ({
    data: { requestId: id, version },
    jobId: matchJobId(id, version),
  }));
  return addKeyedJobs(
    queue,
    "match-ride-request",
    jobs,
    keyedJobOptions({ attempts: 5, firstRetryDelayMs: 1000 }),
  );
}

export function carpoolHandlers(deps: CarpoolDeps): HandlerRegistration[] {
  const { db, matcher, settings, logger } = deps;
  return [
    defineHandler("carpool", "scan-ride-requests", async () => {
      const queued = await scanRideRequests(deps);
      if (queued > 0) logger.debug({ queued }, "ride requests queued for matching");
    }),
    defineHandler("carpool", "match-ride-request", async ({ requestId, version }) => {
      const groupId = await matcher.matchRequest(requestId, version);
      logger.debug({ requestId, version, proposed: groupId !== undefined }, "ride request matched");
    }),
    defineHandler("carpool", "batch-match-rides", async () => {
      const proposed = await matcher.matchBatch();
      if (proposed > 0) logger.info({ proposed, open: matcher.openRequests }, "batch pass proposed rides");
    }),
    defineHandler("carpool", "ride-upkeep", async () => {
      const now = new Date();
      const done = {
        proposalsExpired: await expireProposals(db, now),
        requestsExpired: await expireWaitingRequests(db, now),
        reminded: await remindRides(db, settings, now),
        departed: await settleDepartedRides(db, now),
      };
      if (Object.values(done).some((count) => count > 0)) logger.info(done, "ride upkeep");
    }),
  ];
}

export interface CarpoolSchedule {
  scanMs: number;
  batchMs: number;
}

export async function scheduleCarpoolJobs(queue: CarpoolQueue, schedule: CarpoolSchedule): Promise<void> {
  await scheduleEvery<"carpool">(queue, [
    ["scan-ride-requests", schedule.scanMs],
    ["batch-match-rides", schedule.batchMs],
    ["ride-upkeep", schedule.batchMs],
  ]);
}

import type { WorkerOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { creditOutcomes } from "../../core/points/outcomes/scan.js";
import type { Logger } from "../../runtime/logger.js";
import { defineHandler, type HandlerRegistration, scheduleEvery, type TypedQueue } from "../jobs.js";

/** Points follow an outcome by this much at most: soon enough to be seen after a trade's ratings. */
export const POINTS_SCAN_MS = 15_000;

export const pointsWorkerOptions = {
  // One scan at a time: two would only meet on the same balance locks.
  concurrency: 1,
} satisfies Partial<WorkerOptions>;

export function pointsHandlers({ db, logger }: { db: Database; logger: Logger }): HandlerRegistration[] {
  return [
    defineHandler("points", "credit-outcomes", async () => {
      const counts = await creditOutcomes(db);
      if (counts.failed > 0) logger.warn(counts, "points scan left entries for the next scan");
      else if (counts.entered + counts.reversed > 0) logger.info(counts, "points entered for outcomes");
    }),
  ];
}

export async function schedulePointsJobs(queue: TypedQueue<"points">, scanMs: number): Promise<void> {
  await scheduleEvery<"points">(queue, [["credit-outcomes", scanMs]]);
}

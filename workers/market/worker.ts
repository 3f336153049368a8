import type { WorkerOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { deleteStaleSearches, matchAlerts } from "../../core/market/searches/mutations.js";
import type { Logger } from "../../runtime/logger.js";
import { defineHandler, type HandlerRegistration, keyedJobOptions, scheduleEvery } from "../jobs.js";
import { type MarketQueue, scanPublishedItems } from "./alerts.js";
import { runExpiry } from "./upkeep.js";

/**
 * "Every few seconds": a new item reaches the people waiting for it, and a change reaches the
 * boards, soon after it is made.
 */
export const MARKET_SCAN_MS = 3000;
const MINUTE_MS = 60 * 1000;

export const marketWorkerOptions = {
  /** Market jobs are short database transactions: a few at once, leaving the pool to the rest. */
  concurrency: 4,
} satisfies Partial<WorkerOptions>;

export interface MarketDeps {
  db: Database;
  queue: MarketQueue;
  logger: Logger;
}

export function marketHandlers({ db, queue, logger }: MarketDeps): HandlerRegistration[] {
  // A failed match is retried with backoff; after the last try the item stays unmatched and its
  // kept job id holds it back for a day, so an item that always fails is not retried every scan.
  const matchOptions = keyedJobOptions({ attempts: 5, firstRetryDelayMs: 2000 });
  return [
    defineHandler("market", "scan-published-items", async () => {
      const queued = await scanPublishedItems({ db, queue, matchOptions });
      if (queued > 0) logger.debug({ queued }, "items queued for alert matching");
    }),
    defineHandler("market", "match-alerts", async ({ itemId }) => {
      const notified = await matchAlerts(db, itemId);
      logger.debug({ itemId, notified }, "alerts matched");
    }),
    defineHandler("market", "expire-items", async () => {
      logger.info(await runExpiry(db), "listings reminded and expired");
    }),
    defineHandler("market", "clean-searches", async () => {
      logger.info({ deleted: await deleteStaleSearches(db) }, "old searches deleted");
    }),
  ];
}

/** Creates or updates the market's schedulers; one per name across every machine, so a run happens once. */
export async function scheduleMarketJobs(queue: MarketQueue, scanMs: number): Promise<void> {
  await scheduleEvery<"market">(queue, [
    ["scan-published-items", scanMs],
    ["scan-board-sync", scanMs],
    ["expire-items", 10 * MINUTE_MS],
    ["clean-searches", 60 * MINUTE_MS],
  ]);
}

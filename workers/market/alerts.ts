import type { JobsOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { findItemsToMatch } from "../../core/market/searches/queries.js";
import { addKeyedJobs, alertsJobId, type TypedQueue } from "../jobs.js";

export type MarketQueue = TypedQueue<"market">;

const BATCH = 500;

export interface AlertScanDeps {
  db: Database;
  queue: MarketQueue;
  matchOptions: JobsOptions;
}

/**
 * Queues a match-alerts job for each published item not matched yet. Nothing is marked here: the
 * job's own transaction marks the item, and until it has, a repeat scan (a later tick, another
 * machine) adds the same job id, which BullMQ ignores. An item whose process died before matching
 * is still unmatched in the database, so the next scan picks it up.
 */
export async function scanPublishedItems({ db, queue, matchOptions }: AlertScanDeps): Promise<number> {
  const itemIds = await findItemsToMatch(db, BATCH);
  const jobs = itemIds.map((itemId) => ({ data: { itemId }, jobId: alertsJobId(itemId) }));
  return addKeyedJobs(queue, "match-alerts", jobs, matchOptions);
}

import type { WorkerOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { recomputeEveryone, recomputeTrust } from "../../core/trust/mutations.js";
import { listStaleTrustScores } from "../../core/trust/queries.js";
import type { Logger } from "../../runtime/logger.js";
import {
  addKeyedJobs,
  type DailyAt,
  defineHandler,
  type HandlerRegistration,
  keyedJobOptions,
  scheduleEvery,
  type TypedQueue,
  trustJobId,
} from "../jobs.js";

// Trust scores kept in step with their causes: the scan queues one keyed job per stale score and
// version, each recomputes from the facts (core/trust/mutations.ts); at night everyone is
// recomputed, as time alone moves a temperature.

export type TrustQueue = TypedQueue<"trust">;

/** A cause shows in the temperatures others see within about two seconds. */
export const TRUST_SCAN_MS = 2000;
/** At 04:00 in Seoul, when hardly anyone is about. */
export const TRUST_NIGHTLY: DailyAt = { pattern: "0 4 * * *", tz: "Asia/Seoul" };

export const trustWorkerOptions = {
  /** Short reads and one upsert each: a few at once, leaving the pool to the rest. */
  concurrency: 4,
} satisfies Partial<WorkerOptions>;

export interface TrustDeps {
  db: Database;
  queue: TrustQueue;
  logger: Logger;
}

export interface TrustSchedule {
  scanMs: number;
  nightly: DailyAt | number;
}

// A failed recompute is simply tried again: it writes nothing older than what is stored.
const recomputeOptions = keyedJobOptions({ attempts: 5, firstRetryDelayMs: 2000 });

/** Queues a job per stale score under its version's id; returns how many were owed. */
export async function scanTrustScores({ db, queue }: TrustDeps): Promise<number> {
  const stale = await listStaleTrustScores(db);
  await addKeyedJobs(
    queue,
    "recompute-trust",
    stale.map(({ userId, version }) => ({ data: { userId }, jobId: trustJobId(userId, version) })),
    recomputeOptions,
  );
  return stale.length;
}

export function trustHandlers(deps: TrustDeps): HandlerRegistration[] {
  const { db, logger } = deps;
  return [
    defineHandler("trust", "scan-trust-scores", async () => {
      const owed = await scanTrustScores(deps);
      if (owed > 0) logger.debug({ owed }, "trust recomputes queued");
    }),
    defineHandler("trust", "recompute-trust", async ({ userId }) => {
      await recomputeTrust(db, [userId]);
    }),
    defineHandler("trust", "recompute-all-trust", async () => {
      const changed = await recomputeEveryone(db);
      logger.info({ changed }, "nightly trust recompute");
    }),
  ];
}

export async function scheduleTrustJobs(queue: TrustQueue, schedule: TrustSchedule): Promise<void> {
  await scheduleEvery<"trust">(queue, [
    ["scan-trust-scores", schedule.scanMs],
    ["recompute-all-trust", schedule.nightly],
  ]);
}

import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person } from "../../core/market/test-seed.js";
import { markTrustStale } from "../../core/trust/mutations.js";
import { startConfiguredWorkers } from "../../runtime/workers.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { waitFor } from "../../test/wait.js";
import { testWorkersConfig } from "../../test/workers-config.js";
import { trustJobId } from "../jobs.js";
import { openWaitingConnection } from "../start.js";
import { scanTrustScores, type TrustQueue } from "./worker.js";

// Trust scores as the workers keep them on a real Redis: a cause committed without any job
// (as after a crash between commit and enqueue) is found by the scan, recomputed by one keyed job.

let test: TestAppContext;

beforeAll(async () => {
  test = await createTestAppContext();
});
afterAll(async () => {
  await test?.cleanup();
});

describe("the trust scan", () => {
  it("recomputes a score a cause left stale through one job per version, however often it scans", async () => {
    const db = test.database.db;
    const subject = await person(db, "민지");
    await db.user.update({ where: { id: subject }, data: { verifiedAt: new Date(), phoneCipher: "sealed" } });
    await db.$transaction((tx) => markTrustStale(tx, [subject]));
    const queue: TrustQueue = new Queue("trust", {
      connection: openWaitingConnection(test.ctx, "test queue"),
      prefix: test.ctx.queuePrefix,
    });
    test.ctx.shutdown.add("test queue", () => queue.close());
    // Two scans before any worker runs (two machines at once): one job.
    const deps = { db, queue, logger: test.ctx.logger };
    await Promise.all([scanTrustScores(deps), scanTrustScores(deps)]);
    expect(await queue.getJobCounts("waiting")).toEqual({ waiting: 1 });
    expect(await queue.getJob(trustJobId(subject, 1))).toBeDefined();

    await startConfiguredWorkers(test.ctx, testWorkersConfig, { trust: { scanMs: 100 } });
    const row = await waitFor("the recomputed score", async () => {
      const score = await db.trustScore.findUniqueOrThrow({ where: { userId: subject } });
      return score.staleSince === null ? score : undefined;
    });
    expect(row).toMatchObject({ temperature: 36.8, version: 1, computedVersion: 1 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONNECTION_ERROR_LOG_INTERVAL_MS } from "../runtime/connection-errors.js";
import { capturingLogger } from "../test/logger.js";
import { type OwnRedis, startOwnRedis } from "../test/outages.js";
import { waitFor } from "../test/wait.js";
import { startTestWorkers } from "./test-harness.js";

// The workers through outages they cannot avoid: Redis going away (a redis-server of its own).

describe("Redis gone", () => {
  const captured = capturingLogger();
  let redis: OwnRedis;
  let harness: Awaited<ReturnType<typeof startTestWorkers>>;

  beforeAll(async () => {
    redis = await startOwnRedis();
    harness = await startTestWorkers({}, { logger: captured.logger, services: { redisUrl: redis.url } });
  });

  afterAll(async () => {
    await harness?.stop();
    await redis?.stop();
  });

  it("is logged once however many connections fail to reconnect, and the workers pick up once it is back", async () => {
    const outageStart = captured.records.length;
    await redis.stop();
    try {
      // Every connection tries again many times in this while (ioredis: after 50 ms, 100 ms, …).
      await new Promise((resolve) => setTimeout(resolve, CONNECTION_ERROR_LOG_INTERVAL_MS / 4));
    } finally {
      await redis.start();
    }
    const duringOutage = captured.records.slice(outageStart);
    expect(duringOutage.filter((record) => record.msg === "connection error")).toHaveLength(1);
    expect(duringOutage.filter((record) => Number(record.level) >= 50)).toHaveLength(1);

    // The restarted Redis kept nothing (no persistence here), so the job is added by hand.
    await waitFor("the shared connection to be back", () => harness.ctx.redis.status === "ready");
    const { id = "" } = await harness.queue.add("relay-outbox", {});
    await waitFor("a job added after the outage to be done", async () => {
      return (await harness.queue.getJobState(id)) === "completed";
    });
  });
});

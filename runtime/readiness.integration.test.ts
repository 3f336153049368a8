import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAppContext, type TestAppContext } from "../test/app-context.js";
import { type DatabaseProxy, type OwnRedis, startDatabaseProxy, startOwnRedis } from "../test/outages.js";
import { waitFor } from "../test/wait.js";
import { createHttpApp, listen } from "./http.js";
import { openRedis } from "./services.js";

// /readyz as a process serves it, on a Redis of this file's own and a PostgreSQL behind a proxy it
// cuts: a dependency that is away must make it answer 503 at once, not hang with it.

let redis: OwnRedis;
let proxy: DatabaseProxy;
let test: TestAppContext;
let base: string;

beforeAll(async () => {
  redis = await startOwnRedis();
  proxy = await startDatabaseProxy();
  test = await createTestAppContext(undefined, { redisUrl: redis.url, databasePort: proxy.port });
  const { ctx } = test;
  const app = createHttpApp({
    logger: ctx.logger,
    metrics: ctx.metrics,
    metricsToken: undefined,
    readiness: ctx.readiness,
  });
  const server = await listen(app, "127.0.0.1", 0, ctx.shutdown);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await test?.cleanup();
  await proxy?.close();
  await redis?.stop();
});

/** The answer and how long it took: the point is that a probe gets one promptly. */
async function probe() {
  const started = performance.now();
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: await response.json(), ms: performance.now() - started };
}

const isReady = async () => (await probe()).status === 200;

describe("/readyz", () => {
  it("is ready once both are up (Redis as soon as the connection is)", async () => {
    await waitFor("the first readiness", isReady);
    expect(await probe()).toMatchObject({ status: 200, body: { checks: { database: true, redis: true } } });
  });

  it("answers 503 in under a second while Redis is stopped, and 200 once it is back", async () => {
    await redis.stop();
    try {
      const answer = await probe();
      expect(answer).toMatchObject({ status: 503, body: { checks: { database: true, redis: false } } });
      expect(answer.ms).toBeLessThan(1000);
    } finally {
      await redis.start();
    }
    await waitFor("readiness after Redis is back", isReady);
  });

  it("answers 503 in under a second while Redis is connected but does not answer", async () => {
    const admin = openRedis(redis.url);
    await admin.call("CLIENT", "PAUSE", "2000", "ALL");
    admin.disconnect();
    const answer = await probe();
    expect(answer).toMatchObject({ status: 503, body: { checks: { redis: false } } });
    expect(answer.ms).toBeLessThan(1000);
    await waitFor("readiness after the pause", isReady);
  });

  it("answers 503 in under a second while PostgreSQL is away, and 200 once it is back", async () => {
    await proxy.cut();
    try {
      const answer = await probe();
      expect(answer).toMatchObject({ status: 503, body: { checks: { database: false, redis: true } } });
      expect(answer.ms).toBeLessThan(1000);
    } finally {
      await proxy.restore();
    }
    await waitFor("readiness after PostgreSQL is back", isReady);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONNECTION_ERROR_LOG_INTERVAL_MS } from "../runtime/connection-errors.js";
import { type FakeTelegram, startFakeTelegram } from "../test/fake-telegram/server.js";
import { capturingLogger } from "../test/logger.js";
import { type DatabaseProxy, type OwnRedis, startDatabaseProxy, startOwnRedis } from "../test/outages.js";
import { waitFor } from "../test/wait.js";
import { deliverJobId } from "./jobs.js";
import { createPerson, notificationRow, notify, startTestWorkers } from "./test-harness.js";

// The workers through outages they cannot avoid: PostgreSQL going away right after Telegram
// accepted a message (a proxy this file cuts), and Redis going away (a redis-server of its own).

const TOKEN = "123456:TEST-token";

describe("PostgreSQL gone right after Telegram accepted a notification", () => {
  const captured = capturingLogger();
  let telegram: FakeTelegram;
  let proxy: DatabaseProxy;
  let harness: Awaited<ReturnType<typeof startTestWorkers>>;

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    proxy = await startDatabaseProxy();
    harness = await startTestWorkers(
      // Tries enough to outlast the outage: the point is what the try after it does.
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, NOTIFY_ATTEMPTS: 20 },
      { logger: captured.logger, services: { databasePort: proxy.port } },
    );
  });

  afterAll(async () => {
    await harness?.stop();
    await proxy?.close();
    await telegram?.close();
  });

  it("records the delivery once it is back, without sending the message again, logging one line per failed try", async () => {
    const chatId = "7001";
    const userId = await createPerson(harness.db, { platform: "telegram", externalId: chatId, chatId });
    telegram.beforeAnswering(() => proxy.cut());
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    const tries = async () => (await harness.queue.getJob(deliverJobId(id)))?.attemptsMade ?? 0;

    await waitFor("Telegram to accept the message", () => telegram.callsTo(chatId).length === 1);
    await waitFor("two tries to fail while PostgreSQL is away", async () => (await tries()) >= 2);
    await proxy.restore();
    await waitFor("the row to be recorded as sent", async () => {
      return (await notificationRow(harness.db, id)).status === "sent";
    });

    expect(telegram.callsTo(chatId)).toHaveLength(1);
    expect(await notificationRow(harness.db, id)).toMatchObject({ deliveredTo: "telegram" });
    // attemptsMade counts the try that succeeded too.
    const failedTries = (await tries()) - 1;
    const aboutIt = captured.lines.filter((line) => line.includes(id));
    expect(aboutIt).toHaveLength(failedTries);
    // Nor a stack from the other jobs that met the outage (the outbox relay, the scans).
    expect(captured.lines.filter((line) => line.includes('"stack"'))).toEqual([]);
  });
});

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
    let duringOutage: Record<string, unknown>[];
    try {
      // Every connection tries again many times in this while (ioredis: after 50 ms, 100 ms, …).
      await new Promise((resolve) => setTimeout(resolve, CONNECTION_ERROR_LOG_INTERVAL_MS / 4));
      duringOutage = captured.records.slice(outageStart);
    } finally {
      await redis.start();
    }
    expect(duringOutage.filter((record) => record.msg === "connection error")).toHaveLength(1);
    expect(duringOutage.filter((record) => Number(record.level) >= 50)).toHaveLength(1);

    // The restarted Redis kept nothing (no persistence here), so a job is added by hand: on BullMQ's
    // waiting connection, as soon as that is back.
    const { id = "" } = await harness.queue.add("relay-outbox", {});
    // A worker whose fetch failed in the outage fetches again after BullMQ's runRetryDelay (15 s).
    await waitFor(
      "a job added after the outage to be done",
      async () => (await harness.queue.getJobState(id)) === "completed",
      20_000,
    );
  }, 40_000);
});

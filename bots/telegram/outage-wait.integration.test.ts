import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Person } from "../../test/fake-telegram/person.js";
import { t } from "../../test/korean.js";
import { capturingLogger } from "../../test/logger.js";
import { type DatabaseProxy, type OwnRedis, startDatabaseProxy, startOwnRedis } from "../../test/outages.js";
import { type Emulator, startEmulator } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

// Long polling over real HTTP (the bot polls the fake Telegram), on a Redis of this file's own and
// a PostgreSQL behind a proxy it cuts. A fetched update is never delivered again, so one that meets
// an outage must wait it out: handled late, without the generic error in between.

const captured = capturingLogger();
let redis: OwnRedis;
let proxy: DatabaseProxy;
let test: TelegramTestContext;
let emulator: Emulator;

beforeAll(async () => {
  redis = await startOwnRedis();
  proxy = await startDatabaseProxy();
  test = await createTelegramTestContext(captured.logger, { redisUrl: redis.url, databasePort: proxy.port });
  emulator = await startEmulator(test);
});

afterAll(async () => {
  await emulator?.stop();
  await test?.cleanup();
  await proxy?.close();
  await redis?.stop();
});

const logged = (message: string) => captured.records.filter((record) => record.msg === message);
const isHelp = (message: { text: string }) => message.text.includes(t("help-intro"));

/** Sends /help during the outage `begin` makes, ends it once the bot is seen waiting, reads the reply. */
async function helpThroughOutage(person: Person, outage: { begin(): Promise<void>; end(): Promise<void> }) {
  const waitsBefore = logged("update waits for an outage to end").length;
  await outage.begin();
  try {
    await person.command("/help");
    await waitFor("the bot to wait for the outage", () =>
      logged("update waits for an outage to end").length > waitsBefore ? true : undefined,
    );
  } finally {
    await outage.end();
  }
  await person.receive(isHelp, "the help reply, after the outage");
  expect(person.received.map((message) => message.text)).not.toContain(t("error-unexpected"));
  expect(logged("update waits for an outage to end")).toHaveLength(waitsBefore + 1);
}

describe("long polling through an outage", () => {
  it("handles an update that met a PostgreSQL outage once the database is back", async () => {
    const person = new Person(emulator.server, 9101, "민지", "ko");
    await helpThroughOutage(person, { begin: () => proxy.cut(), end: () => proxy.restore() });
    expect(person.received.filter(isHelp)).toHaveLength(1);
  });

  it("handles an update that met a Redis outage once Redis is back", async () => {
    const person = new Person(emulator.server, 9102, "하늘", "ko");
    await helpThroughOutage(person, { begin: () => redis.stop(), end: () => redis.start() });
    expect(person.received.filter(isHelp)).toHaveLength(1);
    // Logged once the update is marked handled, a moment after the reply went out.
    await waitFor(
      "both waits to be logged as over",
      () => logged("update handled after an outage").length >= 2,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialogRedisKey } from "../../conversation/dialogs.js";
import type { Dispatcher } from "../../conversation/dispatcher.js";
import { recordingBot } from "../../test/fake-telegram/in-process.js";
import { type FakeUser, textUpdate } from "../../test/fake-telegram/updates.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";
import { updateKey } from "./update-dedupe.js";

// What an update costs in Redis, counted on the connection's socket: each write is one round trip.

let test: TelegramTestContext;

beforeAll(async () => {
  test = await createTelegramTestContext();
});

afterAll(async () => {
  await test?.cleanup();
});

/** Behind a webhook, so an update that met an outage fails at once instead of waiting it out. */
const botWith = (dispatcher: Dispatcher = test.app.dispatcher) =>
  recordingBot({ ...test.app, dispatcher }, { webhook: true });

/** How many times `run` writes to the shared Redis connection's socket. */
async function redisWritesOf(run: () => Promise<void>): Promise<number> {
  const stream = test.app.redis.stream;
  const write = stream.write;
  let writes = 0;
  stream.write = function (this: typeof stream, ...args: Parameters<typeof write>) {
    writes += 1;
    return write.apply(this, args);
  } as typeof write;
  try {
    await run();
  } finally {
    stream.write = write;
  }
  return writes;
}

const dialogOf = (user: FakeUser) =>
  test.app.redis.get(dialogRedisKey(test.app.queuePrefix, `telegram:${user.id}`));

describe("an update's Redis round trips", () => {
  it("are two, for a command, the start of a dialog and its answer alike", async () => {
    const { bot, calls } = botWith();
    const hana: FakeUser = { id: 7101, firstName: "하나", languageCode: "ko" };
    await bot.handleUpdate(textUpdate(hana, "/help"));
    for (const text of ["/help", "/profile_name", "하나둘"]) {
      expect(await redisWritesOf(() => bot.handleUpdate(textUpdate(hana, text)))).toBe(2);
    }
    expect(await dialogOf(hana)).toBeNull();
    expect(JSON.stringify(calls.at(-1)?.payload)).toContain("하나둘");
  });

  it("write the dialog's change only with the handled mark: an outage drops both", async () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    let failing = true;
    const flaky: Dispatcher = {
      ...test.app.dispatcher,
      async handle(...args) {
        const outcome = await test.app.dispatcher.handle(...args);
        if (failing) throw outage;
        return outcome;
      },
    };
    const { bot, calls } = botWith(flaky);
    const joon: FakeUser = { id: 7102, firstName: "Joon", languageCode: "en" };
    const update = textUpdate(joon, "/profile_name");
    await expect(bot.handleUpdate(update)).rejects.toThrow();
    expect(await dialogOf(joon)).toBeNull();
    expect(await test.app.redis.get(updateKey(test.app.queuePrefix, update.update_id))).toBeNull();

    failing = false;
    await bot.handleUpdate(update);
    expect(JSON.parse((await dialogOf(joon)) ?? "{}")).toMatchObject({ command: "profile_name" });
    expect(await test.app.redis.get(updateKey(test.app.queuePrefix, update.update_id))).toBe("handled");
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
  });
});

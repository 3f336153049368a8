import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { findProfileByAccount } from "../../core/identity/queries.js";
import { setGroupGoal } from "../../core/workouts/mutations.js";
import { recomputeGroupStreaks } from "../../core/workouts/streaks/mutations.js";
import { attendedWorkout } from "../../core/workouts/streaks/test-streaks.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { interact } from "../../test/fake-discord/interact.js";
import { textOf } from "../../test/fake-discord/messages.js";
import { type Payload, type Person, slashCommand } from "../../test/fake-discord/payloads.js";
import { type FakeDiscord, startFakeDiscord } from "../../test/fake-discord/server.js";
import { createDiscordBot } from "./bot.js";

// `/streak` on Discord: the words in the embed, the calendar uploaded with the answer as an
// attachment the embed shows, only to the person who asked.

let test: TestAppContext;
let api: FakeDiscord;
let client: Client;

beforeAll(async () => {
  [test, api] = await Promise.all([createTestAppContext(), startFakeDiscord()]);
  client = createDiscordBot(test.ctx, { token: "test-bot-token-0123456789", apiRoot: api.apiRoot });
});

afterAll(async () => {
  await client?.destroy();
  await api?.close();
  await test?.cleanup();
});

const EPHEMERAL = 64;
const send = (payload: Payload, messageCount: number) => interact(api, client, payload, messageCount);

const runner: Person = {
  id: "2400000000000000001",
  username: "runner",
  globalName: "Runner",
  locale: "en-US",
  where: "guild",
};

describe("/streak on Discord", () => {
  it("answers ephemerally with my streak in the embed and the calendar as its attached image", async () => {
    const payload = slashCommand(runner, "help");
    await send(payload, 1);
    const profile = await findProfileByAccount(test.ctx.db, { platform: "discord", externalId: runner.id });
    if (!profile) throw new Error("the runner is registered by their first command");
    const groupId = await groupWith(test.ctx.db, profile);
    await setGroupGoal(test.ctx.db, profile.userId, groupId, {
      period: "day",
      sessions: 1,
      minutes: undefined,
    });
    await attendedWorkout(test.ctx.db, {
      groupId,
      host: profile,
      startAt: new Date(Date.now() - 60 * 60_000),
      attendees: [{ userId: profile.userId }],
    });
    await recomputeGroupStreaks(test.ctx.db, groupId);

    const command = slashCommand(runner, "streak");
    const answer = await send(command, 1);
    expect((answer.callback.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const [message] = answer.messages;
    expect(textOf(message)).toContain("My streak: 1 day (best 1 day)");
    expect(JSON.stringify(message)).toContain("attachment://streak.png");
    const upload = api.calls.find((call) => call.path.includes(`/${command.token}`) && call.files.length > 0);
    const [file] = upload?.files ?? [];
    expect(file?.name).toBe("streak.png");
    expect(file?.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});

import type { Client } from "discord.js";
import { createDiscordBot } from "../../bots/discord/bot.js";
import { findProfileByAccount } from "../../core/identity/queries.js";
import type { Profile } from "../../core/identity/types.js";
import type { AppContext } from "../../runtime/context.js";
import type { Logger } from "../../runtime/logger.js";
import { createTestAppContext } from "../app-context.js";
import { fileFixture } from "../file-fixture.js";
import { type Answer, interact } from "./interact.js";
import type { Payload, Person } from "./payloads.js";
import { type FakeDiscord, startFakeDiscord } from "./server.js";

// The Discord bot end to end without a gateway: interactions are handed to the real client, which
// answers them over real HTTP to the fake REST API on 127.0.0.1, on the test file's own context.

const TOKEN = "test-bot-token-0123456789";

export interface DiscordEndToEnd {
  ctx: AppContext;
  api: FakeDiscord;
  client: Client;
  /** Delivers one interaction and waits for its callback and `messageCount` messages. */
  send(payload: Payload, messageCount: number): Promise<Answer>;
  /** The profile of someone the bot has met: their first interaction registers them. */
  profileOf(person: Person): Promise<Profile>;
}

/**
 * The test file's own context, the fake Discord API and the bot answering through it, started
 * before the file's tests and stopped after them.
 */
export function discordEndToEnd(logger?: Logger): () => DiscordEndToEnd {
  return fileFixture(
    () => startDiscordEndToEnd(logger),
    (started) => started.stop(),
  );
}

/** What it started is stopped again if it fails; `stop` stops the bot and the API before the context. */
async function startDiscordEndToEnd(logger?: Logger): Promise<DiscordEndToEnd & { stop(): Promise<void> }> {
  const test = await createTestAppContext(logger);
  const api = await startFakeDiscord().catch(async (error: unknown) => {
    await test.cleanup().catch(() => {});
    throw error;
  });
  const client = createDiscordBot(test.ctx, { token: TOKEN, apiRoot: api.apiRoot });
  return {
    ctx: test.ctx,
    api,
    client,
    send: (payload, messageCount) => interact(api, client, payload, messageCount),
    async profileOf(person) {
      const profile = await findProfileByAccount(test.ctx.db, { platform: "discord", externalId: person.id });
      if (!profile) throw new Error(`${person.username} is not registered`);
      return profile;
    },
    async stop() {
      await client.destroy();
      await api.close();
      await test.cleanup();
    },
  };
}

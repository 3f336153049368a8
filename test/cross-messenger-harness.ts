import type { Client } from "discord.js";
import { expect } from "vitest";
import { createDiscordBot } from "../bots/discord/bot.js";
import { interact } from "./fake-discord/interact.js";
import { APPLICATION_ID, button, type MessageBody, textOf } from "./fake-discord/messages.js";
import {
  buttonPress,
  type Person as DiscordPerson,
  modalSubmit,
  type Payload,
  sentMessage,
} from "./fake-discord/payloads.js";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord/server.js";
import { t } from "./korean.js";
import { type EndToEnd, type EndToEndOptions, startEndToEnd } from "./telegram-end-to-end.js";
import { waitFor } from "./wait.js";

// Both front doors on one AppContext: the Telegram bot polling the emulator, the Discord client
// answering interactions through a faked Discord API, and the real workers delivering to each
// person on their own messenger. For beforeAll, with `stop` for afterAll:
//
//   let messengers: CrossMessenger;
//   beforeAll(async () => { messengers = await startCrossMessenger(); });
//   afterAll(async () => { await messengers?.stop(); });

const DISCORD_TOKEN = "test-bot-token-0123456789";
/** The interaction callback type that opens a modal. */
const MODAL = 9;

export interface CrossMessenger<Smtp extends boolean = false> extends EndToEnd<Smtp> {
  api: FakeDiscord;
  client: Client;
  /** The Discord person's interaction, answered with `count` messages. */
  on(payload: Payload, count?: number): Promise<MessageBody[]>;
  /** Presses the button `label` of `message`, answered with `count` messages. */
  press(
    person: DiscordPerson,
    label: string,
    message: MessageBody | undefined,
    count?: number,
  ): Promise<MessageBody[]>;
  /** The prompt's fill-in button opens a modal; submitting it with `values` answers the prompt. */
  fillIn(
    person: DiscordPerson,
    prompt: MessageBody | undefined,
    values: Record<string, string>,
    count?: number,
  ): Promise<MessageBody[]>;
  /** The worker's DM to the Discord person whose text is `expected`, or that `expected` recognizes. */
  dm(
    person: DiscordPerson,
    expected: string | ((text: string) => boolean),
    what: string,
  ): Promise<MessageBody>;
}

/**
 * Starts the Telegram side as `startEndToEnd` does (with its SMTP server and worker timing
 * options), the faked Discord API and the Discord client, the workers reaching both.
 */
export async function startCrossMessenger<Smtp extends boolean = false>(
  options: EndToEndOptions<Smtp> = {},
): Promise<CrossMessenger<Smtp>> {
  const api = await startFakeDiscord();
  let telegram: EndToEnd<Smtp>;
  try {
    telegram = await startEndToEnd({
      ...options,
      config: {
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_ROOT: api.apiRoot,
        ...options.config,
      },
    });
  } catch (error) {
    await api.close().catch(() => {});
    throw error;
  }
  const client = createDiscordBot(telegram.test.app, { token: DISCORD_TOKEN, apiRoot: api.apiRoot });

  const on = async (payload: Payload, count = 1) => (await interact(api, client, payload, count)).messages;
  const press = (person: DiscordPerson, label: string, message: MessageBody | undefined, count = 1) =>
    on(buttonPress(person, button(message, label).custom_id, sentMessage(message)), count);
  async function fillIn(
    person: DiscordPerson,
    prompt: MessageBody | undefined,
    values: Record<string, string>,
    count = 1,
  ) {
    const opened = buttonPress(person, button(prompt, t("discord-fill-in")).custom_id, sentMessage(prompt));
    const { callback } = await interact(api, client, opened, 0);
    expect(callback.type).toBe(MODAL);
    return on(modalSubmit(person, callback.data?.custom_id ?? "", values), count);
  }
  const dm = (person: DiscordPerson, expected: string | ((text: string) => boolean), what: string) => {
    const matches = typeof expected === "string" ? (text: string) => text === expected : expected;
    return waitFor(what, () => api.directMessages(person.id).find((message) => matches(textOf(message))));
  };

  return {
    ...telegram,
    api,
    client,
    on,
    press,
    fillIn,
    dm,
    async stop() {
      // The workers stop with the Telegram side, before the API they post to goes away.
      await client.destroy();
      await telegram.stop();
      await api.close();
    },
  };
}

import type { Bot } from "grammy";
import type { Logger } from "pino";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { createTranslator, type MessageParams } from "../../i18n/translator.js";
import { startConfiguredWorkers, type WorkerProcessConfig } from "../../runtime/workers.js";
import { freePort } from "../../test/net.js";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp.js";
import { waitFor } from "../../test/wait.js";
import { testWorkersConfig } from "../../test/workers-config.js";
import type { WorkerTuning } from "../../workers/start.js";
import { createTelegramBot } from "./bot.js";
import type { TelegramContext } from "./context.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

// End to end over real HTTP: the bot long-polls telegram-test-api (a Bot API emulator on
// 127.0.0.1) and the emulator's client plays the person. The emulator has no locations or
// photos (bot.integration.test.ts covers those); it passes a shared contact through as given.

export const EMULATED_TOKEN = "123456:emulated-token";

/** What the bot sent, as the emulator stored it. */
export interface BotMessage {
  chat_id: number | string;
  text: string;
  reply_markup?: {
    inline_keyboard?: { text: string; callback_data: string }[][];
    keyboard?: { text: string; request_location?: boolean; request_contact?: boolean }[][];
    remove_keyboard?: boolean;
  };
}

export interface Emulator {
  server: TelegramServer;
  bot: Bot<TelegramContext>;
  stop(): Promise<void>;
}

/** Starts the emulator and the bot polling it. */
export async function startEmulator(test: TelegramTestContext): Promise<Emulator> {
  const server = new TelegramServer({ host: "127.0.0.1", port: await freePort() });
  await server.start();
  const bot = createTelegramBot(test.app, { token: EMULATED_TOKEN, apiRoot: server.config.apiURL });
  // Telegram holds an empty getUpdates open (long polling); the emulator answers at once, so
  // without a short pause the polling loop would spin and starve the test of CPU.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (
      method === "getUpdates" &&
      response.ok &&
      Array.isArray(response.result) &&
      response.result.length === 0
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return response;
  });
  await new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => resolve() }).catch(reject);
  });
  return {
    server,
    bot,
    async stop() {
      await bot.stop();
      await server.stop();
    },
  };
}

/** One person in a private chat with the bot, through the emulator's client API. */
export class Person {
  private readonly client;
  private readonly inbox: BotMessage[] = [];
  /** Every message this person has received so far, oldest first. */
  readonly received: BotMessage[] = [];

  constructor(
    private readonly server: TelegramServer,
    readonly id: number,
    firstName: string,
    private readonly languageCode: string,
    /** The Telegram @username; the emulator's default when not given. */
    userName?: string,
  ) {
    this.client = server.getClient(EMULATED_TOKEN, {
      userId: id,
      chatId: id,
      firstName,
      ...(userName ? { userName } : {}),
    });
  }

  private get extras() {
    return { from: { language_code: this.languageCode } };
  }

  async command(text: string) {
    await this.client.sendCommand(this.client.makeCommand(text, this.extras));
  }

  async say(text: string) {
    await this.client.sendMessage(this.client.makeMessage(text, this.extras));
  }

  /**
   * Shares a phone contact as a message with no text, as Telegram does. Its owner is this person
   * (their "share my phone number" button), someone else (from the address book) or, with null,
   * nobody on Telegram.
   */
  async shareContact(phone: string, ownerId: number | null = this.id) {
    const message = this.client.makeMessage("", this.extras);
    const contact = { phone_number: phone, first_name: "contact", ...(ownerId ? { user_id: ownerId } : {}) };
    // The client's types want a text, which a contact message does not have.
    const { text: _none, ...contactMessage } = { ...message, contact };
    await this.client.sendMessage(contactMessage as typeof message);
  }

  async press(data: string) {
    await this.client.sendCallback(this.client.makeCallbackQuery(data, this.extras));
  }

  /** The bot's messages up to and including the first one that `last` recognizes. */
  receiveUntil(last: (message: BotMessage) => boolean, what: string): Promise<BotMessage[]> {
    return waitFor(what, async () => {
      const response = await fetch(`${this.server.config.apiURL}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: EMULATED_TOKEN, chatId: this.id }),
      });
      const { result } = (await response.json()) as { result: { message: BotMessage }[] };
      const messages = result.map((update) => update.message);
      this.inbox.push(...messages);
      this.received.push(...messages);
      const index = this.inbox.findIndex(last);
      return index === -1 ? undefined : this.inbox.splice(0, index + 1);
    });
  }

  /** The message `expected` recognizes, skipping what came before it. */
  async receive(expected: (message: BotMessage) => boolean, what: string): Promise<BotMessage | undefined> {
    return (await this.receiveUntil(expected, what)).at(-1);
  }

  /** Waits for the message `expected` recognizes and presses its button `label`. */
  async pressOn(expected: (message: BotMessage) => boolean, label: string, what: string) {
    await this.press(buttonData(await this.receive(expected, what), label));
  }

  /** Waits for the question `expected` recognizes and types `answer`. */
  async answer(expected: (message: BotMessage) => boolean, answer: string, what: string) {
    await this.receiveUntil(expected, what);
    await this.say(answer);
  }
}

export const startsWith = (prefix: string) => (message: BotMessage) => message.text.startsWith(prefix);

export function buttonData(message: BotMessage | undefined, label: string): string {
  const button = message?.reply_markup?.inline_keyboard?.flat().find((candidate) => candidate.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(message)}`);
  return button.callback_data;
}

/** Worker settings that deliver notifications through the emulator, quickly, for end-to-end tests. */
export function workersOnEmulator(emulator: Emulator) {
  return {
    ...testWorkersConfig,
    TELEGRAM_BOT_TOKEN: EMULATED_TOKEN,
    TELEGRAM_API_ROOT: emulator.server.config.apiURL,
  };
}

// ---- The Korean text the tests read ----

const translator = createTranslator();

/** A catalog message in Korean, as the bot sends it (the same catalogs the app reads). */
export const t = (key: string, params?: MessageParams) => translator.translate("ko", key, params);
/** Recognizes the bot's message whose whole text is the Korean message `key`. */
export const isText = (key: string, params?: MessageParams) => (message: BotMessage) =>
  message.text === t(key, params);
/** Waits for the question `questionKey` and types `answer`. */
export const answerTo = (person: Person, questionKey: string, answer: string) =>
  person.answer(isText(questionKey), answer, questionKey);

// ---- Emulator, bot and workers together ----

export interface EndToEndOptions<Smtp extends boolean = false> {
  /** Also start a real SMTP server in this process and point the mail worker's SMTP_URL at it. */
  smtp?: Smtp;
  /** The context's logger (`capturingLogger()` from test/logger.ts to read what was logged). */
  logger?: Logger;
  /** Worker settings on top of `workersOnEmulator` (another messenger's, say). */
  config?: Partial<WorkerProcessConfig>;
  /** Worker timing, on top of a quick first retry. */
  tuning?: Partial<WorkerTuning>;
}

export interface EndToEnd<Smtp extends boolean = false> {
  test: TelegramTestContext;
  emulator: Emulator;
  smtp: Smtp extends true ? TestSmtpServer : undefined;
  /** Stops the bot and the emulator, then the workers with the rest of the context, then the SMTP server. */
  stop(): Promise<void>;
}

/**
 * A test file's own context, the emulator with the bot polling it and the real workers delivering
 * through it; for beforeAll, with `stop` for afterAll. What it started is stopped again if it fails.
 */
export async function startEndToEnd<Smtp extends boolean = false>(
  options: EndToEndOptions<Smtp> = {},
): Promise<EndToEnd<Smtp>> {
  const test = await createTelegramTestContext(options.logger);
  let emulator: Emulator | undefined;
  let smtp: TestSmtpServer | undefined;
  const stop = async () => {
    await emulator?.stop();
    await test.cleanup();
    await smtp?.close();
  };
  try {
    emulator = await startEmulator(test);
    if (options.smtp) smtp = await startTestSmtpServer();
    await startConfiguredWorkers(
      test.app,
      { ...workersOnEmulator(emulator), ...(smtp ? { SMTP_URL: smtp.url } : {}), ...options.config },
      { firstRetryDelayMs: 50, ...options.tuning },
    );
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  return { test, emulator, smtp: smtp as EndToEnd<Smtp>["smtp"], stop };
}

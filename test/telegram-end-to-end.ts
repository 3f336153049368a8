import type { Bot } from "grammy";
import type { Logger } from "pino";
import { createTelegramBot } from "../bots/telegram/bot.js";
import type { TelegramContext } from "../bots/telegram/context.js";
import { createTelegramTestContext, type TelegramTestContext } from "../bots/telegram/test-context.js";
import type { Database } from "../core/db/client.js";
import { getProfile } from "../core/identity/queries.js";
import type { Profile } from "../core/identity/types.js";
import { startConfiguredWorkers, type WorkerProcessConfig } from "../runtime/workers.js";
import type { WorkerTuning } from "../workers/start.js";
import type { TestServices } from "./app-context.js";
import type { Person } from "./fake-telegram/person.js";
import { type FakeTelegram, startFakeTelegram } from "./fake-telegram/server.js";
import { startTestSmtpServer, type TestSmtpServer } from "./smtp.js";
import { testWorkersConfig } from "./workers-config.js";

// End to end over real HTTP: the bot long-polls the fake Telegram on 127.0.0.1, where people
// (fake-telegram/person.ts) write to it, and the real workers deliver through the same fake.

export const EMULATED_TOKEN = "123456:emulated-token";

export interface Emulator {
  server: FakeTelegram;
  bot: Bot<TelegramContext>;
  stop(): Promise<void>;
}

/** Starts the fake Telegram and the bot polling it. */
export async function startEmulator(test: TelegramTestContext): Promise<Emulator> {
  const server = await startFakeTelegram();
  const bot = createTelegramBot(test.app, { token: EMULATED_TOKEN, apiRoot: server.apiRoot });
  await new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => resolve() }).catch(reject);
  });
  return {
    server,
    bot,
    async stop() {
      await bot.stop();
      await server.close();
    },
  };
}

/** Worker settings that deliver notifications through the emulator, quickly, for end-to-end tests. */
export function workersOnEmulator(emulator: Emulator) {
  return {
    ...testWorkersConfig,
    TELEGRAM_BOT_TOKEN: EMULATED_TOKEN,
    TELEGRAM_API_ROOT: emulator.server.apiRoot,
  };
}

export interface EndToEndOptions<Smtp extends boolean = false> {
  /** Also start a real SMTP server in this process and point the mail worker's SMTP_URL at it. */
  smtp?: Smtp;
  /** The context's logger (`capturingLogger()` from test/logger.ts to read what was logged). */
  logger?: Logger;
  /** What the context reaches instead of its defaults (test/app-context.ts). */
  services?: TestServices;
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
  const test = await createTelegramTestContext(options.logger, options.services);
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

/** Has `person` write to the bot once, which registers them, and gives their profile as core keeps it. */
export async function registered(db: Database, person: Person): Promise<Profile> {
  await person.command("/help");
  await person.receive(() => true, "help");
  const account = await db.account.findFirstOrThrow({
    where: { platform: "telegram", externalId: String(person.id) },
  });
  return getProfile(db, account.userId);
}

import { type CarpoolSettings, defaultCarpoolSettings } from "../core/carpool/settings.js";
import type { Language } from "../core/identity/types.js";
import type { Geocoder } from "../core/places/geocoder/geocoder.js";
import { renderText } from "../i18n/render.js";
import { createTranslator } from "../i18n/translator.js";
import { DEFAULT_PUBLIC_URL } from "../runtime/config.js";
import { fileFixture } from "../test/file-fixture.js";
import { testPii } from "../test/pii.js";
import { createTestDatabase, type TestDatabase } from "../test/postgres.js";
import { createTestRedis } from "../test/redis.js";
import { testRoomLinks } from "../test/room-links.js";
import { TEST_VIDEO_CHECK_OPERATOR } from "../test/video-check-operator.js";
import { redisDialogStore } from "./dialogs.js";
import { createDispatcher, type Dispatcher, type Input } from "./dispatcher.js";
import { allCommands } from "./registry.js";

// The real dispatcher with every command, on a database and Redis prefix of the test file's own.

export type Outcome = Awaited<ReturnType<Dispatcher["handle"]>>;
/** Who is writing, as a front door tells the dispatcher. */
export type Identity = Parameters<Dispatcher["handle"]>[0];

export interface DispatcherTestContext {
  database: TestDatabase;
  dispatcher: Dispatcher;
  cleanup(): Promise<void>;
}

export interface DispatcherTestOptions {
  /** The commands' clock; the real one when not given. */
  clock?: () => Date;
  publicUrl?: string;
  /** The carpool's rules; the defaults when not given. */
  carpool?: CarpoolSettings;
  /** Finds the place names the gazetteer does not know; without one, the gazetteer alone reads them. */
  geocoder?: (database: TestDatabase) => Geocoder;
}

export async function createDispatcherTestContext(
  options: DispatcherTestOptions = {},
): Promise<DispatcherTestContext> {
  const [database, redis] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const dispatcher = createDispatcher({
    db: database.db,
    pii: testPii,
    carpool: options.carpool ?? defaultCarpoolSettings,
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    dialogs: redisDialogStore(redis.redis, redis.prefix),
    commands: allCommands,
    roomLinks: testRoomLinks,
    videoCheckOperators: [TEST_VIDEO_CHECK_OPERATOR],
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.geocoder ? { geocoder: options.geocoder(database) } : {}),
  });
  return {
    database,
    dispatcher,
    async cleanup() {
      await database.drop();
      await redis.cleanup();
    },
  };
}

/** The test file's own dispatcher context, made before its tests and cleaned up after them. */
export function dispatcherForTests(options: DispatcherTestOptions = {}): () => DispatcherTestContext {
  return fileFixture(
    () => createDispatcherTestContext(options),
    (made) => made.cleanup(),
  );
}

/** The data of the button labelled `labelKey` in any of the outcome's replies. */
export function buttonData(outcome: Outcome, labelKey: string): string {
  const button = outcome.replies
    .flatMap((reply) => reply.buttons ?? [])
    .flat()
    .find((candidate) => candidate.label.key === labelKey);
  if (!button) throw new Error(`no button ${labelKey} in ${JSON.stringify(outcome.replies)}`);
  return button.action;
}

const translator = createTranslator();

/** What one input was answered with: the outcome, its replies' keys, and their words as the person reads them. */
export interface Heard {
  outcome: Outcome;
  keys: string[];
  texts: string[];
}

/** One person writing to the dispatcher from their private chat on Telegram, in `language`. */
export function privateChatPerson(dispatcher: Dispatcher, externalId: string, language: Language) {
  const identity = { platform: "telegram" as const, externalId, chatId: externalId, language };
  const chat = { id: externalId, kind: "private" as const, canManage: false };
  return async (input: Input): Promise<Heard> => {
    const outcome = await dispatcher.handle(identity, { ...input, chat });
    return {
      outcome,
      keys: outcome.replies.map((reply) => reply.text.key),
      texts: outcome.replies.map((reply) => renderText(translator, outcome.language, reply.text)),
    };
  };
}

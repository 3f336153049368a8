import fc from "fast-check";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Input } from "../../conversation/input.js";
import { allCommands } from "../../conversation/registry.js";
import type { Reply } from "../../conversation/reply.js";
import {
  buttonsOf,
  inputFor,
  screenOf,
  type WalkStep,
  walk,
  walkSettings,
} from "../../conversation/test-walks.js";
import type { ApiCall } from "../../test/fake-telegram/answers.js";
import { type RecordingBot, recordingBot } from "../../test/fake-telegram/in-process.js";
import {
  callbackUpdate,
  type FakeChat,
  type FakeUser,
  locationUpdate,
  photoUpdate,
  textUpdate,
} from "../../test/fake-telegram/updates.js";
import { capturingLogger } from "../../test/logger.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

// Walks through the Telegram adapter: updates as Telegram sends them into the real bot, every
// command running against PostgreSQL and Redis. Whatever a person sends, the bot never answers
// with "something went wrong", a stack trace or an untranslated key, and logs no failed update.

const captured = capturingLogger();
let test: TelegramTestContext;
let calls: ApiCall[];
let bot: RecordingBot["bot"];

beforeAll(async () => {
  test = await createTelegramTestContext(captured.logger);
  ({ bot, calls } = recordingBot(test.app));
});

afterAll(async () => {
  await test?.cleanup();
});

const group: FakeChat = { id: -100777, title: "동네 모임" };
/** Telegram carries at most 4096 characters in a message and never an empty one. */
const asTelegramText = (text: string) => (text === "" ? " " : text.slice(0, 4096));

function updateFor(input: Input, user: FakeUser, fromGroup: boolean): Update | undefined {
  switch (input.kind) {
    case "command":
      return textUpdate(user, asTelegramText(`/${input.name}${input.text ? ` ${input.text}` : ""}`));
    case "text":
      return textUpdate(user, asTelegramText(input.text));
    case "button":
      return callbackUpdate(user, input.data.slice(0, 64), fromGroup ? group : undefined);
    case "place":
      return locationUpdate(user, input.place.lat, input.place.lng);
    case "photo":
      return photoUpdate(user, input.photo.ref || "file");
    default:
      return undefined;
  }
}

/** The data of each inline button under a message Telegram was asked to send. */
function inlineButtons(call: ApiCall): string[][] {
  const keyboard = (call.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] })
    ?.inline_keyboard;
  return (keyboard ?? []).map((row) => row.flatMap((button) => button.callback_data ?? []));
}

const generic = () =>
  (["ko", "en"] as const).map((language) => test.app.translator.translate(language, "error-unexpected"));
const UNTRANSLATED = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/u;
const STACK_FRAME = /\n\s+at .+:\d+:\d+/u;

let walker = 0;

async function runWalk(steps: WalkStep[]): Promise<void> {
  walker += 1;
  // Some people's names hold what Telegram lets through: NUL, direction overrides, nothing visible.
  const names = ["민지", "hi\u0000there", "\u202Eevil", "\u3164", "Hana"];
  const user: FakeUser = {
    id: 800_000 + walker,
    firstName: names[walker % names.length] ?? "민지",
    languageCode: "ko",
  };
  const failuresBefore = captured.records.filter((record) => record.msg === "update failed").length;
  let screen: Reply[] = [];
  const seen: string[] = [];
  for (const walkStep of steps) {
    const input = inputFor(walkStep, allCommands, { now: screen, seen }, String(user.id));
    const update = input && updateFor(input, user, walkStep.kind === "press" && walkStep.index % 7 === 0);
    if (!update) continue;
    const from = calls.length;
    await bot.handleUpdate(update);
    const sent = calls.slice(from).filter((call) => call.method === "sendMessage");
    for (const { payload } of sent) {
      const text = String(payload.text);
      expect(generic()).not.toContain(text);
      expect(text).not.toMatch(UNTRANSLATED);
      expect(text).not.toMatch(STACK_FRAME);
    }
    seen.push(...buttonsOf(screen));
    screen = screenOf(sent.map(inlineButtons));
  }
  const failures = captured.records.filter((record) => record.msg === "update failed").length;
  expect(failures, "updates failed").toBe(failuresBefore);
}

describe("the Telegram bot, walked", () => {
  it(
    "never answers with the generic error, a stack trace or a raw key, and no update fails",
    async () => {
      await fc.assert(
        fc.asyncProperty(walk(10), (steps) => runWalk(steps)),
        { seed: walkSettings.seed, numRuns: 120 * walkSettings.scale },
      );
    },
    120_000 * walkSettings.scale,
  );
});

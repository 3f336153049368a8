import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCarpoolSettings } from "../core/carpool/settings.js";
import type { Profile } from "../core/identity/types.js";
import { createTranslator } from "../i18n/translator.js";
import { askedFields } from "./command.js";
import type { DialogState } from "./dialogs.js";
import { commandBook, type Step, step } from "./engine.js";
import type { Input } from "./input.js";
import { allCommands } from "./registry.js";
import type { Reply } from "./reply.js";
import {
  buttonsOf,
  inputFor,
  isAnswer,
  missingKeys,
  type WalkStep,
  walk,
  walkSettings,
} from "./test-walks.js";

// Thousands of walks over every registered command against the pure engine: what people type and
// tap, stale and forged buttons, another command in the middle. The engine runs no command, so a
// walk goes as far as each command's questions.

const translator = createTranslator();
const book = commandBook(allCommands);
const chat = { id: "7001", kind: "private" as const, canManage: false };

const profile: Profile = {
  userId: "00000000-0000-4000-8000-000000000001",
  displayName: "민지",
  bio: "",
  interests: [],
  homeArea: { lat: 37.5563, lng: 126.9223, precision: 500, label: "망원동" },
  language: "ko",
  timeZone: "Asia/Seoul",
  visibility: "everyone",
  streakNudges: true,
  onLeaderboards: true,
  gender: undefined,
  verified: true,
  playground: false,
  onboarded: true,
  platforms: ["telegram"],
};

const ctx = { book, profile, now: new Date("2026-12-01T12:00:00Z"), carpool: defaultCarpoolSettings };

/** What every step must hold, whatever was typed: the invariants the whole command surface shares. */
function checkStep(dialog: DialogState | undefined, input: Input, result: Step): void {
  expect(missingKeys(translator, result.replies, allCommands)).toEqual([]);
  const [first] = result.replies;
  // A refused answer says why and changes nothing.
  if (isAnswer(input) && first?.text.key.startsWith("error-"))
    expect(result.dialog).toEqual({ kind: "keep" });
  if (result.dialog.kind === "set") {
    // The dialog goes on only with its question asked.
    const { state } = result.dialog;
    const command = book.byName.get(state.command);
    expect(command?.fields.some((field) => field.name === state.awaiting)).toBe(true);
    expect(result.replies.at(-1)?.prompt?.fields[0]?.name).toBe(state.awaiting);
  }
  if (result.run) {
    const { command, answers } = result.run;
    const unasked = askedFields(command, answers.args).filter(
      (field) => !(field.name in answers.args) && !answers.skipped.includes(field.name),
    );
    // A command runs with every answer, or runs its precheck and then asks the first one missing.
    if (result.run.precheckThenAsk) expect(unasked[0]?.name).toBe(result.run.precheckThenAsk);
    else expect(unasked).toEqual([]);
  }
  // A dialog belongs to the chat it began in.
  if (dialog && input.chat?.id !== dialog.chatId && result.dialog.kind === "set" && isAnswer(input)) {
    expect.fail("a dialog was answered from another chat");
  }
}

function applyChange(dialog: DialogState | undefined, result: Step): DialogState | undefined {
  if (result.dialog.kind === "keep") return dialog;
  return result.dialog.kind === "set" ? result.dialog.state : undefined;
}

function runWalk(steps: WalkStep[]): void {
  let dialog: DialogState | undefined;
  let screen: Reply[] = [];
  const seen: string[] = [];
  for (const walkStep of steps) {
    const base = inputFor(walkStep, allCommands, { now: screen, seen }, chat.id);
    if (!base) continue;
    // Now and then the same person writes from a group chat, where a private question must not be answered.
    const fromGroup = walkStep.kind === "press" && walkStep.index % 7 === 0;
    const input: Input = fromGroup
      ? { ...base, chat: { id: "-100", kind: "group", canManage: true } }
      : { ...base, chat };
    const result = step(dialog, input, ctx);
    checkStep(dialog, input, result);
    dialog = applyChange(dialog, result);
    seen.push(...buttonsOf(screen));
    screen = result.replies;
  }
}

describe("the dialog engine, walked", () => {
  it("never fails, always uses catalog keys, and a refusal changes nothing", () => {
    fc.assert(
      fc.property(walk(20), (steps) => runWalk(steps)),
      { seed: walkSettings.seed, numRuns: 3000 * walkSettings.scale },
    );
  });
});

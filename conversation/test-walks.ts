import fc from "fast-check";
import type { Language } from "../core/identity/types.js";
import type { Text } from "../core/message.js";
import type { Translator } from "../i18n/translator.js";
import type { Command } from "./command.js";
import type { Input } from "./input.js";
import type { Reply } from "./reply.js";

// Walks over the command surface, as property tests take them: what people type, tap and share,
// drawn by fast-check from a seed so a failing walk can be run again and shrunk.

/** Seed and size of every walk test: fixed, so CI is reproducible; `npm run fuzz` runs a hundred times more. */
export const walkSettings = {
  seed: Number(process.env.FUZZ_SEED ?? 20261201),
  scale: Number(process.env.FUZZ_SCALE ?? 1),
};

/** What people really type at a bot's questions, including what they should not. */
const typical = [
  // numbers and prices
  "0",
  "2",
  "12명",
  "백 명",
  "1000",
  "1001",
  "-15000",
  "15000",
  "1만5천",
  "3.5만",
  "99999999999",
  "나눔",
  // times
  "23:30",
  "내일 8시",
  "토요일 오후 3시",
  "19:00~18:00",
  "11/28 19:00~21:00",
  "다음주 금요일 19:30",
  "어제 3시",
  "25:99",
  // places
  "마포구",
  "망원동",
  "신촌",
  "강남",
  "관악구",
  "Gangnam-gu",
  "Narnia",
  "37.5665, 126.9780",
  "37.55634, 126.92231 Mangwon",
  "91, 200",
  // words, codes, addresses
  "hana@example.com",
  "hana at example",
  "abc",
  "123456",
  "12345",
  "yes",
  "no",
  "#운동, 러닝",
  "신림 풋살 모임",
  "원목의자",
  "ㅈㅈㄹㅇㅈ",
  "/start",
  // emoji, right-to-left, invisible and control characters
  "👩‍💻🔥",
  "שלום",
  "مرحبا بالعالم",
  "\u202Eevil",
  "hi\u0000there",
  "\u0000",
  "\u0007",
  "\u200B",
  "\u3164",
  " ",
  "",
  // SQL-looking
  '\'; DROP TABLE "User"; --',
  "1 OR 1=1",
];

/** A long text, kept as how it is made so that a failing walk prints in a few lines. */
interface LongText {
  repeat: string;
  times: number;
}

export type Typed = string | LongText;

export const typedAnswer: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...typical) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<LongText>(
      { repeat: "가", times: 10_000 },
      { repeat: "a", times: 81 },
      { repeat: "x", times: 1001 },
    ),
  },
);

export function typedText(typed: Typed): string {
  return typeof typed === "string" ? typed : typed.repeat.repeat(typed.times);
}

/** One thing a person does; `index` picks among what is on screen when the step is taken. */
export type WalkStep =
  | { kind: "command"; index: number; text?: Typed }
  | { kind: "press"; index: number }
  | { kind: "stale"; index: number }
  | { kind: "forged"; index: number; value: Typed }
  | { kind: "text"; text: Typed }
  | { kind: "place"; lat: number; lng: number }
  | { kind: "photo"; ref: string }
  | { kind: "contact"; own: boolean }
  | { kind: "form"; index: number; value: Typed };

const index = fc.nat({ max: 10_000 });

export const walkStep: fc.Arbitrary<WalkStep> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("command"),
      index,
      text: fc.option(typedAnswer, { nil: undefined }),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("press"), index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("stale"), index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("forged"), index, value: typedAnswer }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("text"), text: typedAnswer }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("place"),
      lat: fc.oneof(
        fc.double({ min: 37.45, max: 37.65, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      lng: fc.oneof(
        fc.double({ min: 126.8, max: 127.15, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("photo"), ref: fc.constantFrom("file-1", "file-2", "") }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("contact"), own: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("form"), index, value: typedAnswer }) },
);

export const walk = (maxLength: number) => fc.array(walkStep, { minLength: 1, maxLength });

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

/** Whether the input answers an open question, rather than starting a command. */
export function isAnswer(input: Input): boolean {
  return (
    input.kind !== "command" &&
    input.kind !== "form" &&
    !(input.kind === "button" && input.data.startsWith("c|"))
  );
}

/** What a front door showed, as replies holding each message's rows of button data. */
export function screenOf(messages: readonly (readonly (readonly string[])[])[]): Reply[] {
  return messages.map((rows) => ({
    text: { key: "" },
    buttons: rows.map((row) => row.map((action) => ({ label: { key: "" }, action }))),
  }));
}

/** Every button data on the replies, in order. */
export function buttonsOf(replies: readonly Reply[]): string[] {
  return replies.flatMap((reply) => (reply.buttons ?? []).flat().map((button) => button.action));
}

/**
 * Turns a step into the input a front door would hand over, given what is on screen now and what
 * was on screen before (stale buttons). `externalId` is the person, for their own contact card.
 */
export function inputFor(
  step: WalkStep,
  commands: readonly Command[],
  screen: { now: readonly Reply[]; seen: readonly string[] },
  externalId: string,
): Input | undefined {
  switch (step.kind) {
    case "command": {
      const command = pick(commands, step.index);
      return (
        command && {
          kind: "command",
          name: command.name,
          ...(step.text === undefined ? {} : { text: typedText(step.text) }),
        }
      );
    }
    case "press": {
      const data = pick(buttonsOf(screen.now), step.index);
      return data === undefined ? undefined : { kind: "button", data };
    }
    case "stale": {
      const data = pick(screen.seen, step.index);
      return data === undefined ? undefined : { kind: "button", data };
    }
    case "forged":
      return { kind: "button", data: forgedButton(step.index, typedText(step.value), commands, screen.now) };
    case "text":
      return { kind: "text", text: typedText(step.text) };
    case "place":
      return { kind: "place", place: { lat: step.lat, lng: step.lng, precision: 0 } };
    case "photo":
      return { kind: "photo", photo: { platform: "telegram", ref: step.ref } };
    case "contact":
      return { kind: "contact", contact: { phone: "+821012345678", ...(step.own ? { externalId } : {}) } };
    case "form": {
      const command = pick(commands, step.index);
      if (!command) return undefined;
      const values = Object.fromEntries(command.fields.map((field) => [field.name, typedText(step.value)]));
      return { kind: "form", command: command.name, values };
    }
  }
}

/**
 * A button someone made by hand: a real one with a field it was not made to carry (`confirm=yes`),
 * an answer to a field with any value, or noise.
 */
function forgedButton(at: number, typed: string, commands: readonly Command[], now: readonly Reply[]) {
  const real = pick(buttonsOf(now), at);
  const command = pick(commands, at);
  const field = command && pick(command.fields, at);
  // By code points: half a surrogate pair cannot be percent-encoded.
  const value = Array.from(typed).slice(0, 20).join("");
  const forgeries = [
    real?.startsWith("c|") ? `${real}&confirm=yes` : undefined,
    field ? `a|${field.name}|${value}` : undefined,
    command ? `c|${command.name}|confirm=yes&${field?.name ?? "x"}=${encodeURIComponent(value)}` : undefined,
    `s|${field?.name ?? "nothing"}`,
    typed.slice(0, 64),
  ].filter((forged): forged is string => forged !== undefined);
  return pick(forgeries, at) ?? "";
}

/** Every catalog key a reply uses: its text, nested parameters, button labels and listed commands. */
export function keysOf(reply: Reply, commands: readonly Command[]): string[] {
  const ofText = (message: Text): string[] => [
    message.key,
    ...Object.values(message.params ?? {}).flatMap((value) =>
      typeof value !== "object" ? [] : Array.isArray(value) ? value.flatMap(ofText) : ofText(value),
    ),
  ];
  const listed = (reply.commands ?? []).flatMap((name) => {
    const command = commands.find((candidate) => candidate.name === name);
    return command ? [command.descriptionKey] : [`(no command ${name})`];
  });
  return [
    ...ofText(reply.text),
    ...(reply.buttons ?? []).flat().flatMap((button) => ofText(button.label)),
    ...(reply.prompt?.fields ?? []).map((field) => field.labelKey),
    ...listed,
  ];
}

const languages: Language[] = ["ko", "en"];

/** The keys of these replies that a catalog lacks, as `language:key`. */
export function missingKeys(translator: Translator, replies: readonly Reply[], commands: readonly Command[]) {
  const keys = [...new Set(replies.flatMap((reply) => keysOf(reply, commands)))];
  return languages.flatMap((language) =>
    keys.filter((key) => !translator.has(language, key)).map((key) => `${language}:${key}`),
  );
}

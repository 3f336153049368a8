import { describe, expect, it } from "vitest";
import { defaultCarpoolSettings } from "../core/carpool/settings.js";
import { isAppError } from "../core/errors.js";
import { createTranslator } from "../i18n/translator.js";
import { type Field, readAnswer } from "./fields.js";
import { allCommands } from "./registry.js";

// No question suggests an answer that the same question then refuses: every example a prompt
// gives, quoted or after "예:" / "e.g.", is read by that prompt's own field.

const translator = createTranslator();

/** How a prompt describes a form rather than giving an example of it. */
const FORMS = new Set(["위도,경도", "위도,경도 이름", "lat,lng", "lat,lng name"]);

/** The examples in a prompt: quoted ones, and the list after "예:", "e.g." or "For example". */
function examplesIn(prompt: string): string[] {
  const quoted = [...prompt.matchAll(/["'“‘]([^"'”’]+)["'”’]/gu)].map((match) => match[1] ?? "");
  const inParentheses = [...prompt.matchAll(/\((?:예|e\.g\.):?\s*([^)]*)\)/gu)].map(
    (match) => match[1] ?? "",
  );
  const trailing = [...prompt.matchAll(/(?<!\()(?:예:|e\.g\.|For example:?)\s*(.*)$/gu)].map(
    (match) => (match[1] ?? "").replace(/\([^)]*\)/gu, "").split(/\.(?:\s|$)|\?/u)[0] ?? "",
  );
  return [...inParentheses, ...trailing]
    .flatMap((list) => list.split(/,\s*(?:or\s+)?|\s+or\s+|\s·\s.*$/u))
    .map((example) => example.replace(/^["'“‘]|["'”’]$/gu, ""))
    .concat(quoted)
    .map((example) => example.trim())
    .filter((example) => example && !FORMS.has(example));
}

const asked = new Map<string, Field>();
for (const command of allCommands) {
  for (const field of command.fields)
    if (field.kind === "place" || field.kind === "text") asked.set(field.promptKey, field);
}

// Discord's note under every place question gives examples of its own, read by any place field.
const placeField = [...asked.values()].find((field) => field.kind === "place");
if (placeField) asked.set("discord-place-typed", placeField);

const context = {
  now: new Date("2026-12-01T03:00:00Z"),
  timeZone: "Asia/Seoul",
  carpool: defaultCarpoolSettings,
  answers: {},
};

describe("the examples prompts give", () => {
  it("are found in the prompt", () => {
    expect(examplesIn(translator.translate("ko", "ask-price"))).toEqual(["15000", "1만5천", "나눔"]);
    expect(examplesIn(translator.translate("en", "ask-ride-time"))).toEqual([
      "23:30",
      "23:00-23:40",
      "tomorrow 8:00",
    ]);
  });

  it.each(
    [...asked].flatMap(([key, field]) =>
      (["ko", "en"] as const).map((language) => [language, key, field] as const),
    ),
  )("%s %s: every example is accepted", (language, key, field) => {
    const examples = examplesIn(translator.translate(language, key));
    const refused = examples.filter((example) => {
      try {
        readAnswer(field, example, context);
        return false;
      } catch (error) {
        if (!isAppError(error)) throw error;
        return true;
      }
    });
    expect(refused).toEqual([]);
  });
});

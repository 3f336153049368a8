import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCommands } from "../conversation/registry.js";
import { errorCodes } from "../core/errors.js";
import { renderText } from "./render.js";
import { createTranslator } from "./translator.js";

const translator = createTranslator();
const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (["node_modules", "generated", ".data", ".git"].includes(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
  });
}

describe("catalogs", () => {
  it("put a particle after the word read aloud, not after a closing aside in brackets", () => {
    const refusal = (field: string) =>
      renderText(translator, "ko", {
        key: "error-count-out-of-range",
        params: { field: { key: field }, min: 10, max: 600 },
      });
    expect(refusal("field-goal-minutes")).toContain("'목표 시간(분)'은 10부터");
    expect(refusal("field-goal-sessions")).toContain("'목표 횟수'는 10부터");
  });

  it("have the same keys in Korean and English", () => {
    const ko = new Set(translator.keys("ko"));
    const en = new Set(translator.keys("en"));
    expect(
      [...ko].filter((key) => !en.has(key)),
      "in ko.ftl only",
    ).toEqual([]);
    expect(
      [...en].filter((key) => !ko.has(key)),
      "in en.ftl only",
    ).toEqual([]);
  });

  it("translate every error code and every command description", () => {
    const keys = [...errorCodes.map((code) => `error-${code}`), "error-unexpected", "error-invalid-field"];
    for (const command of allCommands) {
      keys.push(command.descriptionKey);
      for (const field of command.fields) {
        keys.push(field.labelKey, field.promptKey);
        if (field.kind === "choice") keys.push(...field.options.map((option) => option.labelKey));
      }
    }
    expect(keys.filter((key) => !translator.has("ko", key))).toEqual([]);
  });

  it("contain every message key the code names", () => {
    // Keys are written as literals: reply("key"), text("key"), labelKey/promptKey/messageKey: "key".
    const keyPattern =
      /(?:(?:reply|text|translate)\(\s*(?:"(?:ko|en)",\s*)?|(?:Key|key):\s*)"(?!(?:ko|en)")([a-z][a-z0-9-]+)"/g;
    /(?:(?:reply|text|translate)\(\s*(?:"(?:ko|en)",\s*)?|(?:Key|key):\s*)"([a-z][a-z0-9-]+)"/g;
    const missing: string[] = [];
    for (const file of [
      ...sourceFiles(path.join(root, "bots")),
      ...sourceFiles(path.join(root, "core")),
      ...sourceFiles(path.join(root, "workers")),
    ]) {
      for (const match of readFileSync(file, "utf8").matchAll(keyPattern)) {
        const key = match[1] as string;
        if (!translator.has("ko", key)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Every line of every catalog, with the file it is in. */
function catalogLines(): { file: string; text: string }[] {
  return (["ko", "en"] as const).flatMap((language) =>
    readdirSync(path.join(root, "i18n", language))
      .filter((name) => name.endsWith(".ftl"))
      .flatMap((name) =>
        readFileSync(path.join(root, "i18n", language, name), "utf8")
          .split("\n")
          .map((text) => ({ file: `${language}/${name}`, text })),
      ),
  );
}

describe("money", () => {
  it("is written one way in each language", () => {
    expect(translator.translate("en", "price", { amount: 15000 })).toBe("₩15,000");
    expect(translator.translate("ko", "price", { amount: 15000 })).toBe("15,000원");
    expect(translator.translate("en", "ride-line-share", { share: 15000, riders: 2 })).toBe(
      ", my share ₩15,000 (2 riders)",
    );
    expect(translator.translate("ko", "ride-line-share", { share: 15000, riders: 2 })).toBe(
      ", 내 몫 15,000원 (2명)",
    );
  });

  it("goes through WON in every message", () => {
    // Any other spelling next to an amount ("KRW", "won", "₩{ … }", "{ … }원") is a second way.
    const handWritten = /\bKRW\b|\b[Ww]on\b|₩\s*\{|\}\s*원/u;
    const offenders = catalogLines().filter(({ text }) => !text.startsWith("#") && handWritten.test(text));
    expect(offenders).toEqual([]);
  });
});

describe("places", () => {
  it("are named in English where the gazetteer has the name, and as labelled otherwise", () => {
    const line = { n: 1, from: "서울특별시", to: "마포구", time: "19:00" };
    expect(translator.translate("en", "ride-alert-line", line)).toBe("1. Seoul → Mapo-gu, around 19:00");
    expect(translator.translate("ko", "ride-alert-line", line)).toContain("서울특별시 → 마포구");
    const board = { area: "부산광역시", km: 3, platform: "telegram" };
    expect(translator.translate("en", "board-set", board)).toContain("the neighbourhood board for Busan,");
    expect(translator.translate("ko", "board-set", board)).toContain("부산광역시");
  });

  it("go through PLACE wherever a message shows one", () => {
    const placeVariable = /\{ \$(?:area|place) \}/u;
    // Elsewhere $from is a person (a relayed message), in the carpool a place.
    const ridePlace = /\{ \$(?:from|to) \}/u;
    const offenders = catalogLines().filter(
      ({ file, text }) => placeVariable.test(text) || (file.endsWith("carpool.ftl") && ridePlace.test(text)),
    );
    expect(offenders).toEqual([]);
  });
});

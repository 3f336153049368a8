import { type APIApplicationCommandOption, ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { allCommands } from "../../conversation/registry.js";
import { createTranslator } from "../../i18n/translator.js";
import { buildCommandDefinitions, findCommand, optionName, spellCommand } from "./definitions.js";

// Discord's rule for command and option names (lower case letters, digits, - and _).
const validName = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const definitions = buildCommandDefinitions(allCommands, createTranslator());

/** Options and, for subcommands, their options, in one flat list. */
function optionsOf(
  options: readonly APIApplicationCommandOption[] | undefined,
): APIApplicationCommandOption[] {
  const flat: APIApplicationCommandOption[] = [];
  for (const option of options ?? []) {
    flat.push(option);
    if (option.type === ApplicationCommandOptionType.Subcommand) flat.push(...(option.options ?? []));
  }
  return flat;
}

describe("slash-command definitions", () => {
  it("registers listed commands and groups subcommands under their parent", () => {
    expect(definitions.map((d) => d.name)).toEqual([
      "start",
      "help",
      "foryou",
      "profile",
      "settings",
      "link",
      "verify",
      "trust",
      "market",
      "tips",
      "ride",
      "group",
      "meetup",
      "workout",
      "streak",
      "videocheck",
      "points",
      "cancel",
    ]);
    const profile = definitions.find((d) => d.name === "profile");
    expect(profile?.options?.map((o) => [o.name, o.type])).toEqual([
      ["view", ApplicationCommandOptionType.Subcommand],
      ["edit", ApplicationCommandOptionType.Subcommand],
    ]);
    expect(profile?.description_localizations?.ko).toBeTruthy();
    const market = definitions.find((d) => d.name === "market");
    expect(market?.options?.map((o) => o.name)).toEqual([
      "sell",
      "search",
      "mine",
      "saved",
      "alerts",
      "board",
      "board-off",
    ]);
    const ride = definitions.find((d) => d.name === "ride");
    expect(ride?.options?.map((o) => o.name)).toEqual(["request", "list", "alerts"]);
    const group = definitions.find((d) => d.name === "group");
    expect(group?.options?.map((o) => o.name)).toEqual(["list", "create", "mine", "link", "unlink"]);
    const meetup = definitions.find((d) => d.name === "meetup");
    expect(meetup?.options?.map((o) => o.name)).toEqual(["list", "create", "calendar"]);
    // One subcommand per choice of /workout's first question, which picking it answers.
    const workout = definitions.find((d) => d.name === "workout");
    expect(workout?.options?.map((o) => [o.name, o.type])).toEqual(
      ["now", "plan", "goal"].map((name) => [name, ApplicationCommandOptionType.Subcommand]),
    );
    expect(workout?.options?.[0]?.description_localizations?.ko).toBe("▶️ 지금 방 열기");
  });

  it("offers a photos field as attachment options", () => {
    const sell = optionsOf(definitions.find((d) => d.name === "market")?.options).find(
      (o) => o.name === "sell",
    );
    const photos =
      sell && "options" in sell ? (sell.options ?? []).filter((o) => o.name.startsWith("photo")) : [];
    expect(photos.map((o) => [o.name, o.type, o.required])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`photo${n}`, ApplicationCommandOptionType.Attachment, false]),
    );
  });

  it("stays within Discord's limits", () => {
    expect(definitions.length).toBeLessThanOrEqual(100);
    for (const definition of definitions) {
      expect(definition.name).toMatch(validName);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      expect(definition.description_localizations?.ko?.length ?? 0).toBeLessThanOrEqual(100);
      expect(definition.options?.length ?? 0).toBeLessThanOrEqual(25);
      expect(definition.contexts).toEqual([0, 1, 2]);
      for (const option of optionsOf(definition.options)) {
        expect(option.name).toMatch(validName);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description_localizations?.ko?.length).toBeLessThanOrEqual(100);
        if ("options" in option) expect(option.options?.length ?? 0).toBeLessThanOrEqual(25);
      }
    }
  });

  it("offers fields as string options: choices localized, text bounded, none required", () => {
    const settings = definitions.find((d) => d.name === "settings");
    const options = optionsOf(settings?.options);
    expect(options.map((o) => o.name)).toEqual([
      "language",
      "visibility",
      "time_zone",
      "nudges",
      "leaderboard",
    ]);
    const [language, , timeZone] = options;
    expect(language).toMatchObject({ type: ApplicationCommandOptionType.String, required: false });
    expect(language && "choices" in language && language.choices).toEqual([
      { name: "한국어", name_localizations: { ko: "한국어" }, value: "ko" },
      { name: "English", name_localizations: { ko: "English" }, value: "en" },
    ]);
    expect(timeZone).toMatchObject({ max_length: 64, description: "Time zone" });
    expect(timeZone?.description_localizations?.ko).toBe("시간대");
    const link = definitions.find((d) => d.name === "link");
    expect(link?.options).toMatchObject([{ name: "code", max_length: 20, required: false }]);
  });

  it("maps invocations back to commands and spells them the Discord way", () => {
    const edit = findCommand(allCommands, "profile", "edit")?.command;
    expect(edit?.name).toBe("profile_edit");
    expect(edit && spellCommand(edit)).toBe("/profile edit");
    expect(findCommand(allCommands, "help", null)?.command.name).toBe("help");
    expect(findCommand(allCommands, "workout", "plan")).toMatchObject({
      command: { name: "workout" },
      answered: { mode: "plan" },
    });
    expect(findCommand(allCommands, "workout", null)).toBeUndefined();
    expect(findCommand(allCommands, "profile", null)).toBeUndefined();
    expect(optionName({ kind: "place", name: "homeArea", labelKey: "x", promptKey: "y" })).toBe("home_area");
  });
});

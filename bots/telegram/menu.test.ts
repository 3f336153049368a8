import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { allCommands } from "../../conversation/registry.js";
import { createTranslator } from "../../i18n/translator.js";
import { testBotInfo } from "../../test/fake-telegram/answers.js";
import { recordApiCalls } from "../../test/fake-telegram/in-process.js";
import { setTelegramMenu } from "./menu.js";

describe("setTelegramMenu", () => {
  it("sets the listed commands in Korean (default and ko) and English (en)", async () => {
    const bot = new Bot("1:test", { botInfo: testBotInfo });
    const calls = recordApiCalls(bot.api);
    const translator = createTranslator();
    const listed = allCommands.filter((command) => command.listed).map((command) => command.name);

    await setTelegramMenu(bot.api, translator, { commands: allCommands, listed });

    const menu = (language: "ko" | "en") =>
      listed.map((name) => ({
        command: name,
        description: translator.translate(
          language,
          allCommands.find((command) => command.name === name)?.descriptionKey ?? "",
        ),
      }));
    expect(calls).toEqual([
      { method: "setMyCommands", payload: { commands: menu("ko") } },
      { method: "setMyCommands", payload: { commands: menu("ko"), language_code: "ko" } },
      { method: "setMyCommands", payload: { commands: menu("en"), language_code: "en" } },
    ]);
    expect(listed).not.toContain("profile_edit");
    expect(menu("en").find((item) => item.command === "help")?.description).toBe("List the commands");
  });
});

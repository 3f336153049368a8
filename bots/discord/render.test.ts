import { describe, expect, it } from "vitest";
import { homeAreaField, interestsField, languageField } from "../../conversation/identity/fields.js";
import { allCommands } from "../../conversation/registry.js";
import { type Button, reply } from "../../conversation/reply.js";
import { createTranslator } from "../../i18n/translator.js";
import { decodeFormId } from "./forms.js";
import { renderReply } from "./render.js";

const translator = createTranslator();
const render = (r: Parameters<typeof renderReply>[3], language: "ko" | "en" = "en") =>
  JSON.parse(JSON.stringify(renderReply(translator, language, allCommands, r))) as {
    embeds: { description: string; fields?: { name: string; value: string }[]; image?: { url: string } }[];
    components: { components: { custom_id: string; label: string }[] }[];
  };
const buttons = (count: number): Button[] =>
  Array.from({ length: count }, (_, i) => ({ label: { key: "button-skip" }, action: `s|f${i}` }));

describe("rendering a reply for Discord", () => {
  it("puts the text and the command list in one embed, spelled the Discord way", () => {
    const [embed] = render(reply("help-intro", {}, { commands: ["profile", "help"] })).embeds;
    expect(embed?.description).toBe(
      "Here is what you can do on honjok:\n\n/profile view — Show my profile\n/help — List the commands",
    );
  });

  it("uploads a picture honjok drew with the message and shows it in the embed", () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const message = renderReply(
      translator,
      "en",
      allCommands,
      reply("streak-no-goal", {}, { picture: { png, name: "streak.png" } }),
    );
    expect(message.embeds[0]?.toJSON().image?.url).toBe("attachment://streak.png");
    expect(message.files?.map((file) => [file.name, file.attachment])).toEqual([
      ["streak.png", Buffer.from(png)],
    ]);
    expect(renderReply(translator, "en", allCommands, reply("streak-no-goal")).files).toBeUndefined();
  });

  it("keeps Discord's limits of five buttons a row and five rows", () => {
    const { components } = render(
      reply("cancel-done", {}, { buttons: [buttons(7), ...Array(6).fill(buttons(1))] }),
    );
    expect(components.map((row) => row.components.length)).toEqual([5, 2, 1, 1, 1]);
  });

  it("adds a fill-in button for typed prompts only", () => {
    const typed = render(
      reply("ask-interests", {}, { prompt: { command: "start", fields: [interestsField] } }),
      "ko",
    );
    const fillIn = typed.components[0]?.components[0];
    expect(fillIn?.label).toBe("✏️ 입력하기");
    expect(decodeFormId(fillIn?.custom_id ?? "")).toEqual({
      command: "start",
      language: "ko",
      fields: ["interests"],
    });
    const choice = render(
      reply("ask-language", {}, { prompt: { command: "start", fields: [languageField] } }),
    );
    expect(choice.components).toEqual([]);
  });

  it("says under a place question what to type, since Discord cannot send a location", () => {
    const place = render(
      reply("ask-area", {}, { prompt: { command: "start", fields: [homeAreaField] } }),
      "ko",
    );
    expect(place.embeds[0]?.description).toBe(
      `${translator.translate("ko", "ask-area")}\n\n${translator.translate("ko", "discord-place-typed")}`,
    );
    const typed = render(
      reply("ask-interests", {}, { prompt: { command: "start", fields: [interestsField] } }),
    );
    expect(typed.embeds[0]?.description).not.toContain("📍");
  });

  it("shows a place only rounded, with a map link, and an image", () => {
    const place = { lat: 37.556342, lng: 126.922311, label: "Mangwon", precision: 0 };
    const [embed] = render(
      reply("cancel-done", {}, { place, image: { platform: "discord", ref: "https://example.org/a.png" } }),
    ).embeds;
    expect(embed?.fields?.[0]?.name).toBe("Mangwon");
    expect(embed?.fields?.[0]?.value).toContain(
      "[37.556, 126.922 · open the map](https://www.openstreetmap.org/",
    );
    expect(JSON.stringify(embed)).not.toContain("37.5563");
    expect(embed?.image?.url).toBe("https://example.org/a.png");
  });
});

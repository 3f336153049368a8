import { describe, expect, it } from "vitest";
import { contactField, homeAreaField, interestsField } from "../../conversation/identity/fields.js";
import { allCommands } from "../../conversation/registry.js";
import { type Reply, reply } from "../../conversation/reply.js";
import { answerAction, skipAction } from "../../core/actions/codec.js";
import { createTranslator } from "../../i18n/translator.js";
import { type Outgoing, planMessages, type RenderOptions } from "./render.js";

const translator = createTranslator();
const options: RenderOptions = {
  translator,
  commands: allCommands,
  canShowReplyKeyboard: true,
  replyKeyboardOpen: false,
};
const skip = (field: string) => [[{ label: { key: "button-skip" }, action: skipAction(field) }]];
const areaPrompt: Reply = reply(
  "ask-area",
  {},
  { buttons: skip("area"), prompt: { command: "start", fields: [{ ...homeAreaField, optional: true }] } },
);
const interestsPrompt: Reply = reply(
  "ask-interests",
  {},
  {
    buttons: skip("interests"),
    prompt: { command: "start", fields: [{ ...interestsField, optional: true }] },
  },
);

/** The messages as Telegram receives them (keyboards as plain JSON). */
const wire = (messages: Outgoing[]) => JSON.parse(JSON.stringify(messages)) as Record<string, unknown>[];

describe("planMessages", () => {
  it("translates into the outcome's language and lists commands under help", () => {
    const { messages } = planMessages(
      { language: "en", replies: [reply("help-intro", {}, { commands: ["start", "help"] })] },
      options,
    );
    expect(messages).toEqual([
      {
        kind: "text",
        text: `${translator.translate("en", "help-intro")}\n/start — ${translator.translate("en", "cmd-start")}\n/help — ${translator.translate("en", "cmd-help")}`,
      },
    ]);
  });

  it("puts a reply's link above its buttons, as a URL button", () => {
    const action = answerAction("language", "ko");
    const link = { label: { key: "button-room-enter" }, url: "https://meet.example/room?jwt=abc" };
    const { messages } = planMessages(
      {
        language: "ko",
        replies: [
          reply(
            "workout-started",
            { title: "요가" },
            { link, buttons: [[{ label: { key: "language-ko" }, action }]] },
          ),
        ],
      },
      options,
    );
    expect(wire(messages)[0]?.markup).toEqual({
      inline_keyboard: [
        [{ text: translator.translate("ko", "button-room-enter"), url: link.url }],
        [{ text: "한국어", callback_data: action }],
      ],
    });
  });

  it("renders buttons as an inline keyboard whose data is the action", () => {
    const action = answerAction("language", "ko");
    const { messages } = planMessages(
      {
        language: "ko",
        replies: [reply("ask-language", {}, { buttons: [[{ label: { key: "language-ko" }, action }]] })],
      },
      options,
    );
    expect(wire(messages)[0]?.markup).toEqual({
      inline_keyboard: [[{ text: "한국어", callback_data: action }]],
    });
  });

  it("asks for a place with a one-time share-location keyboard, its buttons in a second message", () => {
    const plan = planMessages({ language: "ko", replies: [areaPrompt] }, options);
    expect(plan.replyKeyboardOpen).toBe(true);
    expect(wire(plan.messages)).toEqual([
      {
        kind: "text",
        text: translator.translate("ko", "ask-area"),
        markup: {
          keyboard: [
            [{ text: translator.translate("ko", "telegram-share-location"), request_location: true }],
          ],
          one_time_keyboard: true,
          resize_keyboard: true,
        },
      },
      {
        kind: "text",
        text: translator.translate("ko", "telegram-buttons-below"),
        markup: { inline_keyboard: [[{ text: "건너뛰기", callback_data: "s|area" }]] },
      },
    ]);
  });

  it("asks for a phone contact with a one-time share-contact keyboard, in private chats only", () => {
    const contactPrompt = reply(
      "ask-contact",
      {},
      { prompt: { command: "verify_phone", fields: [contactField] } },
    );
    const plan = planMessages({ language: "en", replies: [contactPrompt] }, options);
    expect(plan.replyKeyboardOpen).toBe(true);
    expect(wire(plan.messages)[0]?.markup).toEqual({
      keyboard: [[{ text: translator.translate("en", "telegram-share-contact"), request_contact: true }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    });
    const inGroup = planMessages(
      { language: "en", replies: [contactPrompt] },
      { ...options, canShowReplyKeyboard: false },
    );
    expect(wire(inGroup.messages)[0]?.markup).toBeUndefined();
  });

  it("removes the share-location keyboard with the next reply, once", () => {
    const plan = planMessages(
      { language: "en", replies: [interestsPrompt, reply("profile-saved")] },
      { ...options, replyKeyboardOpen: true },
    );
    expect(plan.replyKeyboardOpen).toBe(false);
    expect(wire(plan.messages).map((message) => message.markup)).toEqual([
      { remove_keyboard: true },
      { inline_keyboard: [[{ text: "Skip", callback_data: "s|interests" }]] },
      undefined,
    ]);
  });

  it("keeps quiet about keyboards when none is showing, and offers none outside private chats", () => {
    const inGroup = planMessages(
      { language: "en", replies: [areaPrompt] },
      { ...options, canShowReplyKeyboard: false },
    );
    expect(inGroup.replyKeyboardOpen).toBe(false);
    expect(wire(inGroup.messages)).toHaveLength(1);
    expect(wire(inGroup.messages)[0]?.markup).toEqual({
      inline_keyboard: [[{ text: "Skip", callback_data: "s|area" }]],
    });
  });

  it("sends a place as a location and an image as a photo, after the text", () => {
    const place = { lat: 37.5665, lng: 126.978, precision: 500 };
    const { messages } = planMessages(
      {
        language: "ko",
        replies: [
          reply(
            "profile-saved",
            {},
            { place, image: { platform: "discord", ref: "https://example.org/a.png" } },
          ),
        ],
      },
      options,
    );
    expect(messages.map((message) => message.kind)).toEqual(["text", "location", "photo"]);
    expect(messages[1]).toEqual({ kind: "location", place });
    expect(messages[2]).toEqual({ kind: "photo", url: "https://example.org/a.png" });
  });
});

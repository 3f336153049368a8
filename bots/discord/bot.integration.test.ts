import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findProfileByAccount } from "../../core/identity/queries.js";
import { discordEndToEnd } from "../../test/fake-discord/end-to-end.js";
import { button, buttonsOf, GUILD_CHANNEL_ID, textOf } from "../../test/fake-discord/messages.js";
import {
  buttonPress,
  type FakeAttachment,
  MANAGE_CHANNELS,
  modalSubmit,
  type Person,
  sentMessage,
  slashCommand,
  slashCommandWithFiles,
} from "../../test/fake-discord/payloads.js";
import { testPii } from "../../test/pii.js";

const discord = discordEndToEnd();

beforeAll(async () => {
  // The first interaction of a process is slow (module loading, query plans): warmed up here, so
  // the tests see the answer a person gets once the bot runs, given at once.
  await discord().send(slashCommand(warmUp, "help"), 1);
});

const EPHEMERAL = 64;
/** An answer given in the callback itself, not deferred: what a quick outcome gets. */
const ANSWERED_AT_ONCE = 4;
const DEFERRED_REPLY = 5;
const MODAL = 9;

const minji: Person = {
  id: "2100000000000000001",
  username: "minji",
  globalName: "민지",
  locale: "ko",
  where: "guild",
};
const warmUp: Person = { id: "2100000000000000099", username: "warm", locale: "en-US", where: "dm" };
const sam: Person = { id: "2100000000000000002", username: "sam", locale: "en-US", where: "dm" };

describe("Discord front door", () => {
  it("answers /start with Korean language buttons, ephemeral in a server", async () => {
    const { callback, messages } = await discord().send(slashCommand(minji, "start"), 1);
    expect(callback).toMatchObject({ type: ANSWERED_AT_ONCE, data: { flags: EPHEMERAL } });
    expect(textOf(messages[0])).toContain("혼족에 오신 걸 환영해요");
    expect(buttonsOf(messages[0]).map((b) => b.label)).toEqual(["한국어", "English"]);
  });

  it("moves on after a button press, offering a form for the typed answer", async () => {
    const { messages: asked } = await discord().send(slashCommand(minji, "start"), 1);
    const korean = button(asked[0], "한국어");
    const { messages } = await discord().send(buttonPress(minji, korean.custom_id, sentMessage(asked[0])), 1);
    expect(textOf(messages[0])).toContain("사는 동네를 알려 주세요");
    const fillIn = button(messages[0], "✏️ 입력하기");
    expect(fillIn.custom_id).toMatch(/^form\|start\|ko\|area,interests$/);
    expect(button(messages[0], "건너뛰기").custom_id).toBe("s|area");

    const { callback } = await discord().send(
      buttonPress(minji, fillIn.custom_id, sentMessage(messages[0])),
      0,
    );
    expect(callback.type).toBe(MODAL);
    expect(JSON.stringify(callback.data?.components)).toContain("37.5665, 126.9780");
  });

  it("lists the commands for /help in a DM, not ephemeral, with Discord spellings", async () => {
    const { callback, messages } = await discord().send(slashCommand(sam, "help"), 1);
    expect(callback.type).toBe(ANSWERED_AT_ONCE);
    expect((callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(textOf(messages[0])).toContain("Here is what you can do");
    expect(textOf(messages[0])).toContain("/profile view — Show my profile");
    expect(textOf(messages[0])).toContain("/start — Get started");
  });

  it("opens a modal for /profile edit and saves what is submitted", async () => {
    const { callback } = await discord().send(slashCommand(sam, "profile", {}, "edit"), 0);
    expect(callback.type).toBe(MODAL);
    expect(callback.data).toMatchObject({ title: "Edit my profile" });
    const formId = callback.data?.custom_id ?? "";
    expect(formId).toBe("form|profile_edit|en|name,bio,interests,area");

    const submitted = modalSubmit(sam, formId, {
      name: "Sam K",
      bio: "Cooks on Sundays",
      interests: "",
      area: "",
    });
    const { messages } = await discord().send(submitted, 2);
    expect(textOf(messages[0])).toBe("Your profile is saved.");
    expect(textOf(messages[1])).toContain("Sam K");
    const profile = await findProfileByAccount(discord().ctx.db, { platform: "discord", externalId: sam.id });
    expect(profile).toMatchObject({ displayName: "Sam K", bio: "Cooks on Sundays", language: "en" });
  });

  it("links to a Telegram account with /link code:…", async () => {
    const telegram = {
      platform: "telegram" as const,
      externalId: "777001",
      chatId: "777001",
      displayName: "Tele",
    };
    const issued = await discord().ctx.dispatcher.handle(telegram, { kind: "command", name: "link" });
    const code = issued.replies[0]?.text.params?.code;
    expect(typeof code).toBe("string");

    const linker: Person = { ...sam, id: "2100000000000000003", username: "linker" };
    const { messages } = await discord().send(slashCommand(linker, "link", { code: String(code) }), 1);
    // The code's owner (Telegram, Korean) keeps the profile, so the answer is in Korean.
    expect(textOf(messages[0])).toBe(
      discord().ctx.translator.translate("ko", "link-done", { platform: "discord" }),
    );
    const viaDiscord = await findProfileByAccount(discord().ctx.db, {
      platform: "discord",
      externalId: linker.id,
    });
    const viaTelegram = await findProfileByAccount(discord().ctx.db, {
      platform: "telegram",
      externalId: "777001",
    });
    expect(viaDiscord?.userId).toBe(viaTelegram?.userId);
    expect(viaDiscord?.platforms.sort()).toEqual(["discord", "telegram"]);
  });

  it("answers a forged button with the stale-button help", async () => {
    const { messages } = await discord().send(buttonPress(sam, "a|language|fr"), 1);
    expect(textOf(messages[0])).toContain("That button no longer works");
    expect(textOf(messages[0])).toContain("/help");
    const forgedForm = await discord().send(buttonPress(sam, "form|nope|en|x"), 1);
    expect(textOf(forgedForm.messages[0])).toContain("That button no longer works");
  });

  it("defers an outcome that is slow to come (Discord waits 3 s) and edits it in, ephemeral in a server", async () => {
    const handle = discord().ctx.dispatcher.handle;
    const slow = vi.spyOn(discord().ctx.dispatcher, "handle").mockImplementationOnce(async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 1700));
      return handle(...args);
    });
    const { callback, messages } = await discord().send(slashCommand(minji, "help"), 1);
    expect(callback).toEqual({ type: DEFERRED_REPLY, data: { flags: EPHEMERAL } });
    expect(textOf(messages[0])).toContain("/settings");
    slow.mockRestore();
  });

  it("answers a failure with error-unexpected and keeps working", async () => {
    const failuresBefore = (await discord().ctx.metrics.updateFailures.get()).values[0]?.value ?? 0;
    const handle = vi
      .spyOn(discord().ctx.dispatcher, "handle")
      .mockRejectedValueOnce(new Error("database on fire"));
    const { messages } = await discord().send(slashCommand(minji, "help"), 1);
    expect(textOf(messages[0])).toBe(discord().ctx.translator.translate("ko", "error-unexpected"));
    expect((await discord().ctx.metrics.updateFailures.get()).values[0]?.value).toBe(failuresBefore + 1);

    const { messages: next } = await discord().send(slashCommand(minji, "help"), 1);
    expect(textOf(next[0])).toContain("/settings");
    expect(handle).toHaveBeenCalledTimes(2);
    handle.mockRestore();
  });
});

describe("/verify", () => {
  const vera: Person = { id: "2100000000000000009", username: "vera", locale: "en-US", where: "dm" };
  const t = (key: string, params?: Record<string, string | number>) =>
    discord().ctx.translator.translate("en", key, params);

  it("verifies by e-mail through two forms, and offers no phone (a Telegram idea)", async () => {
    const { messages: ways } = await discord().send(slashCommand(vera, "verify"), 1);
    expect(textOf(ways[0])).toBe(t("verify-choose"));
    expect(buttonsOf(ways[0]).map((b) => b.label)).toEqual(["📧 E-mail"]);

    const byEmail = button(ways[0], "📧 E-mail").custom_id;
    const { messages: askEmail } = await discord().send(buttonPress(vera, byEmail, sentMessage(ways[0])), 1);
    expect(textOf(askEmail[0])).toBe(t("ask-email"));
    const emailForm = button(askEmail[0], "✏️ Fill in").custom_id;
    expect(emailForm).toBe("form|verify_email|en|email");

    const { messages: sent } = await discord().send(
      modalSubmit(vera, emailForm, { email: "vera@example.org" }),
      2,
    );
    expect(textOf(sent[0])).toBe(t("verify-code-sent", { email: "v***@example.org", minutes: 10 }));
    expect(textOf(sent[1])).toBe(t("ask-email-code"));
    expect(buttonsOf(sent[1]).map((b) => b.label)).toEqual(["✏️ Fill in", "🔄 Send a new code"]);

    // The mail worker would send it; here it is read from its row as the worker reads it.
    const row = await discord().ctx.db.emailCode.findFirstOrThrow({
      where: { user: { accounts: { some: { platform: "discord", externalId: vera.id } } } },
    });
    const code = testPii.open(row.codeCipher ?? "");
    const codeForm = button(sent[1], "✏️ Fill in").custom_id;
    const { messages: done } = await discord().send(modalSubmit(vera, codeForm, { code }), 1);
    expect(textOf(done[0])).toBe(t("verify-done"));
    const profile = await findProfileByAccount(discord().ctx.db, {
      platform: "discord",
      externalId: vera.id,
    });
    expect(profile?.verified).toBe(true);
  });
});

describe("neighbourhood boards", () => {
  const moderator: Person = {
    id: "2100000000000000003",
    username: "mod",
    globalName: "운영자",
    locale: "ko",
    where: "guild",
    permissions: MANAGE_CHANNELS,
  };
  const t = (key: string, params?: Record<string, string | number>) =>
    discord().ctx.translator.translate("ko", key, params);
  const board = () =>
    discord().ctx.db.board.findUnique({
      where: { platform_chatId: { platform: "discord", chatId: GUILD_CHANNEL_ID } },
    });

  it("makes the server channel a board for someone who may manage channels", async () => {
    const { messages } = await discord().send(
      slashCommand(moderator, "market", { place: "마포구", radius: "5000" }, "board"),
      1,
    );
    expect(textOf(messages[0])).toContain("마포구 반경 5km");
    expect(textOf(messages[0])).toContain("/market board-off");
    expect(await board()).toMatchObject({ radiusM: 5000, language: "ko" });
  });

  it("refuses members without Manage Channels, and everyone in a DM", async () => {
    const member = await discord().send(slashCommand(minji, "market", {}, "board-off"), 1);
    expect(textOf(member.messages[0])).toBe(t("error-board-not-manager"));
    const direct = await discord().send(slashCommand(sam, "market", { place: "Mapo-gu" }, "board"), 1);
    expect(textOf(direct.messages[0])).toBe(
      discord().ctx.translator.translate("en", "error-board-private-chat"),
    );
    expect(await board()).toMatchObject({ radiusM: 5000 });
  });
});

describe("files attached to /market sell", () => {
  let files: Server;
  let filesUrl: string;
  beforeAll(async () => {
    const clear = await sharp({
      create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    files = createServer((_req, res) => res.end(clear));
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => files.close(() => resolve())));

  const sell = (person: Person, attachment: FakeAttachment) =>
    discord().send(slashCommandWithFiles(person, "market", "sell", { title: "원목 의자" }, [attachment]), 1);

  it("says why a PDF is no photo, instead of dropping it", async () => {
    const pdf = {
      option: "photo1",
      url: `${filesUrl}/receipt.pdf`,
      contentType: "application/pdf",
      size: 2000,
    };
    const { messages } = await sell(minji, pdf);
    expect(textOf(messages[0])).toBe(
      discord().ctx.translator.translate("ko", "error-photo-type", { type: "PDF" }),
    );
  });

  it("reads a PNG's pixels and refuses a transparent one, in English for an English Discord", async () => {
    const png = { option: "photo1", url: `${filesUrl}/logo.png`, contentType: "image/png", size: 90 };
    const { messages } = await sell(sam, png);
    expect(textOf(messages[0])).toBe(discord().ctx.translator.translate("en", "error-photo-transparent"));
  });
});

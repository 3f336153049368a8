import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerAction } from "../../core/actions/codec.js";
import { linkGroupChat } from "../../core/groups/chats/mutations.js";
import { groupWithMembers } from "../../core/groups/chats/test-linked-group.js";
import { getProfile } from "../../core/identity/queries.js";
import { queueChatPost, queueNotification } from "../../core/notifications/mutations.js";
import { createTranslator } from "../../i18n/translator.js";
import type { MessageBody } from "../../test/fake-discord/messages.js";
import { startFakeDiscord } from "../../test/fake-discord/server.js";
import { waitFor } from "../../test/wait.js";
import { createPerson, notificationRow, notify, startTestWorkers } from "../test-harness.js";

const DISCORD_TOKEN = "discord-test-token-0123456789";

let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
let harness: Awaited<ReturnType<typeof startTestWorkers>>;

// Discord is configured here and Telegram is not.
beforeAll(async () => {
  discord = await startFakeDiscord();
  harness = await startTestWorkers({
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: "123456789012",
    DISCORD_API_ROOT: discord.apiRoot,
  });
});

afterAll(async () => {
  await harness?.stop();
  await discord?.close();
});

async function settled(id: string) {
  return (await notificationRow(harness.db, id)).status !== "pending";
}

describe("delivery beyond Telegram", () => {
  it("opens a Discord DM with the person's user id and posts the rendered text there", async () => {
    const userId = await createPerson(harness.db, {
      platform: "discord",
      externalId: "555000111",
      chatId: "555000111",
      language: "en-US",
    });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "telegram" });
    await waitFor("the row to be settled", () => settled(id));

    expect(await notificationRow(harness.db, id)).toMatchObject({ status: "sent", deliveredTo: "discord" });
    const text = createTranslator().translate("en", "notify-account-linked", { platform: "telegram" });
    expect(discord.calls.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: "/api/v10/users/@me/channels", body: { recipient_id: "555000111" } },
      { method: "POST", path: "/api/v10/channels/dm1/messages", body: { content: text } },
    ]);
    expect(discord.calls[0]?.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
  });

  it("posts buttons as rows of secondary buttons, wrapping rows wider than five and keeping five rows", async () => {
    const userId = await createPerson(harness.db, {
      platform: "discord",
      externalId: "555000222",
      chatId: "555000222",
      language: "en-US",
    });
    const answer = (value: number) => ({
      label: { key: "button-skip" },
      action: answerAction("choice", String(value)),
    });
    const wide = [1, 2, 3, 4, 5, 6].map(answer);
    const single = [7, 8, 9, 10, 11].map((value) => [answer(value)]);
    const id = await harness.db.$transaction((tx) =>
      queueNotification(tx, {
        userId,
        messageKey: "notify-account-linked",
        params: { platform: "telegram" },
        buttons: [wide, ...single],
      }),
    );
    await waitFor("the row to be settled", () => settled(id));

    const skip = createTranslator().translate("en", "button-skip");
    const row = (values: number[]) => ({
      type: 1,
      components: values.map((value) => ({
        type: 2,
        style: 2,
        label: skip,
        custom_id: answer(value).action,
      })),
    });
    const posted = discord.calls.findLast((call) => call.path.endsWith("/messages"));
    expect((posted?.body as MessageBody | undefined)?.components).toEqual([
      row([1, 2, 3, 4, 5]),
      row([6]),
      row([7]),
      row([8]),
      row([9]),
    ]);
  });

  it("posts to a linked server channel as a card, in the language of whoever linked it", async () => {
    const userId = await createPerson(harness.db, {
      platform: "discord",
      externalId: "555000333",
      chatId: "555000333",
    });
    const owner = await getProfile(harness.db, userId);
    const groupId = await groupWithMembers(harness.db, [[userId, "owner"]]);
    const channel = { platform: "discord" as const, id: "chan-777", kind: "group" as const, canManage: true };
    const { id: groupChatId } = await linkGroupChat(
      harness.db,
      { ...owner, language: "en" },
      groupId,
      channel,
    );
    const id = await harness.db.$transaction((tx) =>
      queueChatPost(tx, groupChatId, {
        messageKey: "notify-account-linked",
        params: { platform: "telegram" },
      }),
    );
    await waitFor("the row to be settled", () => settled(id));

    expect(await notificationRow(harness.db, id)).toMatchObject({ status: "sent", deliveredTo: "discord" });
    const posted = discord.calls.findLast((call) => call.path === "/api/v10/channels/chan-777/messages");
    const text = createTranslator().translate("en", "notify-account-linked", { platform: "telegram" });
    expect(posted?.body).toMatchObject({ embeds: [{ description: text }] });
  });

  it("marks a playground persona's notification sent without calling anyone", async () => {
    const before = discord.calls.length;
    const userId = await createPerson(harness.db, {
      platform: "web",
      externalId: "persona-1",
      chatId: "persona-1",
    });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be settled", () => settled(id));

    expect(await notificationRow(harness.db, id)).toMatchObject({ status: "sent", deliveredTo: "web" });
    expect(discord.calls).toHaveLength(before);
  });

  it("fails a notification for a messenger without a token, with the reason", async () => {
    const userId = await createPerson(harness.db, {
      platform: "telegram",
      externalId: "2001",
      chatId: "2001",
    });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be settled", () => settled(id));

    expect(await notificationRow(harness.db, id)).toMatchObject({
      status: "failed",
      lastError: "platform-not-configured",
      attempts: 1,
    });
  });

  it("fails a notification for a person with no reachable account", async () => {
    const userId = await createPerson(harness.db, { platform: "telegram", externalId: "2002" });
    const id = await notify(harness.db, userId, "notify-account-linked", { platform: "discord" });
    await waitFor("the row to be settled", () => settled(id));

    expect(await notificationRow(harness.db, id)).toMatchObject({
      status: "failed",
      lastError: "no-reachable-account",
    });
  });
});

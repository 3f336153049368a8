import { describe, expect, it } from "vitest";
import { encodeStartPayload } from "../../core/actions/start-payload.js";
import { actions } from "../../core/actions/table.js";
import { listedItem, person } from "../../core/market/test-seed.js";
import type { ChatAdmins } from "../../test/fake-telegram/answers.js";
import { recordingBot, sentTexts } from "../../test/fake-telegram/in-process.js";
import {
  callbackUpdate,
  channelPostUpdate,
  type FakeChat,
  type FakeUser,
  groupTextUpdate,
  textUpdate,
} from "../../test/fake-telegram/updates.js";
import { fileFixture } from "../../test/file-fixture.js";
import { t } from "../../test/korean.js";
import { createTelegramTestContext } from "./test-context.js";

// Neighbourhood boards are set in the group or channel itself, where the bot asks Telegram
// whether the person runs it; fed through bot.handleUpdate with an API that records the calls.

const test = fileFixture(
  () => createTelegramTestContext(),
  (made) => made.cleanup(),
);

const group: FakeChat = { id: -1001000000001, title: "망원동 자취생" };
const channel: FakeChat = { id: -1001000000002, title: "마포 나눔" };
const admin: FakeUser = { id: 6001, firstName: "관리자", languageCode: "ko" };
const member: FakeUser = { id: 6002, firstName: "회원", languageCode: "ko" };

const botWith = (admins: ChatAdmins = { [group.id]: [admin.id] }) => recordingBot(test().app, { admins });
const boardOf = (chat: FakeChat) =>
  test().database.db.board.findUnique({
    where: { platform_chatId: { platform: "telegram", chatId: String(chat.id) } },
  });

describe("/board in a group", () => {
  it("makes the group a board when an admin sets it, asking Telegram who the sender is", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(groupTextUpdate(admin, group, "/board 마포구"));

    expect(calls.find((call) => call.method === "getChatMember")?.payload).toMatchObject({
      chat_id: group.id,
      user_id: admin.id,
    });
    const reply = calls.find((call) => call.method === "sendMessage");
    expect(reply?.payload.chat_id).toBe(group.id);
    expect(String(reply?.payload.text)).toContain("마포구 반경 3km");
    expect(await boardOf(group)).toMatchObject({ radiusM: 3000, language: "ko" });
  });

  it("changes only the radius when an admin presses a radius button", async () => {
    const { bot, calls } = botWith();
    const before = await boardOf(group);
    await bot.handleUpdate(callbackUpdate(admin, actions.board({ radius: 5000 }), group));

    expect(sentTexts(calls)).toEqual([t("board-updated", { km: 5 })]);
    expect(await boardOf(group)).toMatchObject({ radiusM: 5000, lat: before?.lat, lng: before?.lng });
  });

  it("refuses a member who is not an admin and leaves the board as it was", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(groupTextUpdate(member, group, "/board 관악구"));
    await bot.handleUpdate(groupTextUpdate(member, group, "/board_off"));

    expect(sentTexts(calls)).toEqual([t("error-board-not-manager"), t("error-board-not-manager")]);
    expect(await boardOf(group)).toMatchObject({ radiusM: 5000 });
  });

  it("is stopped by an admin with /board_off", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(groupTextUpdate(admin, group, "/board_off"));
    expect(sentTexts(calls)).toEqual([t("board-off")]);
    expect(await boardOf(group)).toBeNull();
  });
});

describe("/board elsewhere", () => {
  it("is refused in the private chat, without asking Telegram about members", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(textUpdate(admin, "/board 마포구"));
    expect(sentTexts(calls)).toEqual([t("error-board-private-chat")]);
    expect(calls.map((call) => call.method)).not.toContain("getChatMember");
  });

  it("sets a channel's board from a post in the channel, which only its admins can write", async () => {
    const { bot, calls } = botWith({});
    await bot.handleUpdate(channelPostUpdate(channel, "/board 마포구"));
    expect(calls.find((call) => call.method === "sendMessage")?.payload.chat_id).toBe(channel.id);
    expect(await boardOf(channel)).toMatchObject({ radiusM: 3000 });
  });
});

describe("a board card's link", () => {
  it("opens the item in the private chat of whoever followed it", async () => {
    const sellerId = await person(test().database.db, "판매자");
    const itemId = await listedItem(test().database.db, sellerId, { title: "전자레인지" });
    const { bot, calls } = botWith();
    const payload = encodeStartPayload(actions.item({ itemId }));
    await bot.handleUpdate(textUpdate(member, `/start ${payload}`));

    const [card] = calls.filter((call) => call.method === "sendMessage");
    expect(card?.payload.chat_id).toBe(member.id);
    expect(String(card?.payload.text)).toContain("전자레인지");
  });
});

import { describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { groupWithMembers } from "../../core/groups/chats/test-linked-group.js";
import type { ChatAdmins } from "../../test/fake-telegram/answers.js";
import { recordingBot, sentTexts } from "../../test/fake-telegram/in-process.js";
import {
  callbackUpdate,
  type FakeChat,
  type FakeUser,
  groupTextUpdate,
  memberJoinedUpdate,
  newMembersUpdate,
  textUpdate,
} from "../../test/fake-telegram/updates.js";
import { fileFixture } from "../../test/file-fixture.js";
import { t } from "../../test/korean.js";
import { createTelegramTestContext } from "./test-context.js";

// A hobby group linked to a Telegram group chat: linked there by someone who runs both, and
// learning its members from people joining the chat. Fed through bot.handleUpdate.

const test = fileFixture(
  () => createTelegramTestContext(),
  (made) => made.cleanup(),
);

const chat: FakeChat = { id: -1001000000101, title: "풋살 단톡방" };
const host: FakeUser = { id: 6101, firstName: "모임장", languageCode: "ko" };
const newcomers: FakeUser[] = [
  { id: 6102, firstName: "새내기", languageCode: "ko" },
  { id: 6103, firstName: "두번째", languageCode: "ko" },
];

const botWith = (admins: ChatAdmins = { [chat.id]: [host.id] }) => recordingBot(test().app, { admins });

async function userOf(user: FakeUser) {
  const account = await test().database.db.account.findUnique({
    where: { platform_externalId: { platform: "telegram", externalId: String(user.id) } },
  });
  return account?.userId;
}

describe("a group chat linked to a hobby group", () => {
  let groupId: string;

  it("is linked by an admin of the chat who moderates the group, picking the group with a button", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(textUpdate(host, "/start"));
    const hostId = await userOf(host);
    if (!hostId) throw new Error("the host was not registered");
    groupId = await groupWithMembers(test().database.db, [[hostId, "owner"]]);

    await bot.handleUpdate(groupTextUpdate(host, chat, "/group_link"));
    const picker = calls.filter((call) => call.method === "sendMessage").at(-1)?.payload;
    expect(picker?.text).toBe(t("group-link-pick"));
    expect(JSON.stringify(picker?.reply_markup)).toContain(actions.groupLink({ groupId }));

    await bot.handleUpdate(callbackUpdate(host, actions.groupLink({ groupId }), chat));
    const linked = await test().database.db.groupChat.findFirstOrThrow({
      where: { chatId: String(chat.id) },
    });
    expect(linked).toMatchObject({ groupId, platform: "telegram", language: "ko" });
  });

  it("refuses a chat member who is not its admin, and the link stays", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(groupTextUpdate(newcomers[0] as FakeUser, chat, "/group_unlink"));
    expect(sentTexts(calls)).toEqual([t("error-group-chat-not-manager")]);
    expect(await test().database.db.groupChat.count({ where: { chatId: String(chat.id) } })).toBe(1);
  });

  it("answers nothing personal in the chat: /meetups and /calendar are for the private chat", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(groupTextUpdate(host, chat, "/meetups"));
    await bot.handleUpdate(groupTextUpdate(host, chat, "/calendar"));
    expect(sentTexts(calls)).toEqual([t("error-private-chat-only"), t("error-private-chat-only")]);
    expect(await test().database.db.calendarFeed.count()).toBe(0);
  });

  it("makes people who join the chat members of the open group, from either kind of update, once", async () => {
    const { bot, calls } = botWith();
    await bot.handleUpdate(newMembersUpdate(chat, newcomers));
    await bot.handleUpdate(memberJoinedUpdate(chat, newcomers[0] as FakeUser));

    const members = await test().database.db.groupMember.findMany({ where: { groupId } });
    const joined = await Promise.all(newcomers.map(userOf));
    expect(members.map((member) => member.userId).sort()).toEqual([...joined, await userOf(host)].sort());
    expect((await test().database.db.group.findUniqueOrThrow({ where: { id: groupId } })).memberCount).toBe(
      3,
    );
    // Nothing is said in the chat about who joined.
    expect(sentTexts(calls)).toEqual([]);
  });
});

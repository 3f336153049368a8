import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { AppError } from "../../errors.js";
import { getProfile } from "../../identity/queries.js";
import { newPerson } from "../../identity/test-people.js";
import { joinGroupFromChat, linkGroupChat, recordDiscordEvent, unlinkGroupChat } from "./mutations.js";
import { queueGroupChatPosts } from "./posts.js";
import { findLinkedChat, listDiscordEventsBehind } from "./queries.js";
import { groupWithMembers, meetupOf } from "./test-linked-group.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const now = new Date("2026-11-21T12:00:00Z");
const telegramGroup = (id: string, canManage = true) => ({
  platform: "telegram" as const,
  id,
  kind: "group" as const,
  canManage,
});
const discordChannel = (id: string) => ({
  ...telegramGroup(id),
  platform: "discord" as const,
  guildId: "g1",
});

async function people(n: number) {
  const made = [];
  for (let i = 0; i < n; i++) {
    const { userId } = await newPerson(database.db);
    made.push(await getProfile(database.db, userId));
  }
  return made;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("linking a chat to a group", () => {
  it("takes a moderator of the group who runs the chat, and keeps the linker's language and clock", async () => {
    const [owner, member] = await people(2);
    if (!owner || !member) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [
      [owner.userId, "owner"],
      [member.userId, "member"],
    ]);

    expect(await refusal(linkGroupChat(database.db, member, groupId, telegramGroup("-100")))).toBe(
      "group-not-moderator",
    );
    expect(await refusal(linkGroupChat(database.db, owner, groupId, telegramGroup("-100", false)))).toBe(
      "group-chat-not-manager",
    );
    const privateChat = { ...telegramGroup("42"), kind: "private" as const };
    expect(await refusal(linkGroupChat(database.db, owner, groupId, privateChat))).toBe("group-chat-private");
    expect(await findLinkedChat(database.db, "telegram", "-100")).toBeUndefined();

    const linked = await linkGroupChat(database.db, owner, groupId, telegramGroup("-100"));
    expect(linked).toMatchObject({ groupId, chatId: "-100", language: "ko", timeZone: "Asia/Seoul" });
  });

  it("refuses a chat linked to another group, and replaces the group's earlier chat on that messenger", async () => {
    const [owner, other] = await people(2);
    if (!owner || !other) throw new Error("no people");
    const first = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    const second = await groupWithMembers(database.db, [[other.userId, "owner"]]);
    await linkGroupChat(database.db, owner, first, telegramGroup("-200"));

    expect(await refusal(linkGroupChat(database.db, other, second, telegramGroup("-200")))).toBe(
      "group-chat-taken",
    );
    await linkGroupChat(database.db, owner, first, telegramGroup("-201"));
    expect(await findLinkedChat(database.db, "telegram", "-200")).toBeUndefined();
    expect((await findLinkedChat(database.db, "telegram", "-201"))?.groupId).toBe(first);
  });

  it("is ended by a moderator of the group or an admin of the chat, and by nobody else", async () => {
    const [owner, stranger] = await people(2);
    if (!owner || !stranger) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    await linkGroupChat(database.db, owner, groupId, telegramGroup("-300"));

    expect(await refusal(unlinkGroupChat(database.db, stranger.userId, telegramGroup("-300", false)))).toBe(
      "group-chat-not-manager",
    );
    expect(await unlinkGroupChat(database.db, owner.userId, telegramGroup("-300", false))).toBe(true);
    expect(await unlinkGroupChat(database.db, owner.userId, telegramGroup("-300", false))).toBe(false);
  });

  it("posts to every linked chat through the outbox, each in its own language", async () => {
    const [owner] = await people(1);
    if (!owner) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    await linkGroupChat(database.db, owner, groupId, telegramGroup("-400"));
    await linkGroupChat(database.db, { ...owner, language: "en" }, groupId, discordChannel("chan-400"));

    const posted = await database.db.$transaction((tx) =>
      queueGroupChatPosts(tx, groupId, ({ language }) => ({
        messageKey: "group-test-post",
        params: { language },
      })),
    );
    expect(posted).toBe(2);
    const rows = await database.db.notification.findMany({
      where: { messageKey: "group-test-post" },
      include: { groupChat: true },
    });
    expect(rows.map((row) => [row.userId, row.groupChat?.chatId, row.params])).toEqual(
      expect.arrayContaining([
        [null, "-400", { language: "ko" }],
        [null, "chan-400", { language: "en" }],
      ]),
    );
  });
});

describe("joining a linked chat", () => {
  it("joins an open group once and only while there is room; an approval group is left to its moderators", async () => {
    const [owner] = await people(1);
    if (!owner) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    await database.db.group.update({ where: { id: groupId }, data: { memberLimit: 2 } });
    await linkGroupChat(database.db, owner, groupId, telegramGroup("-600"));
    const joiner = (externalId: string) => ({
      platform: "telegram" as const,
      externalId,
      displayName: "새 멤버",
    });

    expect(await joinGroupFromChat(database.db, joiner("7001"), "-600", now)).toBe("joined");
    expect(await joinGroupFromChat(database.db, joiner("7001"), "-600", now)).toBe("already-member");
    expect(await joinGroupFromChat(database.db, joiner("7002"), "-600", now)).toBe("group-full");
    // Nobody is registered for joining a chat no group is linked to.
    expect(await joinGroupFromChat(database.db, joiner("7003"), "-601", now)).toBe("not-linked");
    expect(await database.db.account.count({ where: { externalId: "7003" } })).toBe(0);
    await database.db.group.update({
      where: { id: groupId },
      data: { joinPolicy: "approval", memberLimit: null },
    });
    expect(await joinGroupFromChat(database.db, joiner("7002"), "-600", now)).toBe("not-open");

    const joined = await database.db.account.findFirstOrThrow({ where: { externalId: "7001" } });
    const members = await database.db.groupMember.findMany({ where: { groupId } });
    expect(members.map((member) => member.userId).sort()).toEqual([owner.userId, joined.userId].sort());
    expect((await database.db.group.findUniqueOrThrow({ where: { id: groupId } })).memberCount).toBe(2);
  });
});

describe("meetups as Discord scheduled events", () => {
  it("lists meetups ahead of linked servers until their event shows the meetup's version", async () => {
    const [owner] = await people(1);
    if (!owner) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    const { id: groupChatId } = await linkGroupChat(database.db, owner, groupId, discordChannel("chan-500"));
    const ahead = await meetupOf(database.db, groupId, owner.userId, now, 60);
    await meetupOf(database.db, groupId, owner.userId, now, -30);
    const behind = async () =>
      (await listDiscordEventsBehind(database.db, now, 10)).filter(
        (task) => task.groupChatId === groupChatId,
      );

    expect((await behind()).map((task) => [task.meetupId, task.eventId, task.version])).toEqual([
      [ahead, undefined, 1],
    ]);
    await recordDiscordEvent(database.db, { meetupId: ahead, groupChatId, eventId: "e1", version: 1 });
    expect(await behind()).toEqual([]);

    await database.db.meetup.update({ where: { id: ahead }, data: { version: 2, status: "cancelled" } });
    expect((await behind()).map((task) => [task.eventId, task.version, task.cancelled])).toEqual([
      ["e1", 2, true],
    ]);
    // A slower sync of the older version cannot move the record back.
    await recordDiscordEvent(database.db, { meetupId: ahead, groupChatId, eventId: "e1", version: 2 });
    await recordDiscordEvent(database.db, { meetupId: ahead, groupChatId, eventId: "e1", version: 1 });
    expect(await behind()).toEqual([]);
  });

  it("gives a group linked to a channel of another server events of that server's own", async () => {
    const [owner] = await people(1);
    if (!owner) throw new Error("no people");
    const groupId = await groupWithMembers(database.db, [[owner.userId, "owner"]]);
    const { id: groupChatId } = await linkGroupChat(database.db, owner, groupId, discordChannel("chan-700"));
    const meetupId = await meetupOf(database.db, groupId, owner.userId, now, 60);
    await recordDiscordEvent(database.db, { meetupId, groupChatId, eventId: "old-server-event", version: 1 });

    await linkGroupChat(database.db, owner, groupId, { ...discordChannel("chan-701"), guildId: "g2" });
    const behind = await listDiscordEventsBehind(database.db, now, 100);
    expect(
      behind.filter((task) => task.meetupId === meetupId).map((task) => [task.guildId, task.eventId]),
    ).toEqual([["g2", undefined]]);
  });
});

import type { GuildMember } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkGroupChat } from "../../core/groups/chats/mutations.js";
import { groupWithMembers } from "../../core/groups/chats/test-linked-group.js";
import { getProfile } from "../../core/identity/queries.js";
import { newPerson } from "../../core/identity/test-people.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { handleMemberJoin } from "./handlers/member-join.js";

// The gateway's "member joined a server" event, handed to the handler as discord.js would.

let test: TestAppContext;
beforeAll(async () => {
  test = await createTestAppContext();
});
afterAll(async () => {
  await test?.cleanup();
});

const member = (userId: string, guildId: string, bot = false) =>
  ({
    user: { id: userId, bot, globalName: "새 멤버", username: `user${userId}` },
    guild: { id: guildId },
  }) as unknown as GuildMember;

async function linkedGroup(channelId: string, guildId: string, joinPolicy: "open" | "approval") {
  const { userId } = await newPerson(test.ctx.db, "discord");
  const groupId = await groupWithMembers(test.ctx.db, [[userId, "owner"]]);
  await test.ctx.db.group.update({ where: { id: groupId }, data: { joinPolicy } });
  const chat = {
    platform: "discord" as const,
    id: channelId,
    kind: "group" as const,
    canManage: true,
    guildId,
  };
  await linkGroupChat(test.ctx.db, await getProfile(test.ctx.db, userId), groupId, chat);
  return groupId;
}

const membersOf = async (groupId: string) =>
  (await test.ctx.db.groupMember.findMany({ where: { groupId } })).length;

describe("someone joining a Discord server", () => {
  it("joins the open groups linked to its channels, and not those that need approval or other servers'", async () => {
    const open = await linkedGroup("c1", "900", "open");
    const approval = await linkedGroup("c2", "900", "approval");
    const elsewhere = await linkedGroup("c3", "901", "open");

    await handleMemberJoin(test.ctx, member("7100", "900"));
    await handleMemberJoin(test.ctx, member("7101", "900", true));

    expect([await membersOf(open), await membersOf(approval), await membersOf(elsewhere)]).toEqual([2, 1, 1]);
    const account = await test.ctx.db.account.findFirstOrThrow({
      where: { platform: "discord", externalId: "7100" },
    });
    expect(account.chatId).toBe("7100");
    expect(await test.ctx.db.account.count({ where: { externalId: "7101" } })).toBe(0);
  });
});

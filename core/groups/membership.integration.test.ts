import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { decodeAction } from "../actions/codec.js";
import { cellOf } from "../cells.js";
import { codeOf, outboxOf } from "../market/test-seed.js";
import {
  createGroup,
  decideJoinRequest,
  deleteGroup,
  editGroup,
  joinGroup,
  leaveGroup,
  removeMember,
  setModerator,
  transferOwnership,
} from "./mutations.js";
import { MAX_GROUPS_OWNED } from "./rules.js";
import { createTestGroup, groupInput, persona, someone } from "./test-groups.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const now = new Date("2026-11-21T13:00:00Z");
const db = () => database.db;

const groupRow = (id: string) => db().group.findUnique({ where: { id } });
const memberRows = (groupId: string) =>
  db().groupMember.findMany({ where: { groupId }, orderBy: { userId: "asc" } });
const roleOf = async (groupId: string, userId: string) =>
  (await db().groupMember.findUnique({ where: { groupId_userId: { groupId, userId } } }))?.role;

/** Everything a refusal must leave as it was. */
async function snapshot(groupId: string) {
  return {
    group: await groupRow(groupId),
    members: await memberRows(groupId),
    requests: await db().groupJoinRequest.findMany({ where: { groupId }, orderBy: { userId: "asc" } }),
    notifications: await db().notification.count(),
  };
}

describe("creating a group", () => {
  it("keeps the area rounded with its cell, makes the creator owner and indexes name, description and tags", async () => {
    const owner = await someone(db(), "지수");
    const exact = { lat: 37.48437, lng: 126.92961 };
    const groupId = await createGroup(
      db(),
      owner,
      groupInput({
        area: { ...exact, label: "신림역", precision: 0 },
        tags: ["#운동", " 풋살 ", "＃Running", "running", ""],
      }),
      now,
    );
    const group = await db().group.findUniqueOrThrow({ where: { id: groupId } });
    expect(group).toMatchObject({
      memberCount: 1,
      playground: false,
      tags: ["운동", "풋살", "running"],
      areaLabel: "신림역",
      cell: cellOf(group.areaLat, group.areaLng),
    });
    expect(group.areaLat).not.toBe(exact.lat);
    expect(Math.abs(group.areaLat - exact.lat)).toBeLessThan(0.005);
    expect(group.searchTokens).toEqual(expect.arrayContaining(["풋살", "초보", "ㅍㅅ", "ru"]));
    expect(group.searchText.split("\n")).toEqual([
      "신림 풋살 모임",
      "주말 아침마다 공 차요 초보 환영",
      "운동 풋살 running",
    ]);
    expect(await memberRows(groupId)).toMatchObject([{ userId: owner.userId, role: "owner" }]);
  });

  it("refuses bad input and profanity with their reasons and stores nothing", async () => {
    const owner = await someone(db(), "서연");
    const cases: [string, Parameters<typeof groupInput>[0]][] = [
      ["invalid-input", { name: "풋" }],
      ["invalid-input", { name: "가".repeat(61) }],
      ["invalid-input", { description: "가".repeat(1001) }],
      ["invalid-input", { category: "knitting" as never }],
      ["invalid-input", { tags: Array.from({ length: 11 }, (_, i) => `태그${i}`) }],
      ["invalid-input", { tags: ["가".repeat(21)] }],
      ["invalid-input", { memberLimit: 1 }],
      ["invalid-input", { memberLimit: 1001 }],
      ["invalid-input", { joinQuestion: "가".repeat(201) }],
      ["invalid-input", { area: { lat: 91, lng: 0, precision: 0 } }],
      ["profanity", { name: "씨발 축구" }],
      ["profanity", { description: "fuck this" }],
      ["profanity", { tags: ["병신"] }],
    ];
    for (const [code, changes] of cases) {
      expect(await codeOf(createGroup(db(), owner, groupInput(changes), now)), JSON.stringify(changes)).toBe(
        code,
      );
    }
    expect(await db().groupMember.count({ where: { userId: owner.userId } })).toBe(0);
  });

  it(`lets one person own at most ${MAX_GROUPS_OWNED} groups, even when they create several at once`, async () => {
    const owner = await someone(db(), "부지런");
    for (let i = 0; i < MAX_GROUPS_OWNED - 2; i++) await createGroup(db(), owner, groupInput(), now);
    const burst = await Promise.allSettled(
      Array.from({ length: 4 }, () => createGroup(db(), owner, groupInput(), now)),
    );
    expect(burst.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    expect(await codeOf(createGroup(db(), owner, groupInput(), now))).toBe("too-many-groups");
    const owned = await db().groupMember.count({ where: { userId: owner.userId, role: "owner" } });
    expect(owned).toBe(MAX_GROUPS_OWNED);
  });

  it("makes a playground persona's group a playground group", async () => {
    const groupId = await createGroup(db(), await persona(db()), groupInput(), now);
    expect((await groupRow(groupId))?.playground).toBe(true);
  });
});

describe("editing and deleting", () => {
  it("lets moderators change the description, tags, policy, limit and question", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["운영진"], now });
    const [moderator] = members as [(typeof members)[0]];
    await setModerator(db(), owner.userId, groupId, moderator.userId, true);
    await editGroup(db(), moderator.userId, groupId, {
      description: "평일 저녁 풋살",
      tags: ["#풋살", "퇴근후"],
      joinPolicy: "approval",
      memberLimit: 12,
      joinQuestion: "포지션이 어디예요?",
    });
    const group = await groupRow(groupId);
    expect(group).toMatchObject({
      name: "신림 풋살 모임",
      description: "평일 저녁 풋살",
      tags: ["풋살", "퇴근후"],
      joinPolicy: "approval",
      memberLimit: 12,
      joinQuestion: "포지션이 어디예요?",
    });
    expect(group?.searchTokens).toContain("퇴근");
    await editGroup(db(), owner.userId, groupId, { memberLimit: null, joinQuestion: null });
    expect(await groupRow(groupId)).toMatchObject({ memberLimit: null, joinQuestion: null });
  });

  it("refuses members, a limit below the members there are, and profanity, changing nothing", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["하나", "두리"], now });
    const member = members[0]?.userId as string;
    const before = await snapshot(groupId);
    expect(await codeOf(editGroup(db(), member, groupId, { description: "내 맘대로" }))).toBe(
      "group-not-moderator",
    );
    const stranger = await someone(db(), "낯선 사람");
    expect(await codeOf(editGroup(db(), stranger.userId, groupId, { description: "?" }))).toBe(
      "group-not-member",
    );
    const below = editGroup(db(), owner.userId, groupId, { memberLimit: 2 });
    await expect(below).rejects.toMatchObject({ code: "group-limit-below-members", params: { members: 3 } });
    expect(await codeOf(editGroup(db(), owner.userId, groupId, { tags: ["시발"] }))).toBe("profanity");
    expect(await snapshot(groupId)).toEqual(before);
  });

  it("lets only the owner delete the group, and tells the other members", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["셋", "넷"], now });
    const [first, second] = members as [(typeof members)[0], (typeof members)[0]];
    await setModerator(db(), owner.userId, groupId, first.userId, true);
    expect(await codeOf(deleteGroup(db(), first.userId, groupId))).toBe("group-not-owner");
    expect(await groupRow(groupId)).not.toBeNull();
    await deleteGroup(db(), owner.userId, groupId);
    expect(await groupRow(groupId)).toBeNull();
    expect(await outboxOf(db(), second.userId, "notify-group-deleted")).toHaveLength(1);
    expect(await outboxOf(db(), owner.userId, "notify-group-deleted")).toHaveLength(0);
  });
});

describe("joining", () => {
  it("joins an open group at once, and refuses a member or a full group without changing anything", async () => {
    const { groupId } = await createTestGroup(db(), { input: { memberLimit: 2 }, now });
    const joiner = await someone(db(), "가입자");
    expect(await joinGroup(db(), joiner.userId, groupId, undefined, now)).toBe("joined");
    expect((await groupRow(groupId))?.memberCount).toBe(2);
    const before = await snapshot(groupId);
    expect(await codeOf(joinGroup(db(), joiner.userId, groupId))).toBe("group-already-member");
    const late = await someone(db(), "늦은 사람");
    await expect(joinGroup(db(), late.userId, groupId)).rejects.toMatchObject({
      code: "group-full",
      params: { limit: 2 },
    });
    expect(await snapshot(groupId)).toEqual(before);
  });

  it("never lets more people in than the limit, however many join at once", async () => {
    const limit = 6;
    const { groupId } = await createTestGroup(db(), { input: { memberLimit: limit }, now });
    const crowd = await Promise.all(Array.from({ length: 25 }, (_, i) => someone(db(), `사람${i}`)));
    const results = await Promise.allSettled(
      crowd.map((person) => joinGroup(db(), person.userId, groupId, undefined, now)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(limit - 1);
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason.code] : []));
    expect(new Set(refusals)).toEqual(new Set(["group-full"]));
    expect(await db().groupMember.count({ where: { groupId } })).toBe(limit);
    expect((await groupRow(groupId))?.memberCount).toBe(limit);
  });

  it("keeps a playground group and a real person apart", async () => {
    const { groupId: playgroundGroup } = await createTestGroup(db(), { owner: await persona(db()), now });
    const real = await someone(db(), "진짜");
    expect(await codeOf(joinGroup(db(), real.userId, playgroundGroup))).toBe("not-found");
    const { groupId: realGroup } = await createTestGroup(db(), { now });
    const visitor = await persona(db());
    expect(await codeOf(joinGroup(db(), visitor.userId, realGroup))).toBe("not-found");
  });
});

describe("groups that need approval", () => {
  async function approvalGroup(limit?: number) {
    const group = await createTestGroup(db(), {
      members: ["운영자"],
      input: { joinPolicy: "open", ...(limit ? { memberLimit: limit } : {}) },
      now,
    });
    const moderator = group.members[0] as (typeof group.members)[0];
    await setModerator(db(), group.owner.userId, group.groupId, moderator.userId, true);
    await editGroup(db(), group.owner.userId, group.groupId, {
      joinPolicy: "approval",
      joinQuestion: "어떤 운동 좋아해요?",
    });
    return { ...group, moderator };
  }

  it("records a request and asks the owner and every moderator, with buttons that fit", async () => {
    const { groupId, owner, moderator } = await approvalGroup();
    const asker = await someone(db(), "신청자");
    expect(await joinGroup(db(), asker.userId, groupId, "축구요", now)).toBe("requested");
    expect(await roleOf(groupId, asker.userId)).toBeUndefined();
    expect(
      await db().groupJoinRequest.findUnique({
        where: { groupId_userId: { groupId, userId: asker.userId } },
      }),
    ).toMatchObject({ status: "pending", answer: "축구요" });
    for (const reader of [owner, moderator]) {
      const [notice] = await outboxOf(db(), reader.userId, "notify-group-join-request");
      expect(notice).toMatchObject({ ephemeral: true, params: { name: "신청자", answer: "축구요" } });
      const buttons = (notice?.buttons ?? []) as { action: string }[][];
      const actions = buttons.flat().map((button) => decodeAction(button.action));
      expect(actions.map((action) => action?.type === "command" && action.command)).toEqual([
        "join_approve",
        "join_reject",
      ]);
    }
    expect(await codeOf(joinGroup(db(), asker.userId, groupId, "또요"))).toBe("group-join-pending");
  });

  it("tells the requester of a rejection, takes a new request after it, and admits on approval", async () => {
    const { groupId, moderator } = await approvalGroup();
    const asker = await someone(db(), "재도전");
    await joinGroup(db(), asker.userId, groupId, "풋살", now);
    const decide = (approve: boolean, by = moderator.userId) =>
      decideJoinRequest(db(), { moderatorId: by, groupId, requesterId: asker.userId, approve }, now);
    expect(await decide(false)).toBe("rejected");
    expect(await outboxOf(db(), asker.userId, "notify-group-join-rejected")).toHaveLength(1);
    expect(await codeOf(decide(true))).toBe("group-no-request");
    expect(await joinGroup(db(), asker.userId, groupId, "다시 신청해요", now)).toBe("requested");
    expect(await decide(true)).toBe("approved");
    expect(await roleOf(groupId, asker.userId)).toBe("member");
    expect((await groupRow(groupId))?.memberCount).toBe(3);
    expect(await outboxOf(db(), asker.userId, "notify-group-join-approved")).toHaveLength(1);
  });

  it("refuses deciding by a plain member, and approving into a full group, changing nothing", async () => {
    const { groupId, owner, moderator } = await approvalGroup(3);
    const [first, second] = [await someone(db(), "첫째"), await someone(db(), "둘째")];
    await joinGroup(db(), first.userId, groupId, "안녕", now);
    await joinGroup(db(), second.userId, groupId, "안녕", now);
    await decideJoinRequest(db(), {
      moderatorId: owner.userId,
      groupId,
      requesterId: first.userId,
      approve: true,
    });
    const before = await snapshot(groupId);
    const bySecond = { moderatorId: first.userId, groupId, requesterId: second.userId, approve: true };
    expect(await codeOf(decideJoinRequest(db(), bySecond))).toBe("group-not-moderator");
    const intoFull = { ...bySecond, moderatorId: moderator.userId };
    expect(await codeOf(decideJoinRequest(db(), intoFull))).toBe("group-full");
    expect(await snapshot(groupId)).toEqual(before);
  });
});

describe("leaving, removing and roles", () => {
  it("lets a member leave; the owner must hand over first, unless alone, when the group ends", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["떠날 사람"], now });
    const leaver = members[0]?.userId as string;
    expect(await codeOf(leaveGroup(db(), owner.userId, groupId))).toBe("group-owner-must-hand-over");
    expect(await leaveGroup(db(), leaver, groupId)).toBe("left");
    expect((await groupRow(groupId))?.memberCount).toBe(1);
    expect(await codeOf(leaveGroup(db(), leaver, groupId))).toBe("group-not-member");
    expect(await leaveGroup(db(), owner.userId, groupId)).toBe("deleted");
    expect(await groupRow(groupId)).toBeNull();
  });

  it("lets moderators remove members, only the owner remove moderators, and nobody the owner", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), {
      members: ["운영1", "운영2", "회원1", "회원2"],
      now,
    });
    const [mod1, mod2, member1, member2] = members.map((member) => member.userId) as [
      string,
      string,
      string,
      string,
    ];
    await setModerator(db(), owner.userId, groupId, mod1, true);
    await setModerator(db(), owner.userId, groupId, mod2, true);
    const before = await snapshot(groupId);
    const stranger = await someone(db(), "남");
    const refused: [string, () => Promise<unknown>][] = [
      ["group-not-moderator", () => removeMember(db(), member1, groupId, member2)],
      ["group-not-owner", () => removeMember(db(), mod1, groupId, mod2)],
      ["group-not-owner", () => removeMember(db(), mod1, groupId, owner.userId)],
      ["not-found", () => removeMember(db(), mod1, groupId, stranger.userId)],
      ["invalid-input", () => removeMember(db(), owner.userId, groupId, owner.userId)],
    ];
    for (const [code, attempt] of refused) expect(await codeOf(attempt())).toBe(code);
    expect(await snapshot(groupId)).toEqual(before);

    await removeMember(db(), mod1, groupId, member1);
    await removeMember(db(), owner.userId, groupId, mod2);
    expect((await memberRows(groupId)).map((row) => row.userId).sort()).toEqual(
      [owner.userId, mod1, member2].sort(),
    );
    expect((await groupRow(groupId))?.memberCount).toBe(3);
    for (const removed of [member1, mod2]) {
      expect(await outboxOf(db(), removed, "notify-group-removed")).toHaveLength(1);
    }
  });

  it("lets only the owner make and unmake moderators, telling the person", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["승진", "동료"], now });
    const [promoted, peer] = members.map((member) => member.userId) as [string, string];
    await setModerator(db(), owner.userId, groupId, promoted, true);
    expect(await roleOf(groupId, promoted)).toBe("moderator");
    expect(await codeOf(setModerator(db(), promoted, groupId, peer, true))).toBe("group-not-owner");
    expect(await roleOf(groupId, peer)).toBe("member");
    await setModerator(db(), owner.userId, groupId, promoted, false);
    expect(await roleOf(groupId, promoted)).toBe("member");
    const notices = await outboxOf(db(), promoted, "notify-group-role");
    expect(notices.map((notice) => (notice.params as { role: string }).role)).toEqual([
      "moderator",
      "member",
    ]);
  });

  it("hands ownership to a member, keeping the old owner as a moderator", async () => {
    const { groupId, owner, members } = await createTestGroup(db(), { members: ["후계자", "회원"], now });
    const [heir, member] = members.map((m) => m.userId) as [string, string];
    const stranger = await someone(db(), "외부인");
    const before = await snapshot(groupId);
    expect(await codeOf(transferOwnership(db(), heir, groupId, member))).toBe("group-not-owner");
    expect(await codeOf(transferOwnership(db(), owner.userId, groupId, stranger.userId))).toBe("not-found");
    expect(await snapshot(groupId)).toEqual(before);

    await transferOwnership(db(), owner.userId, groupId, heir);
    expect(await roleOf(groupId, heir)).toBe("owner");
    expect(await roleOf(groupId, owner.userId)).toBe("moderator");
    expect(await outboxOf(db(), heir, "notify-group-owner")).toHaveLength(1);
    expect(await leaveGroup(db(), owner.userId, groupId)).toBe("left");
  });

  it("refuses handing a group to someone who already owns the most groups", async () => {
    const busy = await someone(db(), "모임 부자");
    for (let i = 0; i < MAX_GROUPS_OWNED; i++) await createGroup(db(), busy, groupInput(), now);
    const { groupId, owner } = await createTestGroup(db(), { now });
    await joinGroup(db(), busy.userId, groupId, undefined, now);
    await expect(transferOwnership(db(), owner.userId, groupId, busy.userId)).rejects.toMatchObject({
      code: "too-many-groups",
      params: { max: MAX_GROUPS_OWNED },
    });
    expect(await roleOf(groupId, owner.userId)).toBe("owner");
    expect(await roleOf(groupId, busy.userId)).toBe("member");
  });
});

import { describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { databaseForTests } from "../groups/meetups/test-meetups.js";
import { createTestGroup, persona, someone } from "../groups/test-groups.js";
import { updateProfile } from "../identity/mutations.js";
import { gangnam, near, sillim } from "../market/test-seed.js";
import { leaderboard } from "./leaderboard.js";
import { creditPoints, lockBalance, reversePoints } from "./mutations.js";
import { badgeFacts } from "./queries.js";

const database = databaseForTests();
// Wednesday 2026-12-09, 12:00 in Seoul; the tests run in another zone.
const now = new Date("2026-12-09T03:00:00Z");
const HOUR_MS = 60 * 60_000;

/** A neighbourhood of each test's own, 20 km from the others: the tests share one database. */
const town = (n: number) => near(sillim, 20_000 * n, 180);

/** A verified person living at `home`, as /start or /profile would set it. */
async function neighbour(db: Database, name: string, home: { lat: number; lng: number } | null = sillim) {
  const { userId } = await someone(db, name);
  await updateProfile(db, userId, { homeArea: home && { ...home, precision: 0 } });
  await db.user.update({ where: { id: userId }, data: { verifiedAt: now } });
  return userId;
}

/** `earned` points all time, on the balance row the ledger makes (with its copy of the person). */
async function withEarned(db: Database, userId: string, earned: number) {
  await db.$transaction(async (tx) => {
    await lockBalance(tx, userId, now);
    await tx.pointBalance.update({ where: { userId }, data: { balance: earned, earned } });
  });
}

const names = (board: Awaited<ReturnType<typeof leaderboard>>) =>
  board.top.map((line) => [line.rank, line.displayName, line.points]);

describe("leaderboards", () => {
  it("rank a neighbourhood by points earned: the top 10, ties sharing a rank, my own rank below them", async () => {
    const db = database();
    const people = [];
    for (let i = 0; i < 12; i++) {
      const userId = await neighbour(db, `이웃${i}`, near(sillim, 200 * i, 30 * i));
      await withEarned(db, userId, i === 3 ? 100 : 100 + 10 * i);
      people.push(userId);
    }
    const far = await neighbour(db, "강남", near(gangnam, 9_000, 90));
    await withEarned(db, far, 10_000);
    const [last, , , tied] = people as [string, string, string, string];
    const board = await leaderboard(db, tied, { board: "neighbourhood" }, now);
    expect(board.top).toHaveLength(10);
    expect(board.top[0]).toMatchObject({ rank: 1, displayName: "이웃11", points: 210 });
    expect(board.top.some((line) => line.displayName === "강남")).toBe(false);
    const mine = await leaderboard(db, last, { board: "neighbourhood" }, now);
    // 이웃0 and 이웃3 both have 100: they share 11th place, 이웃0 sees their line after the top 10.
    expect(mine.viewer).toEqual({ rank: 11, points: 100 });
    expect(mine.top.map((line) => line.isViewer)).not.toContain(true);
    expect(board.viewer).toEqual({ rank: 11, points: 100 });
  });

  it("count this week from Monday 00:00 in Seoul, without reversed points", async () => {
    const db = database();
    const early = await neighbour(db, "일요일", town(1));
    const monday = await neighbour(db, "월요일", town(1));
    const sundayNight = new Date("2026-12-06T14:59:00Z"); // 23:59 Sunday in Seoul
    const mondayStart = new Date("2026-12-06T15:00:00Z"); // 00:00 Monday in Seoul
    await creditPoints(db, { userId: early, kind: "trade_completed", cause: "trade:sun" }, sundayNight);
    await creditPoints(db, { userId: monday, kind: "ride_happened", cause: "ride:mon" }, mondayStart);
    const taken = await creditPoints(db, { userId: monday, kind: "trade_completed", cause: "trade:t" }, now);
    await reversePoints(db, taken.entryId, "trade-cancelled:1", now);
    const week = await leaderboard(db, early, { board: "week" }, now);
    expect(names(week)).toEqual([[1, "월요일", 8]]);
    expect(week.viewer).toEqual({ rank: null, points: 0 });
    // A week later Monday's ride is last week's too.
    const nextWeek = new Date(now.getTime() + 7 * 24 * HOUR_MS);
    expect((await leaderboard(db, early, { board: "week" }, nextWeek)).top).toEqual([]);
    const allTime = await leaderboard(db, early, { board: "neighbourhood" }, now);
    expect(names(allTime)).toEqual([
      [1, "일요일", 10],
      [2, "월요일", 8],
    ]);
  });

  it("leave out whoever chose not to appear, who still sees their own rank, marked hidden", async () => {
    const db = database();
    const shy = await neighbour(db, "숨은이", town(2));
    const open = await neighbour(db, "보이는이", town(2));
    await withEarned(db, shy, 50);
    await withEarned(db, open, 20);
    await updateProfile(db, shy, { onLeaderboards: false });
    const seenByOther = await leaderboard(db, open, { board: "neighbourhood" }, now);
    expect(names(seenByOther)).toEqual([[1, "보이는이", 20]]);
    expect(seenByOther.viewerHidden).toBe(false);
    const seenByShy = await leaderboard(db, shy, { board: "neighbourhood" }, now);
    expect(seenByShy.top.map((line) => [line.displayName, line.isViewer])).toEqual([
      ["숨은이", true],
      ["보이는이", false],
    ]);
    expect(seenByShy).toMatchObject({ viewer: { rank: 1, points: 50 }, viewerHidden: true });
  });

  it("move a person who moves home or hides at once, all time and this week, with the points they had", async () => {
    const db = database();
    const mover = await neighbour(db, "이사", town(4));
    const stayer = await neighbour(db, "토박이", town(4));
    const there = await neighbour(db, "새이웃", town(5));
    for (const [userId, cause] of [
      [mover, "trade:m"],
      [stayer, "ride:s"],
      [there, "ride:t"],
    ] as const)
      await creditPoints(
        db,
        { userId, kind: cause.startsWith("trade") ? "trade_completed" : "ride_happened", cause },
        now,
      );
    const boards = async (viewer: string) =>
      Promise.all([
        leaderboard(db, viewer, { board: "neighbourhood" }, now).then(names),
        leaderboard(db, viewer, { board: "week" }, now).then(names),
      ]);
    expect(await boards(stayer)).toEqual([
      [
        [1, "이사", 10],
        [2, "토박이", 8],
      ],
      [
        [1, "이사", 10],
        [2, "토박이", 8],
      ],
    ]);
    await updateProfile(db, mover, { homeArea: { ...town(5), precision: 0 } });
    expect(await boards(stayer)).toEqual([[[1, "토박이", 8]], [[1, "토박이", 8]]]);
    const arrived = [
      [1, "이사", 10],
      [2, "새이웃", 8],
    ];
    expect(await boards(there)).toEqual([arrived, arrived]);
    await updateProfile(db, mover, { onLeaderboards: false });
    expect(await boards(there)).toEqual([[[1, "새이웃", 8]], [[1, "새이웃", 8]]]);
    expect(await leaderboard(db, mover, { board: "week" }, now)).toMatchObject({
      viewer: { rank: 1, points: 10 },
      viewerHidden: true,
    });
    await updateProfile(db, mover, { onLeaderboards: true });
    expect(await boards(there)).toEqual([arrived, arrived]);
  });

  it("show a group's board to its members only, and refuse anyone else with why, changing nothing", async () => {
    const db = database();
    const { groupId, owner, members } = await createTestGroup(db, { members: ["회원"] });
    const [member] = members as [(typeof members)[number]];
    await withEarned(db, member.userId, 30);
    const outsider = await neighbour(db, "바깥");
    const board = await leaderboard(db, owner.userId, { board: "group", groupId }, now);
    expect(board.groupName).toBe("신림 풋살 모임");
    expect(names(board)).toEqual([[1, "회원", 30]]);
    expect(board.viewer.rank).toBeNull();
    const before = await db.groupMember.count({ where: { groupId } });
    await expect(leaderboard(db, outsider, { board: "group", groupId }, now)).rejects.toEqual(
      new AppError("leaderboard-not-member"),
    );
    expect(await db.groupMember.count({ where: { groupId } })).toBe(before);
  });

  it("keep playground personas and real people apart, and ask for a home area first", async () => {
    const db = database();
    const real = await neighbour(db, "진짜", town(3));
    await withEarned(db, real, 10);
    const tester = await persona(db);
    await updateProfile(db, tester.userId, { homeArea: { ...town(3), precision: 0 } });
    await withEarned(db, tester.userId, 99);
    expect(names(await leaderboard(db, real, { board: "neighbourhood" }, now))).toEqual([[1, "진짜", 10]]);
    const personaBoard = await leaderboard(db, tester.userId, { board: "neighbourhood" }, now);
    expect(personaBoard.top.map((line) => line.points)).toEqual([99]);
    const { groupId } = await createTestGroup(db);
    await expect(leaderboard(db, tester.userId, { board: "group", groupId }, now)).rejects.toEqual(
      new AppError("not-found"),
    );
    const homeless = await neighbour(db, "집없음", null);
    await expect(leaderboard(db, homeless, { board: "week" }, now)).rejects.toEqual(
      new AppError("leaderboard-no-home"),
    );
  });
});

describe("badge facts", () => {
  it("count credited earnings by kind, not held or reversed ones, and the longest weekly streak", async () => {
    const db = database();
    const userId = await neighbour(db, "배지");
    const day = (n: number) => new Date(now.getTime() + n * 24 * HOUR_MS);
    for (let n = 0; n < 3; n++)
      await creditPoints(db, { userId, kind: "ride_happened", cause: `ride:${n}` }, day(n));
    const first = await creditPoints(db, { userId, kind: "trade_completed", cause: "trade:1" }, now);
    await reversePoints(db, first.entryId, "trade-cancelled:1", now);
    await creditPoints(db, { userId, kind: "trade_completed", cause: "trade:2", counterpartId: userId }, now);
    const { groupId } = await createTestGroup(db, { owner: await someone(db, "모임장") });
    await db.group.update({ where: { id: groupId }, data: { goalPeriod: "week", goalSessions: 2 } });
    await db.workoutStreak.create({ data: { userId, groupId, current: 1, best: 4 } });
    expect(await badgeFacts(db, userId)).toEqual({
      earnedByKind: { ride_happened: 3 },
      longestStreakWeeks: 4,
    });
  });
});

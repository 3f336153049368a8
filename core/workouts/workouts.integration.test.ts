import { describe, expect, it } from "vitest";
import { actions } from "../actions/table.js";
import { cancelMeetup, editMeetup } from "../groups/meetups/mutations.js";
import { databaseForTests, groupWith, neighbour } from "../groups/meetups/test-meetups.js";
import { getGroupView } from "../groups/queries.js";
import { extendSeries } from "../groups/series/mutations.js";
import type { NotificationButton } from "../notifications/types.js";
import { planWorkout, setGroupGoal, startWorkoutNow } from "./mutations.js";
import { takeWorkoutSeat } from "./rooms/mutations.js";

// Workouts are meetups held in a video room: who may start one now and who may plan one, the
// room each occurrence gets, a weekly series on several days, and the group's goal.

const db = databaseForTests();
const MINUTE_MS = 60_000;
/** Tuesday 1 December 2026, 12:00 in Seoul. */
const now = new Date("2026-12-01T03:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * MINUTE_MS);

async function workoutGroup() {
  const owner = await neighbour(db(), "코치");
  const member = await neighbour(db(), "회원");
  const stranger = await neighbour(db(), "지나가는 사람");
  const groupId = await groupWith(db(), owner, [{ profile: member, role: "member" }]);
  const chat = await db().groupChat.create({
    data: {
      groupId,
      platform: "telegram",
      chatId: `-100${groupId.slice(0, 6)}`,
      language: "ko",
      timeZone: "Asia/Seoul",
      linkedById: owner.userId,
    },
  });
  return { owner, member, stranger, groupId, chatId: chat.id };
}

const yoga = (groupId: string) => ({ groupId, title: "아침 요가", kind: "yoga" as const, minutes: 30 });

const buttonsOf = (row: { buttons: unknown }) => ((row.buttons ?? []) as NotificationButton[][]).flat();

describe("starting a workout now", () => {
  it("is any member's: they host it in a room open from now, and the others are told with a join button", async () => {
    const { owner, member, groupId, chatId } = await workoutGroup();
    const meetupId = await startWorkoutNow(db(), member, yoga(groupId), now);
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId }, include: { room: true } });
    expect(meetup).toMatchObject({
      hostId: member.userId,
      workoutKind: "yoga",
      startAt: now,
      endAt: later(30),
    });
    expect(meetup.room).toMatchObject({ opensAt: now, closesAt: later(30), purpose: "workout" });
    const group = await db().group.findUniqueOrThrow({ where: { id: groupId } });
    expect([meetup.placeLat, meetup.placeLng]).toEqual([group.areaLat, group.areaLng]);

    const told = await db().notification.findFirstOrThrow({ where: { userId: owner.userId } });
    expect(told).toMatchObject({ messageKey: "notify-workout-live" });
    expect(told.params).toMatchObject({ kind: "yoga", minutes: 30, room: "yes" });
    expect(buttonsOf(told).map((button) => button.action)).toContain(actions.workoutJoin({ meetupId }));
    const posted = await db().notification.findFirstOrThrow({ where: { groupChatId: chatId } });
    expect(posted.messageKey).toBe("notify-workout-live");

    // The host's own pass, with moderator rights in the room.
    expect(await takeWorkoutSeat(db(), member.userId, meetupId, now)).toMatchObject({ moderator: true });
  });

  it("is refused to someone outside the group, and to a host whose room is still open", async () => {
    const { member, stranger, groupId } = await workoutGroup();
    await expect(startWorkoutNow(db(), stranger, yoga(groupId), now)).rejects.toMatchObject({
      code: "group-not-member",
    });
    await startWorkoutNow(db(), member, yoga(groupId), now);
    await expect(startWorkoutNow(db(), member, yoga(groupId), later(10))).rejects.toMatchObject({
      code: "workout-already-live",
    });
    await expect(startWorkoutNow(db(), member, yoga(groupId), later(31))).resolves.toBeTruthy();
    expect(await db().meetup.count({ where: { groupId } })).toBe(2);
  });

  it("opens one room for a double tap, and tells the group once", async () => {
    const { owner, member, groupId } = await workoutGroup();
    const taps = await Promise.allSettled(
      [1, 2, 3].map(() => startWorkoutNow(db(), member, yoga(groupId), now)),
    );
    expect(taps.map(({ status }) => status).sort()).toEqual(["fulfilled", "rejected", "rejected"]);
    for (const tap of taps)
      if (tap.status === "rejected") expect(tap.reason).toMatchObject({ code: "workout-already-live" });
    expect(await db().meetup.count({ where: { groupId } })).toBe(1);
    expect(await db().notification.count({ where: { userId: owner.userId } })).toBe(1);
  });

  it("refuses a length outside 10–180 minutes", async () => {
    const { member, groupId } = await workoutGroup();
    await expect(startWorkoutNow(db(), member, { ...yoga(groupId), minutes: 5 }, now)).rejects.toMatchObject({
      code: "invalid-input",
    });
    expect(await db().meetup.count({ where: { groupId } })).toBe(0);
  });
});

describe("planning a workout", () => {
  it("is for moderators and the owner only", async () => {
    const { member, groupId } = await workoutGroup();
    const plan = { ...yoga(groupId), startAt: later(24 * 60) };
    await expect(planWorkout(db(), member, plan, now)).rejects.toMatchObject({ code: "group-not-moderator" });
    expect(await db().meetup.count({ where: { groupId } })).toBe(0);
  });

  it("weekly on 월수금 makes Mon, Wed and Fri occurrences, each with a room of its own", async () => {
    const { owner, member, groupId } = await workoutGroup();
    const firstStart = new Date("2026-12-02T07:00:00+09:00"); // Wednesday
    const meetupId = await planWorkout(
      db(),
      owner,
      { ...yoga(groupId), startAt: firstStart, weekdays: [5, 1, 3], capacity: 8 },
      now,
    );
    const { seriesId } = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    expect(await db().meetupSeries.findUniqueOrThrow({ where: { id: seriesId ?? "" } })).toMatchObject({
      recurrence: "weekly",
      weekdays: [1, 3, 5],
    });
    const notice = await db().notification.findFirstOrThrow({ where: { userId: member.userId } });
    expect(notice.messageKey).toBe("notify-workout-new");

    let clock = new Date(firstStart.getTime() + MINUTE_MS);
    for (let made = 0; made < 3; made++) {
      expect(await extendSeries(db(), clock)).toBe(1);
      const latest = await db().meetup.findFirstOrThrow({
        where: { seriesId },
        orderBy: { seriesIndex: "desc" },
      });
      clock = new Date(latest.startAt.getTime() + MINUTE_MS);
    }
    const occurrences = await db().meetup.findMany({
      where: { seriesId },
      orderBy: { seriesIndex: "asc" },
      include: { room: true },
    });
    expect(occurrences.map((meetup) => meetup.startAt.toISOString())).toEqual([
      "2026-12-01T22:00:00.000Z", // Wed 2 Dec 07:00 in Seoul
      "2026-12-03T22:00:00.000Z", // Fri 4 Dec
      "2026-12-06T22:00:00.000Z", // Mon 7 Dec
      "2026-12-08T22:00:00.000Z", // Wed 9 Dec
    ]);
    expect(occurrences.map((meetup) => [meetup.workoutKind, meetup.capacity])).toEqual(
      Array(4).fill(["yoga", 8]),
    );
    const rooms = occurrences.map((meetup) => meetup.room);
    expect(new Set(rooms.map((room) => room?.name)).size).toBe(4);
    expect(rooms.map((room) => room?.closesAt.getTime())).toEqual(
      occurrences.map((meetup) => meetup.startAt.getTime() + 30 * MINUTE_MS),
    );
  });

  it("moves its room with it when its time changes, and ends the room when it is cancelled", async () => {
    const { owner, groupId } = await workoutGroup();
    const meetupId = await planWorkout(db(), owner, { ...yoga(groupId), startAt: later(60) }, now);
    const moved = { startAt: later(120), endAt: later(150) };
    await editMeetup(db(), owner.userId, meetupId, { times: moved }, now);
    const room = () => db().videoRoom.findUniqueOrThrow({ where: { meetupId } });
    expect(await room()).toMatchObject({ opensAt: moved.startAt, closesAt: moved.endAt });
    await cancelMeetup(db(), owner.userId, meetupId, now);
    expect(await room()).toMatchObject({ endedAt: now, endedBy: "cancelled" });
  });

  it("refuses a start already past", async () => {
    const { owner, groupId } = await workoutGroup();
    await expect(
      planWorkout(db(), owner, { ...yoga(groupId), startAt: later(-5) }, now),
    ).rejects.toMatchObject({
      code: "meetup-in-past",
    });
  });
});

describe("a group's goal", () => {
  it("is set by its owner or moderators, shown on the group's card, and taken away with none", async () => {
    const { owner, member, groupId } = await workoutGroup();
    const goal = { period: "week" as const, sessions: 3, minutes: undefined };
    await expect(setGroupGoal(db(), member.userId, groupId, goal)).rejects.toMatchObject({
      code: "group-not-moderator",
    });
    expect((await getGroupView(db(), groupId, member.userId)).goal).toBeUndefined();
    for (const unkeepable of [
      { period: "week" as const, sessions: 0, minutes: undefined },
      { period: "day" as const, sessions: 99, minutes: undefined },
    ]) {
      await expect(setGroupGoal(db(), owner.userId, groupId, unkeepable)).rejects.toMatchObject({
        code: "count-out-of-range",
      });
    }
    expect((await getGroupView(db(), groupId, member.userId)).goal).toBeUndefined();
    await setGroupGoal(db(), owner.userId, groupId, { period: "day", sessions: 1, minutes: 20 });
    expect((await getGroupView(db(), groupId, member.userId)).goal).toEqual({
      period: "day",
      sessions: 1,
      minutes: 20,
    });
    await setGroupGoal(db(), owner.userId, groupId, null);
    expect(await db().group.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({
      goalPeriod: null,
      goalSessions: null,
      goalMinutes: null,
    });
  });
});

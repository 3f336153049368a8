import { describe, expect, it } from "vitest";
import { databaseForTests, groupWith, neighbour, planMeetup } from "../meetups/test-meetups.js";
import { extendSeries, stopSeries } from "./mutations.js";

const db = databaseForTests();
const MINUTE_MS = 60_000;
const now = new Date("2026-11-21T13:00:00Z"); // 22:00 in Seoul
const minutesAfter = (at: Date, minutes = 1) => new Date(at.getTime() + minutes * MINUTE_MS);

async function weeklySeries(timeZone = "Asia/Seoul") {
  const owner = await neighbour(db(), "모임장", { timeZone });
  const member = await neighbour(db(), "멤버");
  const groupId = await groupWith(db(), owner, [{ profile: member, role: "member" }]);
  const firstStart = new Date("2026-11-28T10:00:00Z"); // Saturday 19:00 in Seoul
  const meetupId = await planMeetup(db(), owner, groupId, firstStart, now, {
    recurrence: "weekly",
    capacity: 8,
  });
  const { seriesId } = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
  return { owner, member, groupId, meetupId, seriesId: seriesId as string, firstStart };
}

const occurrences = (seriesId: string) =>
  db().meetup.findMany({ where: { seriesId }, orderBy: { seriesIndex: "asc" } });

describe("a weekly series", () => {
  it("makes the next occurrence once the latest has started, announced like a new meetup", async () => {
    const { member, seriesId, firstStart } = await weeklySeries();
    expect(await extendSeries(db(), now)).toBe(0);
    expect(await extendSeries(db(), minutesAfter(firstStart))).toBe(1);
    expect(await extendSeries(db(), minutesAfter(firstStart, 2))).toBe(0);
    const [first, second] = await occurrences(seriesId);
    expect(second).toMatchObject({
      seriesIndex: 1,
      startAt: new Date("2026-12-05T10:00:00Z"),
      endAt: new Date("2026-12-05T12:00:00Z"),
      capacity: 8,
      title: first?.title,
      goingCount: 1,
      remindersDueAt: minutesAfter(firstStart),
    });
    const announced = await db().notification.findMany({
      where: { userId: member.userId, messageKey: "notify-meetup-new" },
    });
    expect(announced.map((row) => (row.params as { date: string }).date)).toEqual(["11/28", "12/5"]);
  });

  it("is extended once however many workers run upkeep at the same moment", async () => {
    const { seriesId, firstStart } = await weeklySeries();
    const made = await Promise.all(
      Array.from({ length: 4 }, () => extendSeries(db(), minutesAfter(firstStart))),
    );
    expect(made.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect((await occurrences(seriesId)).map((meetup) => meetup.seriesIndex)).toEqual([0, 1]);
  });

  it("stops for moderators only, and a stopped series makes no more", async () => {
    const { owner, member, meetupId, seriesId, firstStart } = await weeklySeries();
    await expect(stopSeries(db(), member.userId, meetupId, now)).rejects.toMatchObject({
      code: "group-not-moderator",
    });
    expect((await db().meetupSeries.findUniqueOrThrow({ where: { id: seriesId } })).stoppedAt).toBeNull();
    await stopSeries(db(), owner.userId, meetupId, now);
    expect(await extendSeries(db(), minutesAfter(firstStart))).toBe(0);
    expect(await occurrences(seriesId)).toHaveLength(1);
  });

  it("stops when its host is no longer a moderator", async () => {
    const { owner, groupId, seriesId, firstStart } = await weeklySeries();
    await db().groupMember.update({
      where: { groupId_userId: { groupId, userId: owner.userId } },
      data: { role: "member" },
    });
    expect(await extendSeries(db(), minutesAfter(firstStart))).toBe(0);
    expect((await db().meetupSeries.findUniqueOrThrow({ where: { id: seriesId } })).stoppedAt).not.toBeNull();
  });
});

describe("a monthly series", () => {
  it("on the 31st falls on the month's last day, on the host's clocks", async () => {
    const owner = await neighbour(db(), "월례 모임장", { timeZone: "America/New_York" });
    const groupId = await groupWith(db(), owner);
    const january31 = new Date("2027-01-31T19:00:00-05:00");
    const start = new Date("2027-01-10T12:00:00Z");
    const meetupId = await planMeetup(db(), owner, groupId, january31, start, { recurrence: "monthly" });
    const { seriesId } = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    await extendSeries(db(), minutesAfter(january31));
    const [, february] = await occurrences(seriesId as string);
    await extendSeries(db(), minutesAfter(february?.startAt ?? january31));
    const starts = (await occurrences(seriesId as string)).map((meetup) => meetup.startAt.toISOString());
    // 19:00 in New York: EST in January and February, EDT by the end of March.
    expect(starts).toEqual([
      "2027-02-01T00:00:00.000Z",
      "2027-03-01T00:00:00.000Z",
      "2027-03-31T23:00:00.000Z",
    ]);
  });
});

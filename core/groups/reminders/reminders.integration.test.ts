import { describe, expect, it } from "vitest";
import type { Profile } from "../../identity/types.js";
import { cancelMeetup, editMeetup } from "../meetups/mutations.js";
import { databaseForTests, groupWith, neighbour, planMeetup } from "../meetups/test-meetups.js";
import { answerRsvp } from "../rsvp/mutations.js";
import { markRemindersScheduled, sendMeetupReminder } from "./mutations.js";
import { listMeetupsDueForReminders } from "./queries.js";

const db = databaseForTests();
const HOUR_MS = 3_600_000;
const startAt = new Date("2026-11-28T10:00:00Z"); // Saturday 19:00 in Seoul
const now = new Date("2026-11-21T13:00:00Z");
const dayBefore = new Date(startAt.getTime() - 24 * HOUR_MS);
const hourBefore = new Date(startAt.getTime() - HOUR_MS);

/** A full meetup: the host in Seoul, a guest in New York reading English, two in line and one maybe. */
async function fullMeetup() {
  const host = await neighbour(db(), "모임장");
  const guest = await neighbour(db(), "Sam", { timeZone: "America/New_York", language: "en" });
  const [first, second, maybe] = [
    await neighbour(db(), "대기1"),
    await neighbour(db(), "대기2"),
    await neighbour(db(), "아마"),
  ];
  const people = [guest, first, second, maybe].map((profile) => ({ profile, role: "member" as const }));
  const groupId = await groupWith(db(), host, people);
  const meetupId = await planMeetup(db(), host, groupId, startAt, now, { capacity: 2 });
  for (const person of [guest, first, second]) await answerRsvp(db(), person.userId, meetupId, "going", now);
  await answerRsvp(db(), maybe.userId, meetupId, "maybe", now);
  return { host, guest, first, second, maybe, meetupId };
}

async function reminded(people: Profile[]) {
  const rows = await db().notification.findMany({
    where: {
      userId: { in: people.map((person) => person.userId) },
      messageKey: { startsWith: "notify-meetup-reminder" },
    },
    include: { user: { select: { displayName: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => [row.user?.displayName, row.messageKey, (row.params as { time: string }).time]);
}

describe("meetup reminders", () => {
  it("go a day ahead to those going and the first in line, an hour ahead to those going, each on their own clocks", async () => {
    const { host, guest, first, second, maybe, meetupId } = await fullMeetup();
    const everyone = [host, guest, first, second, maybe];
    expect(await sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore)).toBe(3);
    expect(await reminded(everyone)).toEqual([
      ["모임장", "notify-meetup-reminder-day", "19:00~21:00"],
      ["Sam", "notify-meetup-reminder-day", "05:00~07:00"],
      ["대기1", "notify-meetup-reminder-waitlist", "19:00~21:00"],
    ]);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "hour" }, hourBefore)).toBe(2);
    expect((await reminded(everyone)).slice(3)).toEqual([
      ["모임장", "notify-meetup-reminder-hour", "19:00~21:00"],
      ["Sam", "notify-meetup-reminder-hour", "05:00~07:00"],
    ]);
  });

  it("are never sent twice, even by jobs running at once", async () => {
    const { host, guest, meetupId } = await fullMeetup();
    const runs = await Promise.all(
      Array.from({ length: 3 }, () => sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore)),
    );
    expect(runs.toSorted()).toEqual([0, 0, 3]);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore)).toBe(0);
    expect(await reminded([host, guest])).toHaveLength(2);
    expect(await db().meetupReminder.count({ where: { meetupId } })).toBe(1);
  });

  it("at a moved meetup's old moment, or of a cancelled or started one, send nothing; a moved one is reminded again", async () => {
    const { host, meetupId } = await fullMeetup();
    await sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore);
    const moved = {
      startAt: new Date(startAt.getTime() + HOUR_MS),
      endAt: new Date(startAt.getTime() + 3 * HOUR_MS),
    };
    await editMeetup(db(), host.userId, meetupId, { times: moved }, now);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "hour" }, hourBefore)).toBe(0);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "hour" }, moved.startAt)).toBe(0);
    const movedDayBefore = new Date(moved.startAt.getTime() - 24 * HOUR_MS);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "day" }, movedDayBefore)).toBe(3);
    await cancelMeetup(db(), host.userId, meetupId, now);
    expect(await sendMeetupReminder(db(), { meetupId, kind: "hour" }, hourBefore)).toBe(0);
    expect(await db().meetupReminder.count({ where: { meetupId } })).toBe(2);
  });

  it("are owed until the worker has queued the current version's jobs", async () => {
    const { host, meetupId } = await fullMeetup();
    const due = async () => (await listMeetupsDueForReminders(db())).find((meetup) => meetup.id === meetupId);
    expect(await due()).toMatchObject({ version: 1, remindersVersion: null, startAt, status: "scheduled" });
    await editMeetup(db(), host.userId, meetupId, { times: { startAt: hourBefore, endAt: startAt } }, now);
    expect(await markRemindersScheduled(db(), [{ id: meetupId, version: 1 }])).toBe(0);
    expect(await due()).toMatchObject({ version: 2, remindersVersion: null });
    expect(await markRemindersScheduled(db(), [{ id: meetupId, version: 2 }])).toBe(1);
    expect(await due()).toBeUndefined();
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).remindersVersion).toBe(2);
  });

  it("and new meetups are posted to the group's linked chat too, on the clock of whoever linked it", async () => {
    const host = await neighbour(db(), "모임장");
    const groupId = await groupWith(db(), host);
    const chat = await db().groupChat.create({
      data: {
        groupId,
        platform: "telegram",
        chatId: "-1001",
        language: "en",
        timeZone: "America/New_York",
        linkedById: host.userId,
      },
    });
    const meetupId = await planMeetup(db(), host, groupId, startAt, now);
    await sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore);
    await sendMeetupReminder(db(), { meetupId, kind: "day" }, dayBefore);
    const posts = await db().notification.findMany({
      where: { groupChatId: chat.id },
      orderBy: { createdAt: "asc" },
    });
    expect(posts.map((post) => [post.messageKey, (post.params as { time: string }).time])).toEqual([
      ["notify-meetup-new", "05:00~07:00"],
      ["notify-meetup-reminder-day", "05:00~07:00"],
    ]);
  });

  it("show a venue shared as a location exactly to members, and only its rough area to a linked chat", async () => {
    const host = await neighbour(db(), "모임장");
    const member = await neighbour(db(), "멤버");
    const groupId = await groupWith(db(), host, [{ profile: member, role: "member" }]);
    const chat = await db().groupChat.create({
      data: {
        groupId,
        platform: "telegram",
        chatId: "-1002",
        language: "ko",
        timeZone: "Asia/Seoul",
        linkedById: host.userId,
      },
    });
    const doorstep = { lat: 37.556123, lng: 126.895678, precision: 0 };
    await planMeetup(db(), host, groupId, startAt, now, { place: doorstep });
    const placeIn = async (where: { userId: string } | { groupChatId: string }) =>
      (
        (await db().notification.findFirstOrThrow({ where: { ...where, messageKey: "notify-meetup-new" } }))
          .params as { place: string }
      ).place;

    expect(await placeIn({ userId: member.userId })).toBe("37.55612,126.89568");
    const rough = await placeIn({ groupChatId: chat.id });
    expect(rough).not.toBe("37.55612,126.89568");
    const [lat, lng] = rough.split(",").map(Number) as [number, number];
    expect(Math.abs(lat - doorstep.lat)).toBeLessThan(0.005);
    expect(Math.abs(lng - doorstep.lng)).toBeLessThan(0.006);
  });

  it("is not lost to an edit made just before its moment", async () => {
    const { host, meetupId } = await fullMeetup();
    const justBefore = new Date(hourBefore.getTime() - 1000);
    await editMeetup(db(), host.userId, meetupId, { title: "한강 밤 러닝" }, justBefore);
    // The job queued for the first version runs; the scan has had no time to queue the second's.
    expect(await sendMeetupReminder(db(), { meetupId, kind: "hour" }, hourBefore)).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { decodeAction } from "../../actions/codec.js";
import type { Profile } from "../../identity/types.js";
import { answerRsvp } from "../rsvp/mutations.js";
import { cancelMeetup, createMeetup, editMeetup } from "./mutations.js";
import { getMeetupCard, listGroupMeetups, listMyMeetups } from "./queries.js";
import {
  databaseForTests,
  groupWith,
  mangwonPark,
  meetupInput,
  neighbour,
  planMeetup,
} from "./test-meetups.js";

const db = databaseForTests();
const HOUR_MS = 3_600_000;
/** A wall-clock time in Seoul in 2026. */
const kst = (time: string) => new Date(`2026-${time.replace(" ", "T")}:00+09:00`);
/** Saturday 21 November 2026, 22:00 in Seoul. */
const now = kst("11-21 22:00");
const nextSaturday = kst("11-28 19:00");

async function crew(size: number) {
  const owner = await neighbour(db(), "모임장");
  const moderator = await neighbour(db(), "운영진", { timeZone: "America/New_York", language: "en" });
  const members: Profile[] = [];
  for (let i = 0; i < size; i++) members.push(await neighbour(db(), `멤버${i + 1}`));
  const groupId = await groupWith(db(), owner, [
    { profile: moderator, role: "moderator" },
    ...members.map((profile) => ({ profile, role: "member" as const })),
  ]);
  return { owner, moderator, members, groupId };
}

const notifications = (userId: string, messageKey: string) =>
  db().notification.findMany({ where: { userId, messageKey }, orderBy: { createdAt: "asc" } });

const rsvpOf = (meetupId: string, userId: string) =>
  db().rsvp.findUnique({ where: { meetupId_userId: { meetupId, userId } } });

describe("creating a meetup", () => {
  it("refuses bad input and people who may not host, and stores nothing", async () => {
    const { owner, members, groupId } = await crew(1);
    const outsider = await neighbour(db(), "바깥");
    const attempt = (host: Profile, changes: Parameters<typeof meetupInput>[2], startAt = nextSaturday) =>
      createMeetup(db(), host, meetupInput(groupId, startAt, changes), now);
    // Each attempt starts only when its turn comes: a refusal nobody awaits yet would be reported as unhandled.
    const cases: [() => Promise<unknown>, string, Record<string, unknown>][] = [
      [() => attempt(owner, {}, new Date(now.getTime() - HOUR_MS)), "meetup-in-past", {}],
      [() => attempt(owner, { endAt: nextSaturday }), "meetup-ends-before-start", {}],
      [
        () => attempt(owner, { endAt: new Date(nextSaturday.getTime() + 25 * HOUR_MS) }),
        "meetup-too-long",
        { hours: 24 },
      ],
      [
        () => attempt(owner, {}, new Date(now.getTime() + 181 * 24 * HOUR_MS)),
        "meetup-too-far",
        { days: 180 },
      ],
      [() => attempt(owner, { capacity: 1 }), "invalid-input", {}],
      [() => attempt(owner, { capacity: 1001 }), "invalid-input", {}],
      [() => attempt(owner, { title: "가".repeat(81) }), "invalid-input", {}],
      [() => attempt(owner, { costNote: "x".repeat(101) }), "invalid-input", {}],
      [() => attempt(members[0] as Profile, {}), "group-not-moderator", {}],
      [() => attempt(outsider, {}), "group-not-member", {}],
    ];
    for (const [refused, code, params] of cases)
      await expect(refused()).rejects.toMatchObject({ code, params });
    expect(await db().meetup.count({ where: { groupId } })).toBe(0);
    expect(await db().notification.count({ where: { userId: { in: members.map((m) => m.userId) } } })).toBe(
      0,
    );
  });

  it("makes the host going and offers every other member one-tap answers, on their own clocks", async () => {
    const { owner, moderator, members, groupId } = await crew(2);
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now, {
      capacity: 10,
      costNote: "각자 음료",
    });
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId }, include: { rsvps: true } });
    expect(meetup).toMatchObject({
      goingCount: 1,
      version: 1,
      remindersDueAt: now,
      placeLabel: "망원한강공원",
    });
    expect(meetup.rsvps.map((rsvp) => [rsvp.userId, rsvp.status])).toEqual([[owner.userId, "going"]]);

    expect(await notifications(owner.userId, "notify-meetup-new")).toEqual([]);
    const [seoul] = await notifications((members[0] as Profile).userId, "notify-meetup-new");
    const [newYork] = await notifications(moderator.userId, "notify-meetup-new");
    expect(seoul?.params).toMatchObject({
      group: "망원 러닝 크루",
      title: "한강 저녁 러닝",
      date: "11/28",
      weekday: 6,
      time: "19:00~21:00",
      place: "망원한강공원",
    });
    expect(newYork?.params).toMatchObject({ date: "11/28", weekday: 6, time: "05:00~07:00" });
    const actions = ((seoul?.buttons ?? []) as { action: string }[][])
      .flat()
      .map(({ action }) => decodeAction(action));
    expect(actions.slice(0, 3)).toEqual(
      ["going", "maybe", "declined"].map((answer) => ({
        type: "command",
        command: "rsvp",
        args: expect.objectContaining({ answer }),
      })),
    );
    for (const action of actions) {
      expect(action?.type === "command" && action.args.meetupId).toBe(meetupId);
    }
  });
});

describe("RSVP", () => {
  it("fills the seats, then a waitlist in order, and promotes the first in line when a seat frees", async () => {
    const { owner, members, groupId } = await crew(5);
    const [a, b, c, d, e] = members as [Profile, Profile, Profile, Profile, Profile];
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now, { capacity: 3 });
    const answer = (who: Profile, s: "going" | "maybe" | "declined") =>
      answerRsvp(db(), who.userId, meetupId, s, now);

    expect(await answer(a, "going")).toEqual({ status: "going", waitlistPosition: undefined });
    expect(await answer(b, "going")).toEqual({ status: "going", waitlistPosition: undefined });
    expect(await answer(c, "going")).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect(await answer(d, "going")).toEqual({ status: "waitlisted", waitlistPosition: 2 });
    expect(await answer(e, "maybe")).toEqual({ status: "maybe", waitlistPosition: undefined });
    // Pressing again changes nothing: not the seat, not the place in line, not when they answered.
    const before = await rsvpOf(meetupId, c.userId);
    expect(await answerRsvp(db(), c.userId, meetupId, "going", new Date(now.getTime() + 60_000))).toEqual({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    expect(await rsvpOf(meetupId, c.userId)).toEqual(before);

    expect(await answer(a, "declined")).toEqual({ status: "declined", waitlistPosition: undefined });
    expect((await rsvpOf(meetupId, c.userId))?.status).toBe("going");
    const [promoted] = await notifications(c.userId, "notify-meetup-promoted");
    expect(promoted?.params).toMatchObject({ title: "한강 저녁 러닝", time: "19:00~21:00" });
    expect(await answer(d, "going")).toEqual({ status: "waitlisted", waitlistPosition: 1 });

    // Leaving the line frees no seat and promotes nobody.
    expect(await answer(d, "maybe")).toEqual({ status: "maybe", waitlistPosition: undefined });
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    expect([meetup.goingCount, await db().rsvp.count({ where: { meetupId, status: "going" } })]).toEqual([
      3, 3,
    ]);
    expect(await notifications(d.userId, "notify-meetup-promoted")).toEqual([]);
  });

  it("refuses outsiders, cancelled and finished meetups, and changes nothing", async () => {
    const { owner, members, groupId } = await crew(1);
    const member = members[0] as Profile;
    const outsider = await neighbour(db(), "지나가던 사람");
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now);
    const finished = new Date(nextSaturday.getTime() + 2 * HOUR_MS);
    await expect(answerRsvp(db(), outsider.userId, meetupId, "going", now)).rejects.toMatchObject({
      code: "group-not-member",
    });
    await expect(answerRsvp(db(), member.userId, meetupId, "going", finished)).rejects.toMatchObject({
      code: "meetup-finished",
    });
    await expect(
      answerRsvp(db(), member.userId, "00000000-0000-4000-8000-000000000000", "going", now),
    ).rejects.toMatchObject({ code: "not-found" });
    await cancelMeetup(db(), owner.userId, meetupId, now);
    await expect(answerRsvp(db(), member.userId, meetupId, "going", now)).rejects.toMatchObject({
      code: "meetup-cancelled",
    });
    expect(await db().rsvp.count({ where: { meetupId } })).toBe(1);
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).goingCount).toBe(1);
  });
});

describe("editing and cancelling", () => {
  it("lets the host and moderators edit, and tells those going or maybe what changed", async () => {
    const { owner, moderator, members, groupId } = await crew(3);
    const [going, maybe, declined] = members as [Profile, Profile, Profile];
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now);
    await answerRsvp(db(), going.userId, meetupId, "going", now);
    await answerRsvp(db(), maybe.userId, meetupId, "maybe", now);
    await answerRsvp(db(), declined.userId, meetupId, "declined", now);
    await expect(editMeetup(db(), going.userId, meetupId, { title: "바뀐 제목" }, now)).rejects.toMatchObject(
      {
        code: "group-not-moderator",
      },
    );

    const later = { startAt: kst("11-28 20:00"), endAt: kst("11-28 22:00") };
    await editMeetup(db(), moderator.userId, meetupId, { times: later, costNote: "5천원" }, now);
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    expect(meetup).toMatchObject({ ...later, costNote: "5천원", version: 2, remindersDueAt: now });
    for (const told of [going, maybe, owner]) {
      const [changed] = await notifications(told.userId, "notify-meetup-changed");
      expect(changed?.params).toMatchObject({
        time: "20:00~22:00",
        timeChanged: "yes",
        costChanged: "yes",
        placeChanged: "no",
        cost: "5천원",
      });
    }
    expect(await notifications(declined.userId, "notify-meetup-changed")).toEqual([]);
    expect(await notifications(moderator.userId, "notify-meetup-changed")).toEqual([]);

    // The same values again are no change: no new version, nobody told twice.
    await editMeetup(db(), owner.userId, meetupId, { times: later, place: mangwonPark }, now);
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).version).toBe(2);
    expect(await notifications(going.userId, "notify-meetup-changed")).toHaveLength(1);
  });

  it("refuses a capacity below those going, and raising it lets the waitlist in", async () => {
    const { owner, members, groupId } = await crew(4);
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now, { capacity: 2 });
    for (const member of members) await answerRsvp(db(), member.userId, meetupId, "going", now);
    await expect(editMeetup(db(), owner.userId, meetupId, { capacity: 1 }, now)).rejects.toMatchObject({
      code: "invalid-input",
    });
    await editMeetup(db(), owner.userId, meetupId, { capacity: 3 }, now);
    await expect(editMeetup(db(), owner.userId, meetupId, { capacity: 2 }, now)).rejects.toMatchObject({
      code: "meetup-capacity-below-going",
      params: { going: 3 },
    });
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).capacity).toBe(3);
    const [first, second, third] = members.slice(1) as [Profile, Profile, Profile];
    expect((await rsvpOf(meetupId, first.userId))?.status).toBe("going");
    expect(await notifications(first.userId, "notify-meetup-promoted")).toHaveLength(1);
    await editMeetup(db(), owner.userId, meetupId, { capacity: 10 }, now);
    expect([
      (await rsvpOf(meetupId, second.userId))?.status,
      (await rsvpOf(meetupId, third.userId))?.status,
    ]).toEqual(["going", "going"]);
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).goingCount).toBe(5);
  });

  it("refuses moving a meetup that has started or into the past, but other edits go on until the end", async () => {
    const { owner, groupId } = await crew(0);
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now);
    const started = new Date(nextSaturday.getTime() + 10 * 60_000);
    const times = { startAt: kst("11-28 21:00"), endAt: kst("11-28 23:00") };
    await expect(editMeetup(db(), owner.userId, meetupId, { times }, started)).rejects.toMatchObject({
      code: "meetup-started",
    });
    const past = { startAt: kst("11-21 20:00"), endAt: kst("11-21 21:00") };
    await expect(editMeetup(db(), owner.userId, meetupId, { times: past }, now)).rejects.toMatchObject({
      code: "meetup-in-past",
    });
    await editMeetup(db(), owner.userId, meetupId, { title: "비 와도 달려요" }, started);
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    expect([meetup.title, meetup.startAt, meetup.version]).toEqual(["비 와도 달려요", nextSaturday, 2]);
  });

  it("cancels: reminders withdrawn, and everyone but those who said no is told", async () => {
    const { owner, moderator, members, groupId } = await crew(4);
    const [going, maybe, declined, waiting] = members as [Profile, Profile, Profile, Profile];
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now, { capacity: 2 });
    await answerRsvp(db(), going.userId, meetupId, "going", now);
    await answerRsvp(db(), maybe.userId, meetupId, "maybe", now);
    await answerRsvp(db(), declined.userId, meetupId, "declined", now);
    await answerRsvp(db(), waiting.userId, meetupId, "going", now);
    await expect(cancelMeetup(db(), going.userId, meetupId, now)).rejects.toMatchObject({
      code: "group-not-moderator",
    });
    await cancelMeetup(db(), moderator.userId, meetupId, now);
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    expect(meetup).toMatchObject({ status: "cancelled", cancelledAt: now, version: 2, remindersDueAt: now });
    for (const told of [owner, going, maybe, waiting]) {
      expect(await notifications(told.userId, "notify-meetup-cancelled")).toHaveLength(1);
    }
    expect(await notifications(declined.userId, "notify-meetup-cancelled")).toEqual([]);
    await expect(cancelMeetup(db(), owner.userId, meetupId, now)).rejects.toMatchObject({
      code: "meetup-cancelled",
    });
    expect((await db().meetup.findUniqueOrThrow({ where: { id: meetupId } })).version).toBe(2);
  });
});

describe("reading meetups", () => {
  it("lists a group's meetups to members and everyone's own across groups", async () => {
    const { owner, members, groupId } = await crew(1);
    const member = members[0] as Profile;
    const otherGroup = await groupWith(db(), await neighbour(db(), "다른 모임장"), [
      { profile: member, role: "moderator" },
    ]);
    const soon = await planMeetup(db(), owner, groupId, kst("11-23 19:00"), now, { title: "월요 러닝" });
    await planMeetup(db(), member, otherGroup, kst("11-25 19:00"), now, { title: "수요 독서" });
    const gone = await planMeetup(db(), owner, groupId, kst("11-24 19:00"), now);
    await cancelMeetup(db(), owner.userId, gone, now);
    await answerRsvp(db(), member.userId, soon, "maybe", now);

    const listed = await listGroupMeetups(db(), member.userId, groupId, now);
    expect(listed.role).toBe("member");
    expect(listed.meetups.map((line) => [line.id, line.myStatus])).toEqual([[soon, "maybe"]]);
    await expect(
      listGroupMeetups(db(), (await neighbour(db(), "남")).userId, groupId, now),
    ).rejects.toMatchObject({
      code: "group-not-member",
    });
    const mine = await listMyMeetups(db(), member.userId, now);
    expect(mine.map((line) => [line.title, line.myStatus])).toEqual([
      ["월요 러닝", "maybe"],
      ["수요 독서", "going"],
    ]);
    expect(await listMyMeetups(db(), member.userId, kst("11-25 21:00"))).toEqual([]);
  });

  it("shows members the venue and who is going, and others only roughly where", async () => {
    const { owner, members, groupId } = await crew(3);
    const [a, b, c] = members as [Profile, Profile, Profile];
    const meetupId = await planMeetup(db(), owner, groupId, nextSaturday, now, { capacity: 2 });
    await answerRsvp(db(), a.userId, meetupId, "going", now);
    await answerRsvp(db(), b.userId, meetupId, "going", now);
    await answerRsvp(db(), c.userId, meetupId, "going", now);

    const card = await getMeetupCard(db(), c.userId, meetupId);
    expect(card).toMatchObject({
      place: mangwonPark,
      capacity: 2,
      goingCount: 2,
      waitlistLength: 2,
      viewer: { role: "member", isHost: false, rsvp: "waitlisted", waitlistPosition: 2, checkedIn: false },
    });
    expect(card.going.map(({ displayName }) => displayName).toSorted()).toEqual(
      ["모임장", a.displayName].toSorted(),
    );
    const stranger = await neighbour(db(), "구경꾼");
    const seen = await getMeetupCard(db(), stranger.userId, meetupId);
    expect(seen.going).toEqual([]);
    expect(seen.place.label).toBeUndefined();
    expect(seen.place.precision).toBe(500);
    expect(seen.place.lat).not.toBe(mangwonPark.lat);
    expect(seen.viewer).toMatchObject({ role: undefined, rsvp: undefined });
  });
});

import { describe, expect, it } from "vitest";
import type { Profile } from "../../identity/types.js";
import { databaseForTests, groupWith, neighbour, planMeetup } from "../meetups/test-meetups.js";
import type { RsvpAnswer } from "../meetups/types.js";
import { leaveGroup, removeMember } from "../mutations.js";
import { answerRsvp } from "./mutations.js";

// The invariant the waitlist exists for, under people pressing at the same moment: never more
// going than the capacity, the count kept on the meetup equal to the real one, and the line in
// the order the meetup's lock let the presses through.

const db = databaseForTests();
const now = new Date("2026-11-21T13:00:00Z");
const startAt = new Date("2026-11-28T10:00:00Z");

async function meetupOf(size: number, capacity: number) {
  const host = await neighbour(db(), "모임장");
  const people: Profile[] = [];
  for (let i = 0; i < size; i++) people.push(await neighbour(db(), `이웃${i}`));
  const groupId = await groupWith(
    db(),
    host,
    people.map((profile) => ({ profile, role: "member" as const })),
  );
  const meetupId = await planMeetup(db(), host, groupId, startAt, now, { capacity });
  return { people, meetupId };
}

async function seats(meetupId: string) {
  const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
  const rsvps = await db().rsvp.findMany({ where: { meetupId } });
  const waiting = rsvps.filter((rsvp) => rsvp.status === "waitlisted");
  return {
    meetup,
    going: rsvps.filter((rsvp) => rsvp.status === "going").length,
    waitlistNos: waiting.map((rsvp) => rsvp.waitlistNo as number).toSorted((a, b) => a - b),
    statusOf: new Map(rsvps.map((rsvp) => [rsvp.userId, rsvp])),
  };
}

const press = (meetupId: string, person: Profile, answer: RsvpAnswer) =>
  answerRsvp(db(), person.userId, meetupId, answer, now).then((result) => ({ person, ...result }));

describe("RSVPs pressed at once", () => {
  it("seat exactly the capacity and line the rest up in the order they went through", async () => {
    const { people, meetupId } = await meetupOf(50, 5);
    const results = await Promise.all(people.map((person) => press(meetupId, person, "going")));
    const { meetup, going, waitlistNos, statusOf } = await seats(meetupId);
    expect([meetup.goingCount, going]).toEqual([5, 5]);
    expect(results.filter((result) => result.status === "going")).toHaveLength(4);
    const line = Array.from({ length: 46 }, (_, i) => i + 1);
    expect(waitlistNos).toEqual(line);
    expect(meetup.nextWaitlistNo).toBe(47);
    // Each press saw the line as the one before left it: its place is its number, none shared.
    const places = results
      .filter((result) => result.status === "waitlisted")
      .map((result) => result.waitlistPosition);
    expect(places.toSorted((a, b) => (a ?? 0) - (b ?? 0))).toEqual(line);
    for (const result of results.filter((r) => r.status === "waitlisted")) {
      expect(statusOf.get(result.person.userId)?.waitlistNo).toBe(result.waitlistPosition);
    }
  });

  it("keep the count true while people cancel, leave the line and join at once, and promote in line order", async () => {
    const { people, meetupId } = await meetupOf(30, 6);
    const [going, waiting, newcomers] = [people.slice(0, 5), people.slice(5, 15), people.slice(15)];
    for (const person of [...going, ...waiting]) await press(meetupId, person, "going");
    const before = await seats(meetupId);
    expect([before.going, before.waitlistNos.length]).toEqual([6, 10]);

    const results = await Promise.all([
      ...going.map((person) => press(meetupId, person, "declined")),
      ...waiting.slice(0, 3).map((person) => press(meetupId, person, "maybe")),
      ...newcomers.map((person) => press(meetupId, person, "going")),
    ]);

    const after = await seats(meetupId);
    expect(after.meetup.goingCount).toBe(after.going);
    expect(after.going).toBeLessThanOrEqual(6);
    if (after.waitlistNos.length > 0) expect(after.going).toBe(6);
    expect(new Set(after.waitlistNos).size).toBe(after.waitlistNos.length);
    const joinedLine = results.filter((result) => result.status === "waitlisted").length;
    expect(after.meetup.nextWaitlistNo).toBe(1 + 10 + joinedLine);

    // Those who stayed in line from before were promoted from the front, and before any newcomer.
    const finalStatus = (person: Profile) => after.statusOf.get(person.userId)?.status;
    const pressed = (person: Profile) => results.find((result) => result.person === person)?.status;
    const stayed = waiting.slice(3).map(finalStatus);
    expect(stayed.toSorted((a, b) => Number(a === "waitlisted") - Number(b === "waitlisted"))).toEqual(
      stayed,
    );
    const linedUpNewcomers = newcomers.filter((person) => pressed(person) === "waitlisted");
    if (linedUpNewcomers.some((person) => finalStatus(person) === "going")) {
      expect(stayed.every((status) => status === "going")).toBe(true);
    }
    // Everyone seated from the line was told so, once; nobody else was.
    const notices = async (person: Profile) =>
      db().notification.count({ where: { userId: person.userId, messageKey: "notify-meetup-promoted" } });
    for (const person of [...waiting.slice(3), ...linedUpNewcomers]) {
      expect(await notices(person)).toBe(finalStatus(person) === "going" ? 1 : 0);
    }
    for (const person of [...going, ...newcomers.filter((p) => pressed(p) === "going")]) {
      expect(await notices(person)).toBe(0);
    }
  });
});

describe("leaving the group", () => {
  it("gives up the seat to the waitlist and ends the answers of meetups still ahead", async () => {
    const { people, meetupId } = await meetupOf(3, 2);
    const [leaver, waiting, removed] = people as [Profile, Profile, Profile];
    await press(meetupId, leaver, "going");
    await press(meetupId, waiting, "going");
    await press(meetupId, removed, "maybe");
    const { groupId } = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    const ownerId = (await db().groupMember.findFirstOrThrow({ where: { groupId, role: "owner" } })).userId;

    await leaveGroup(db(), leaver.userId, groupId, now);
    await removeMember(db(), ownerId, groupId, removed.userId, now);

    const after = await seats(meetupId);
    expect(after.going).toBe(2);
    expect(after.meetup.goingCount).toBe(2);
    expect(after.statusOf.get(waiting.userId)?.status).toBe("going");
    expect(after.statusOf.get(leaver.userId)?.status).toBe("declined");
    expect(after.statusOf.get(removed.userId)?.status).toBe("declined");
    const promoted = await db().notification.count({
      where: { userId: waiting.userId, messageKey: "notify-meetup-promoted" },
    });
    expect(promoted).toBe(1);
  });
});

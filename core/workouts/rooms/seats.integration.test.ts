import { describe, expect, it } from "vitest";
import { cancelMeetup } from "../../groups/meetups/mutations.js";
import { databaseForTests, groupWith, neighbour, planMeetup } from "../../groups/meetups/test-meetups.js";
import { answerRsvp } from "../../groups/rsvp/mutations.js";
import { takeOccupantEvent, takeRoomCreated, takeRoomDestroyed } from "../presence/mutations.js";
import { endWorkoutRoom, openWorkoutRoom, takeWorkoutSeat } from "./mutations.js";
import { ROOM_EARLY_MS, ROOM_GRACE_MS } from "./rules.js";

// Who gets a pass to a workout's room, and what it says: only members going (and those who run
// the workout), the same seat when asked again, moderator rights for the host and moderators.

const db = databaseForTests();
const now = new Date("2026-11-30T12:00:00Z");
const startAt = new Date("2026-12-01T22:00:00Z");
const endAt = new Date(startAt.getTime() + 2 * 60 * 60_000);

async function workout() {
  const host = await neighbour(db(), "코치");
  const member = await neighbour(db(), "회원");
  const moderator = await neighbour(db(), "운영진");
  const stranger = await neighbour(db(), "지나가는 사람");
  const groupId = await groupWith(db(), host, [
    { profile: member, role: "member" },
    { profile: moderator, role: "moderator" },
  ]);
  const meetupId = await planMeetup(db(), host, groupId, startAt, now);
  await db().$transaction((tx) => openWorkoutRoom(tx, { id: meetupId, startAt, endAt }));
  return { host, member, moderator, stranger, meetupId };
}

describe("a pass to a workout's room", () => {
  it("goes to the host as moderator, valid from 10 minutes before the start to 15 after the end", async () => {
    const { host, meetupId } = await workout();
    const pass = await takeWorkoutSeat(db(), host.userId, meetupId, now);
    expect(pass).toMatchObject({ displayName: "코치", moderator: true });
    expect(pass.room).toMatch(/^[0-9a-f]{32}$/);
    expect(pass.notBefore).toEqual(new Date(startAt.getTime() - ROOM_EARLY_MS));
    expect(pass.expiresAt).toEqual(new Date(endAt.getTime() + ROOM_GRACE_MS));
  });

  it("is refused to a member who has not answered going, and given once they have, without moderator rights", async () => {
    const { member, meetupId } = await workout();
    await expect(takeWorkoutSeat(db(), member.userId, meetupId, now)).rejects.toMatchObject({
      code: "room-not-going",
    });
    await answerRsvp(db(), member.userId, meetupId, "going", now);
    const pass = await takeWorkoutSeat(db(), member.userId, meetupId, now);
    expect(pass.moderator).toBe(false);
    expect((await takeWorkoutSeat(db(), member.userId, meetupId, now)).seatId).toBe(pass.seatId);
  });

  it("gives a group moderator moderator rights without an answer", async () => {
    const { moderator, meetupId } = await workout();
    expect((await takeWorkoutSeat(db(), moderator.userId, meetupId, now)).moderator).toBe(true);
  });

  it("is refused to someone outside the group, and creates no seat", async () => {
    const { stranger, meetupId } = await workout();
    await expect(takeWorkoutSeat(db(), stranger.userId, meetupId, now)).rejects.toMatchObject({
      code: "group-not-member",
    });
    expect(await db().roomParticipant.count({ where: { userId: stranger.userId } })).toBe(0);
  });

  it("is refused once the room's passes would have expired, and for a cancelled workout", async () => {
    const { host, meetupId } = await workout();
    const late = new Date(endAt.getTime() + ROOM_GRACE_MS);
    await expect(takeWorkoutSeat(db(), host.userId, meetupId, late)).rejects.toMatchObject({
      code: "room-ended",
    });
    await cancelMeetup(db(), host.userId, meetupId, now);
    await expect(takeWorkoutSeat(db(), host.userId, meetupId, now)).rejects.toMatchObject({
      code: "meetup-cancelled",
    });
  });

  it("is still given after everyone left the room once (the host looked in early), until its passes expire", async () => {
    const { host, member, meetupId } = await workout();
    const { name } = await db().videoRoom.findUniqueOrThrow({ where: { meetupId } });
    const early = new Date(startAt.getTime() - 5 * 60_000);
    const run = { createdAt: early, destroyedAt: new Date(early.getTime() + 60_000) };
    await takeRoomCreated(db(), name, run.createdAt, run.createdAt);
    await takeRoomDestroyed(db(), name, run, [], run.destroyedAt);
    await answerRsvp(db(), member.userId, meetupId, "going", now);
    const pass = await takeWorkoutSeat(db(), member.userId, meetupId, startAt);
    expect(pass.room).toBe(name);

    const expired = new Date(endAt.getTime() + ROOM_GRACE_MS);
    await expect(takeWorkoutSeat(db(), host.userId, meetupId, expired)).rejects.toMatchObject({
      code: "room-ended",
    });
  });

  it("ends for everyone when its host says so, once it is open: no more links, every stay closed", async () => {
    const { host, member, moderator, stranger, meetupId } = await workout();
    await answerRsvp(db(), member.userId, meetupId, "going", now);
    const early = new Date(startAt.getTime() - ROOM_EARLY_MS - 60_000);
    await expect(endWorkoutRoom(db(), host.userId, meetupId, early)).rejects.toMatchObject({
      code: "room-not-open",
    });
    const seat = await takeWorkoutSeat(db(), member.userId, meetupId, startAt);
    const inside = { seatId: seat.seatId, occupantJid: "m@meet.jitsi/a", joinedAt: startAt };
    await takeOccupantEvent(db(), seat.room, inside, startAt);
    const during = new Date(startAt.getTime() + 20 * 60_000);
    for (const someone of [member, stranger]) {
      await expect(endWorkoutRoom(db(), someone.userId, meetupId, during)).rejects.toMatchObject({
        code: "group-not-moderator",
      });
    }

    await endWorkoutRoom(db(), moderator.userId, meetupId, during);
    expect(await db().videoRoom.findUniqueOrThrow({ where: { meetupId } })).toMatchObject({
      endedAt: during,
      endedBy: "host",
    });
    expect(
      (await db().roomPresence.findFirstOrThrow({ where: { participantId: seat.seatId } })).leftAt,
    ).toEqual(during);
    await expect(takeWorkoutSeat(db(), member.userId, meetupId, during)).rejects.toMatchObject({
      code: "room-ended",
    });
    await expect(endWorkoutRoom(db(), host.userId, meetupId, during)).rejects.toMatchObject({
      code: "room-ended",
    });
  });

  it("is not given for a meetup held at a venue, which has no room", async () => {
    const host = await neighbour(db(), "모임장");
    const groupId = await groupWith(db(), host);
    const meetupId = await planMeetup(db(), host, groupId, startAt, now);
    await expect(takeWorkoutSeat(db(), host.userId, meetupId, now)).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

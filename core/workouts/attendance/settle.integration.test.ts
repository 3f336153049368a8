import { describe, expect, it } from "vitest";
import { settleAttendance } from "../../groups/attendance/mutations.js";
import { attendanceRecord } from "../../groups/attendance/queries.js";
import { cancelMeetup } from "../../groups/meetups/mutations.js";
import { databaseForTests } from "../../groups/meetups/test-meetups.js";
import {
  endOverdueRooms,
  takeOccupantEvent,
  takeRoomCreated,
  takeRoomDestroyed,
} from "../presence/mutations.js";
import { ROOM_GRACE_MS, ROOM_TIMEOUT_MS } from "../rooms/rules.js";
import { type TestWorkout, workoutWithSeats } from "../test-workouts.js";
import { settleRoom } from "./mutations.js";
import { listRoomsToSettle } from "./queries.js";

// Settling a room that ended: each seat's time and attendance, and a workout's record (Rsvp.attended,
// which the trust score reads) — from the room, never from the check-ins.

const db = databaseForTests();
const MINUTE_MS = 60_000;
/** 07:00 in Seoul; each workout here lasts 30 minutes. */
const startAt = new Date("2026-12-01T22:00:00Z");
const at = (minutes: number) => new Date(startAt.getTime() + minutes * MINUTE_MS);
const closesAt = at(30);

function workout(): Promise<TestWorkout> {
  return workoutWithSeats(db(), { startAt, minutes: 30 });
}

/** A stay from `from` to `until` minutes after the start, as the event sync reports it. */
function stay(room: TestWorkout, seatId: string, from: number, until: number) {
  return takeOccupantEvent(
    db(),
    room.room.name,
    { occupantJid: `${seatId}@meet.jitsi/${from}`, seatId, joinedAt: at(from), leftAt: at(until) },
    at(until),
  );
}

/** The room held from the start until `minutes` after it, when everyone had left. */
async function held(room: TestWorkout, minutes: number) {
  await takeRoomCreated(db(), room.room.name, startAt, startAt);
  await takeRoomDestroyed(
    db(),
    room.room.name,
    { createdAt: startAt, destroyedAt: at(minutes) },
    [],
    at(minutes),
  );
}

const afterPassesExpired = new Date(closesAt.getTime() + ROOM_GRACE_MS);

async function attendedOf(room: TestWorkout) {
  const rsvps = await db().rsvp.findMany({ where: { meetupId: room.meetupId } });
  return Object.fromEntries(rsvps.map(({ userId, attended }) => [userId, attended]));
}

async function seatsOf(room: TestWorkout) {
  const seats = await db().roomParticipant.findMany({ where: { roomId: room.room.id } });
  return Object.fromEntries(
    seats.map(({ id, presentSeconds, attended }) => [id, { presentSeconds, attended }]),
  );
}

describe("settling a workout's room", () => {
  it("records who came: 20 minutes attended, 5 minutes and never coming are no-shows", async () => {
    const room = await workout();
    const [member, absent] = room.going as [
      { userId: string; seatId: string },
      { userId: string; seatId: string },
    ];
    await stay(room, room.host.seatId, 0, 20);
    await stay(room, member.seatId, 10, 15);
    await held(room, 31);

    const settled = await settleRoom(db(), room.room.id, afterPassesExpired);

    expect(settled?.attendedUserIds).toEqual([room.host.userId]);
    expect(await seatsOf(room)).toEqual({
      [room.host.seatId]: { presentSeconds: 20 * 60, attended: true },
      [member.seatId]: { presentSeconds: 5 * 60, attended: false },
      [absent.seatId]: { presentSeconds: 0, attended: false },
    });
    expect(await attendedOf(room)).toEqual({
      [room.host.userId]: true,
      [member.userId]: false,
      [absent.userId]: false,
      [room.goingWithoutSeat.userId]: false,
    });
    expect(await attendanceRecord(db(), member.userId)).toEqual({ attended: 0, noShows: 1 });
  });

  it("changes nothing when settled again, and gives the same answer", async () => {
    const room = await workout();
    await stay(room, room.host.seatId, 0, 20);
    await held(room, 25);
    const first = await settleRoom(db(), room.room.id, afterPassesExpired);
    const before = { seats: await seatsOf(room), rsvps: await attendedOf(room) };
    const again = await settleRoom(db(), room.room.id, new Date(afterPassesExpired.getTime() + MINUTE_MS));
    expect(again).toEqual(first);
    expect({ seats: await seatsOf(room), rsvps: await attendedOf(room) }).toEqual(before);
    const { settledAt } = await db().videoRoom.findUniqueOrThrow({ where: { id: room.room.id } });
    expect(settledAt).toEqual(afterPassesExpired);
  });

  it("is not the check-ins' business, even where the host showed a check-in code", async () => {
    const room = await workout();
    await db().meetup.update({ where: { id: room.meetupId }, data: { checkInCode: "123456" } });
    await stay(room, room.host.seatId, 0, 20);
    await held(room, 25);
    await settleAttendance(db(), afterPassesExpired);
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: room.meetupId } });
    expect(meetup.settledAt).toBeNull();
    expect(Object.values(await attendedOf(room))).toEqual([null, null, null, null]);
    await settleRoom(db(), room.room.id, afterPassesExpired);
    expect((await attendedOf(room))[room.host.userId]).toBe(true);
  });

  it("says nothing about anyone for a room nobody entered (or whose events never came)", async () => {
    const room = await workout();
    await endOverdueRooms(db(), new Date(closesAt.getTime() + ROOM_TIMEOUT_MS));
    await settleRoom(db(), room.room.id, new Date(closesAt.getTime() + ROOM_TIMEOUT_MS));
    expect(Object.values(await attendedOf(room))).toEqual([null, null, null, null]);
    expect(Object.values(await seatsOf(room))).toEqual(Array(3).fill({ presentSeconds: 0, attended: false }));
  });

  it("of a cancelled workout ends it when it was cancelled, with no attendance for anyone", async () => {
    const room = await workout();
    const cancelledAt = at(-60);
    await cancelMeetup(db(), room.host.userId, room.meetupId, cancelledAt);
    expect(await endOverdueRooms(db(), new Date(closesAt.getTime() + ROOM_TIMEOUT_MS))).toBe(0);
    const ended = await db().videoRoom.findUniqueOrThrow({ where: { id: room.room.id } });
    expect(ended).toMatchObject({ endedAt: cancelledAt, endedBy: "cancelled" });
    expect(await listRoomsToSettle(db(), cancelledAt, 10)).toContain(room.room.id);
    await settleRoom(db(), room.room.id, cancelledAt);
    expect(Object.values(await attendedOf(room))).toEqual([null, null, null, null]);
  });
});

describe("the rooms due for settling", () => {
  it("leave out a destroyed room until its passes expire: everyone may only have stepped out", async () => {
    const room = await workout();
    await held(room, 20);
    expect(await listRoomsToSettle(db(), at(21), 10)).not.toContain(room.room.id);
    expect(await listRoomsToSettle(db(), afterPassesExpired, 10)).toContain(room.room.id);
  });
});

describe("the timeout", () => {
  it("closes a room still open 30 minutes after its planned end then, with every stay still open", async () => {
    const room = await workout();
    await takeRoomCreated(db(), room.room.name, startAt, startAt);
    const occupantJid = "host@meet.jitsi/x";
    const seatId = room.host.seatId;
    await takeOccupantEvent(db(), room.room.name, { occupantJid, seatId, joinedAt: at(5) }, at(5));
    const timeoutAt = new Date(closesAt.getTime() + ROOM_TIMEOUT_MS);

    expect(await endOverdueRooms(db(), new Date(timeoutAt.getTime() - 1))).toBe(0);
    expect(await endOverdueRooms(db(), new Date(timeoutAt.getTime() + 5 * MINUTE_MS))).toBe(1);
    expect(await endOverdueRooms(db(), new Date(timeoutAt.getTime() + 6 * MINUTE_MS))).toBe(0);

    const ended = await db().videoRoom.findUniqueOrThrow({ where: { id: room.room.id } });
    expect(ended).toMatchObject({ endedAt: timeoutAt, endedBy: "timeout" });
    const [open] = await db().roomPresence.findMany({ where: { roomId: room.room.id } });
    expect(open?.leftAt).toEqual(timeoutAt);
    // The deployment reporting the room destroyed later does not move the end honjok decided.
    await takeRoomDestroyed(db(), room.room.name, { createdAt: startAt, destroyedAt: at(90) }, [], at(90));
    expect(await db().videoRoom.findUniqueOrThrow({ where: { id: room.room.id } })).toMatchObject({
      endedAt: timeoutAt,
      endedBy: "timeout",
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestWorkout, workoutWithSeats } from "../core/workouts/test-workouts.js";
import { createTestAppContext, type TestAppContext } from "../test/app-context.js";
import { capturingLogger } from "../test/logger.js";
import { type EventSync, eventSync, nowSeconds, occupant, serveJitsiEvents } from "./test-event-sync.js";

// The event sync's own requests, as mod_event_sync_component.lua sends them, over real HTTP into a
// real PostgreSQL: repeated, reordered, with people who leave and come back, people without a
// seat, wrong secrets and clocks that disagree.

const TOKEN = "a-secret-shared-with-prosody-0123456789abcdef";
const log = capturingLogger();

let test: TestAppContext;
let closedUrl: string;
let sync: EventSync;

beforeAll(async () => {
  test = await createTestAppContext(log.logger);
  sync = eventSync(await serveJitsiEvents(test.ctx, TOKEN), TOKEN);
  closedUrl = await serveJitsiEvents(test.ctx, undefined);
});
afterAll(async () => {
  await test?.cleanup();
});

const db = () => test.ctx.db;
const MINUTE = 60;

/** A workout that started five minutes ago and runs an hour: its room takes events now. */
function workoutNow(): Promise<TestWorkout> {
  return workoutWithSeats(db(), { startAt: new Date((nowSeconds() - 5 * MINUTE) * 1000) });
}

function memberSeat(workout: TestWorkout, index = 0): string {
  const seat = workout.going[index];
  if (!seat) throw new Error(`the workout has no member ${index}`);
  return seat.seatId;
}

async function staysOf(workout: TestWorkout) {
  const stays = await db().roomPresence.findMany({
    where: { roomId: workout.room.id },
  });
  return inOrder(
    stays.map(({ participantId, joinedAt, leftAt }) => ({
      seatId: participantId,
      joinedAt: joinedAt.getTime() / 1000,
      leftAt: leftAt ? leftAt.getTime() / 1000 : null,
    })),
  );
}

interface StaySeen {
  seatId: string;
  joinedAt: number;
  leftAt: number | null;
}

/** Stays by seat, then by join: the order expected lists are written in too. */
function inOrder(stays: StaySeen[]): StaySeen[] {
  const key = ({ seatId, joinedAt }: StaySeen) => `${seatId} ${String(joinedAt).padStart(12, "0")}`;
  return stays.sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

const roomOf = (workout: TestWorkout) =>
  db().videoRoom.findUniqueOrThrow({
    where: { id: workout.room.id },
    select: { startedAt: true, endedAt: true, endedBy: true },
  });

describe("the secret", () => {
  it("is required: no header or a wrong token is 401 and records nothing", async () => {
    const workout = await workoutNow();
    const who = occupant(workout.host.seatId, nowSeconds());
    for (const token of ["", "wrong-token-of-the-same-sort-0123456789abcdef", `${TOKEN}x`]) {
      const { status, body } = await sync.post(
        "occupant/joined",
        { ...sync.roomFields(workout), occupant: who },
        { token },
      );
      expect(status).toBe(401);
      expect(body).toMatchObject({ error: "unauthorized", message: expect.stringContaining("Bearer") });
    }
    expect(await staysOf(workout)).toEqual([]);
  });

  it("unset on honjok refuses every event, and the answer says what to set", async () => {
    const workout = await workoutNow();
    const { status, body } = await sync.post(
      "room/created",
      { ...sync.roomFields(workout), created_at: nowSeconds() },
      { url: closedUrl, language: "en" },
    );
    expect(status).toBe(403);
    expect(body).toMatchObject({
      error: "events-off",
      message: expect.stringContaining("JITSI_EVENTS_TOKEN"),
    });
    expect((await roomOf(workout)).startedAt).toBeNull();
  });
});

describe("a stay", () => {
  it("is taken once however often its join and leave are sent", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - 4 * MINUTE;
    const who = occupant(workout.host.seatId, t);
    for (let i = 0; i < 3; i++) expect((await sync.joined(workout, who)).body).toEqual({ taken: true });
    for (let i = 0; i < 3; i++) await sync.left(workout, { ...who, left_at: t + 3 * MINUTE });
    expect(await staysOf(workout)).toEqual([
      { seatId: workout.host.seatId, joinedAt: t, leftAt: t + 3 * MINUTE },
    ]);
  });

  it("is one stay when its leave arrives before its join", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - 4 * MINUTE;
    expect((await sync.left(workout, occupant(workout.host.seatId, t, t + MINUTE))).status).toBe(200);
    expect((await sync.joined(workout, occupant(workout.host.seatId, t))).status).toBe(200);
    expect(await staysOf(workout)).toEqual([
      { seatId: workout.host.seatId, joinedAt: t, leftAt: t + MINUTE },
    ]);
  });

  it("is two stays for someone who leaves and comes back (a new connection)", async () => {
    const workout = await workoutNow();
    const member = memberSeat(workout);
    const t = nowSeconds() - 4 * MINUTE;
    await sync.joined(workout, occupant(member, t, undefined, "u1@meet.jitsi/a"));
    await sync.left(workout, occupant(member, t, t + MINUTE, "u1@meet.jitsi/a"));
    await sync.joined(workout, occupant(member, t + 2 * MINUTE, undefined, "u2@meet.jitsi/b"));
    expect(await staysOf(workout)).toEqual([
      { seatId: member, joinedAt: t, leftAt: t + MINUTE },
      { seatId: member, joinedAt: t + 2 * MINUTE, leftAt: null },
    ]);
  });

  it("is taken once when the same event arrives ten times at once", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - MINUTE;
    const who = occupant(workout.host.seatId, t, t + 30);
    const answers = await Promise.all(Array.from({ length: 10 }, () => sync.left(workout, who)));
    expect(answers.map(({ status }) => status)).toEqual(Array(10).fill(200));
    expect(await staysOf(workout)).toEqual([{ seatId: workout.host.seatId, joinedAt: t, leftAt: t + 30 }]);
  });

  it("is recorded nowhere for someone without a seat: no token, or a seat of another room", async () => {
    const workout = await workoutNow();
    const other = await workoutNow();
    const t = nowSeconds();
    for (const who of [
      occupant(undefined, t, undefined, "jibri@meet.jitsi/x"),
      occupant(other.host.seatId, t),
    ]) {
      expect((await sync.joined(workout, who)).body).toEqual({ taken: false, ignored: "no-seat" });
    }
    expect(await staysOf(workout)).toEqual([]);
    expect(await staysOf(other)).toEqual([]);
  });

  it("never has its occupant's name or e-mail address stored or logged", async () => {
    const workout = await workoutNow();
    await sync.joined(workout, occupant(workout.host.seatId, nowSeconds()));
    await sync.post("occupant/joined", {
      ...sync.roomFields(workout),
      occupant: { name: "김하나", email: "hana@example.com" },
    });
    const logged = log.lines.join("\n");
    expect(logged).not.toContain("hana@example.com");
    expect(logged).not.toContain("김하나");
    const [stored] = await db().roomPresence.findMany({ where: { roomId: workout.room.id } });
    expect(JSON.stringify(stored)).not.toContain("hana");
  });
});

describe("a room", () => {
  it("starts when created and, destroyed, ends with every stay still open closed then", async () => {
    const workout = await workoutNow();
    const member = memberSeat(workout);
    const t = nowSeconds() - 4 * MINUTE;
    await sync.created(workout, t);
    await sync.joined(workout, occupant(workout.host.seatId, t));
    await sync.joined(workout, occupant(member, t + 10));
    expect(await roomOf(workout)).toMatchObject({ startedAt: new Date(t * 1000), endedAt: null });
    await sync.destroyed(workout, t, t + 3 * MINUTE, [occupant(workout.host.seatId, t, t + 2 * MINUTE)]);
    expect(await roomOf(workout)).toMatchObject({
      endedAt: new Date((t + 3 * MINUTE) * 1000),
      endedBy: "destroyed",
    });
    expect(await staysOf(workout)).toEqual(
      inOrder([
        { seatId: workout.host.seatId, joinedAt: t, leftAt: t + 2 * MINUTE },
        { seatId: member, joinedAt: t + 10, leftAt: t + 3 * MINUTE },
      ]),
    );
  });

  it("destroyed before the leaves arrive keeps the earlier, real leave times and no later ones", async () => {
    const workout = await workoutNow();
    const [member, other] = [memberSeat(workout, 0), memberSeat(workout, 1)];
    const t = nowSeconds() - 4 * MINUTE;
    await sync.joined(workout, occupant(member, t));
    await sync.joined(workout, occupant(other, t));
    await sync.destroyed(workout, t, t + 3 * MINUTE, {});
    await sync.left(workout, occupant(member, t, t + MINUTE));
    await sync.left(workout, occupant(other, t, t + 3 * MINUTE + 20));
    expect(await staysOf(workout)).toEqual(
      inOrder([
        { seatId: member, joinedAt: t, leftAt: t + MINUTE },
        { seatId: other, joinedAt: t, leftAt: t + 3 * MINUTE },
      ]),
    );
  });

  it("opens again when someone comes back after everyone left, whichever of the two runs' events comes first", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - 4 * MINUTE;
    await sync.created(workout, t);
    await sync.created(workout, t + 2 * MINUTE);
    await sync.destroyed(workout, t, t + MINUTE, []);
    expect(await roomOf(workout)).toMatchObject({
      startedAt: new Date(t * 1000),
      endedAt: null,
      endedBy: null,
    });
    await sync.destroyed(workout, t + 2 * MINUTE, t + 3 * MINUTE, []);
    expect(await roomOf(workout)).toMatchObject({
      endedAt: new Date((t + 3 * MINUTE) * 1000),
      endedBy: "destroyed",
    });
  });

  it("goes on when a breakout room is made and destroyed, whose stays still count for it", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - 4 * MINUTE;
    await sync.created(workout, t);
    const breakout = { is_breakout: true, breakout_room_id: "7f0c3e2a-breakout" };
    const made = await sync.post("room/created", {
      ...sync.roomFields(workout),
      ...breakout,
      created_at: t + MINUTE,
    });
    expect(made.body).toEqual({ taken: false, ignored: "breakout-room" });
    await sync.post("room/destroyed", {
      ...sync.roomFields(workout),
      ...breakout,
      created_at: t + MINUTE,
      destroyed_at: t + 2 * MINUTE,
      all_occupants: [occupant(workout.host.seatId, t + MINUTE, t + 2 * MINUTE)],
    });
    expect(await roomOf(workout)).toMatchObject({ startedAt: new Date(t * 1000), endedAt: null });
    expect(await staysOf(workout)).toEqual([
      { seatId: workout.host.seatId, joinedAt: t + MINUTE, leftAt: t + 2 * MINUTE },
    ]);
  });

  it("that honjok never made is 404 with the reason, in Korean by default and in English when asked", async () => {
    const body = { room_name: "00000000000000000000000000000000", created_at: nowSeconds() };
    const korean = await sync.post("room/created", body);
    expect(korean).toMatchObject({ status: 404, body: { error: "room-unknown" } });
    expect(korean.body.message).toContain("방");
    const english = await sync.post("room/created", body, { language: "en" });
    expect(english.body.message).toContain("No room");
  });

  it("ignores events once settled", async () => {
    const workout = await workoutNow();
    await db().videoRoom.update({
      where: { id: workout.room.id },
      data: { endedAt: new Date(), endedBy: "timeout", settledAt: new Date() },
    });
    const answer = await sync.joined(workout, occupant(workout.host.seatId, nowSeconds()));
    expect(answer.body).toEqual({ taken: false, ignored: "room-settled" });
    expect(await staysOf(workout)).toEqual([]);
  });
});

describe("a bad body", () => {
  it("is 400 naming the field, and changes nothing", async () => {
    const workout = await workoutNow();
    const missingJid = { ...occupant(workout.host.seatId, nowSeconds()), occupant_jid: undefined };
    const noJid = await sync.post(
      "occupant/joined",
      { ...sync.roomFields(workout), occupant: missingJid },
      { language: "en" },
    );
    expect(noJid).toMatchObject({
      status: 400,
      body: { error: "invalid-input", field: "occupant.occupant_jid" },
    });
    expect(noJid.body.message).toContain("occupant.occupant_jid");
    const textTime = await sync.post("room/created", {
      ...sync.roomFields(workout),
      created_at: "1625823996",
    });
    expect(textTime).toMatchObject({ status: 400, body: { field: "created_at" } });
    const noLeftTime = await sync.left(workout, occupant(workout.host.seatId, nowSeconds()));
    expect(noLeftTime).toMatchObject({ status: 400, body: { field: "occupant.left_at" } });
    expect(await staysOf(workout)).toEqual([]);
  });

  it("that is not JSON is 400 with the reason", async () => {
    const { status, body } = await sync.post("room/created", "{not json", { language: "en" });
    expect(status).toBe(400);
    expect(body.message).toContain("not JSON");
  });
});

describe("a clock that disagrees with honjok's", () => {
  it("refuses a join ahead of honjok's clock, saying by how much", async () => {
    const workout = await workoutNow();
    const answer = await sync.joined(workout, occupant(workout.host.seatId, nowSeconds() + 10 * MINUTE));
    expect(answer).toMatchObject({ status: 422, body: { error: "room-event-ahead" } });
    expect(answer.body.params).toMatchObject({ seconds: expect.any(Number) });
    expect(await staysOf(workout)).toEqual([]);
  });

  it("refuses a room created a day before it opens", async () => {
    const workout = await workoutNow();
    const answer = await sync.created(workout, nowSeconds() - 24 * 60 * MINUTE);
    expect(answer).toMatchObject({ status: 422, body: { error: "room-event-outside" } });
    expect((await roomOf(workout)).startedAt).toBeNull();
  });

  it("keeps a stay whose leave is before its join with no length, and says so", async () => {
    const workout = await workoutNow();
    const t = nowSeconds() - MINUTE;
    const answer = await sync.left(workout, occupant(workout.host.seatId, t, t - 30));
    expect(answer.body).toMatchObject({
      taken: true,
      adjusted: "left-before-joined",
      message: expect.any(String),
    });
    expect(await staysOf(workout)).toEqual([{ seatId: workout.host.seatId, joinedAt: t, leftAt: t }]);
  });
});

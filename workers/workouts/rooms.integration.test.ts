import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAccount } from "../../core/identity/mutations.js";
import { person } from "../../core/market/test-seed.js";
import { takeOccupantEvent, takeRoomCreated } from "../../core/workouts/presence/mutations.js";
import { ROOM_TIMEOUT_MS } from "../../core/workouts/rooms/rules.js";
import { workoutWithSeats } from "../../core/workouts/test-workouts.js";
import { requestVideoCheck } from "../../core/workouts/video-checks/mutations.js";
import { VIDEO_CHECK_WAIT_MS } from "../../core/workouts/video-checks/rules.js";
import { startConfiguredWorkers } from "../../runtime/workers.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { waitFor } from "../../test/wait.js";
import { testWorkersConfig } from "../../test/workers-config.js";
import type { GroupsQueue } from "../groups/worker.js";
import { roomSettlementJobId, streaksJobId } from "../jobs.js";

// The room upkeep as the workers run it on a real Redis: a workout room nobody closed is closed
// 30 minutes after its planned end, settled by a job keyed by the room, and its attendance
// recorded, and then its streaks counted by a job keyed by the room too. The same upkeep gives up
// a video check request no operator took within a day, and tells its person.

let test: TestAppContext;
let queue: GroupsQueue;

beforeAll(async () => {
  test = await createTestAppContext();
  queue = new Queue("groups", { connection: test.ctx.redis, prefix: test.ctx.queuePrefix });
});
afterAll(async () => {
  await queue?.close();
  await test?.cleanup();
});

const db = () => test.database.db;
const MINUTE_MS = 60_000;

let workersStarted = false;

/** The workers with a quick room upkeep, started once: each test starts them after its own set-up. */
async function startWorkers() {
  if (workersStarted) return;
  workersStarted = true;
  await startConfiguredWorkers(test.ctx, testWorkersConfig, {
    groups: { scanMs: 60_000, upkeepMs: 60_000, roomUpkeepMs: 100 },
  });
}

describe("the room upkeep", () => {
  it("closes a room left open at its timeout, settles it once, and records who came", async () => {
    // A 30-minute workout that ended an hour and a half ago; the deployment never said it ended.
    const startAt = new Date(Date.now() - 2 * 60 * MINUTE_MS);
    const at = (minutes: number) => new Date(startAt.getTime() + minutes * MINUTE_MS);
    const workout = await workoutWithSeats(db(), { startAt, minutes: 30 });
    const { host } = workout;
    const { groupId } = await db().meetup.findUniqueOrThrow({ where: { id: workout.meetupId } });
    await db().group.update({ where: { id: groupId }, data: { goalPeriod: "week", goalSessions: 1 } });
    await takeRoomCreated(db(), workout.room.name, startAt, startAt);
    await takeOccupantEvent(
      db(),
      workout.room.name,
      { occupantJid: "host@meet.jitsi/a", seatId: host.seatId, joinedAt: at(5) },
      at(5),
    );
    // Started only now: it would have settled the room before the events above came.
    await startWorkers();

    await waitFor("the room settled", async () => {
      const room = await db().videoRoom.findUniqueOrThrow({ where: { id: workout.room.id } });
      return room.settledAt !== null;
    });
    const timeoutAt = new Date(at(30).getTime() + ROOM_TIMEOUT_MS);
    const room = await db().videoRoom.findUniqueOrThrow({ where: { id: workout.room.id } });
    expect(room).toMatchObject({ endedAt: timeoutAt, endedBy: "timeout" });
    const [stay] = await db().roomPresence.findMany({ where: { roomId: room.id } });
    expect(stay?.leftAt).toEqual(timeoutAt);
    const seat = await db().roomParticipant.findUniqueOrThrow({ where: { id: host.seatId } });
    expect(seat).toMatchObject({ presentSeconds: 55 * 60, attended: true });
    const rsvps = await db().rsvp.findMany({
      where: { meetupId: workout.meetupId },
      select: { attended: true },
    });
    expect(rsvps.map(({ attended }) => attended).sort()).toEqual([false, false, false, true]);

    await waitFor("the settlement job completed", async () => {
      const job = await queue.getJob(roomSettlementJobId(room.id));
      return job?.finishedOn !== undefined && job.failedReason === undefined;
    });
    // The host's week met the group's goal of one workout; the members who never came have none.
    await waitFor("the streaks counted", async () => {
      const job = await queue.getJob(streaksJobId(room.id));
      return job?.finishedOn !== undefined && job.failedReason === undefined;
    });
    const streaks = await db().workoutStreak.findMany({ where: { groupId }, orderBy: { current: "desc" } });
    expect(streaks.map(({ userId, current, best }) => ({ userId, current, best }))[0]).toEqual({
      userId: host.userId,
      current: 1,
      best: 1,
    });
    expect(streaks.slice(1).map(({ current }) => current)).toEqual([0, 0]);

    // Later upkeeps find nothing more to do with it.
    const { settledAt } = room;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await db().videoRoom.findUniqueOrThrow({ where: { id: room.id } })).settledAt).toEqual(settledAt);
  });

  it("gives up a video check request no operator took within a day, and tells its person", async () => {
    const operator = { platform: "discord" as const, externalId: "70001" };
    await registerAccount(db(), { ...operator, chatId: operator.externalId, displayName: "운영자" });
    const userId = await person(db(), "민서");
    const askedAt = new Date(Date.now() - VIDEO_CHECK_WAIT_MS - MINUTE_MS);
    const checkId = await requestVideoCheck(db(), userId, [operator], askedAt);
    await startWorkers();

    await waitFor("the request given up", async () => {
      const check = await db().videoCheck.findUniqueOrThrow({ where: { id: checkId } });
      return check.status === "expired";
    });
    const told = await db().notification.findMany({
      where: { userId },
      select: { messageKey: true, params: true },
    });
    expect(told).toEqual([{ messageKey: "notify-video-check-expired", params: { hours: 24 } }]);
  });
});

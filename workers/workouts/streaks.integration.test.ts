import { TZDate } from "@date-fns/tz";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupWith, neighbour } from "../../core/groups/meetups/test-meetups.js";
import { setGroupGoal } from "../../core/workouts/mutations.js";
import { recomputeStreaks } from "../../core/workouts/streaks/mutations.js";
import { attendedWorkout } from "../../core/workouts/streaks/test-streaks.js";
import { startConfiguredWorkers } from "../../runtime/workers.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { waitFor } from "../../test/wait.js";
import { testWorkersConfig } from "../../test/workers-config.js";

// The evening nudge as the workers run it on a real Redis: the scheduled scan finds a daily
// streak that breaks tonight on its owner's clock and writes one nudge to the outbox.

let test: TestAppContext;

beforeAll(async () => {
  test = await createTestAppContext();
});
afterAll(async () => {
  await test?.cleanup();
});

const db = () => test.database.db;

/** A fixed-offset zone where it is now between 20:00 and 23:00, so the test never waits for an evening. */
function zoneInTheEvening(now: Date): string {
  for (let offset = -12; offset <= 14; offset += 1) {
    const zone = offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
    const hour = new TZDate(now.getTime(), zone).getHours();
    if (hour >= 20 && hour < 23) return zone;
  }
  throw new Error("some fixed offset is always in the evening");
}

describe("the streak nudge scan", () => {
  it("nudges a member whose daily streak breaks tonight, once", async () => {
    const now = new Date();
    const timeZone = zoneInTheEvening(now);
    const coach = await neighbour(db(), "코치");
    const member = await neighbour(db(), "멤버", { timeZone });
    const groupId = await groupWith(db(), coach, [{ profile: member, role: "member" }]);
    await setGroupGoal(db(), coach.userId, groupId, { period: "day", sessions: 1, minutes: undefined });
    // Yesterday morning on the member's clock: a day's streak, and nothing yet today.
    const local = new TZDate(now.getTime(), timeZone);
    const yesterday = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - 1, 9, 0, timeZone);
    await attendedWorkout(db(), {
      groupId,
      host: coach,
      startAt: new Date(yesterday.getTime()),
      attendees: [{ userId: member.userId }],
    });
    await recomputeStreaks(db(), { groupId, userIds: [member.userId] }, now);

    await startConfiguredWorkers(test.ctx, testWorkersConfig, { groups: { streakNudgeMs: 100 } });
    const nudges = () =>
      db().notification.findMany({ where: { userId: member.userId, messageKey: "notify-streak-nudge" } });
    await waitFor("the nudge", async () => ((await nudges()).length > 0 ? true : undefined));
    // Later scans find it sent for this period.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await nudges()).toHaveLength(1);
  });
});

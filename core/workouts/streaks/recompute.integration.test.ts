import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { databaseForTests, groupWith, neighbour } from "../../groups/meetups/test-meetups.js";
import { leaveGroup } from "../../groups/mutations.js";
import type { Profile } from "../../identity/types.js";
import { setGroupGoal } from "../mutations.js";
import type { WorkoutGoal } from "../types.js";
import { recomputeStreaks } from "./mutations.js";
import { wallClock as inZone } from "./test-clock.js";
import { attendedWorkout } from "./test-streaks.js";

// The stored streaks are counted again from the attended seats, each person on their own
// calendar: Los Angeles and Berlin both change their clocks in the weeks below (8 and 29 March).

const db = databaseForTests();
const LA = "America/Los_Angeles";
const BERLIN = "Europe/Berlin";
const twiceAWeek: WorkoutGoal = { period: "week", sessions: 2, minutes: undefined };

interface Crew {
  groupId: string;
  coach: Profile;
  angeleno: Profile;
  berliner: Profile;
}

async function crew(goal: WorkoutGoal | null = twiceAWeek): Promise<Crew> {
  const coach = await neighbour(db(), "코치");
  const angeleno = await neighbour(db(), "엘에이", { timeZone: LA });
  const berliner = await neighbour(db(), "베를린", { timeZone: BERLIN });
  const groupId = await groupWith(db(), coach, [
    { profile: angeleno, role: "member" },
    { profile: berliner, role: "member" },
  ]);
  await setGroupGoal(db(), coach.userId, groupId, goal);
  return { groupId, coach, angeleno, berliner };
}

/** Both members at each of these workouts. */
async function attendTogether({ groupId, coach, angeleno, berliner }: Crew, times: Date[]): Promise<void> {
  for (const startAt of times) {
    await attendedWorkout(db(), {
      groupId,
      host: coach,
      startAt,
      attendees: [{ userId: angeleno.userId }, { userId: berliner.userId }],
    });
  }
}

function membersOf({ groupId, angeleno, berliner }: Crew) {
  return { groupId, userIds: [angeleno.userId, berliner.userId] };
}

async function stored(database: Database, groupId: string) {
  const rows = await database.workoutStreak.findMany({
    where: { groupId },
    select: { userId: true, current: true, best: true, countedThrough: true },
  });
  return Object.fromEntries(rows.map(({ userId, ...streak }) => [userId, streak]));
}

/** Two workouts a week for three weeks across LA's change, the second of each on Sunday 23:30 in Los Angeles. */
const acrossTheChange = [
  inZone(LA, 2, 24),
  inZone(LA, 3, 1, 23, 30),
  inZone(LA, 3, 3),
  inZone(LA, 3, 8, 23, 30),
  inZone(LA, 3, 10),
  inZone(LA, 3, 15, 23, 30),
];
const thatSaturday = inZone(LA, 3, 21, 12);

describe("recomputeStreaks", () => {
  it("stores each member's streak counted on their own calendar", async () => {
    const group = await crew();
    await attendTogether(group, acrossTheChange);
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    expect(await stored(db(), group.groupId)).toEqual({
      // In Los Angeles each week has its two: three weeks, the last one the week of 9 March.
      [group.angeleno.userId]: { current: 3, best: 3, countedThrough: inZone(LA, 3, 9, 0) },
      // In Berlin each Sunday-night workout is already Monday: the first week has one, the week of
      // 16 March has the last one alone, so only the two weeks between count and the last is not yet met.
      [group.berliner.userId]: { current: 2, best: 2, countedThrough: inZone(BERLIN, 3, 9, 0) },
      // Counted when the goal was set, with nothing attended.
      [group.coach.userId]: { current: 0, best: 0, countedThrough: null },
    });
  });

  it("writes the same numbers when repeated, and when recounts run at once", async () => {
    const group = await crew();
    await attendTogether(group, acrossTheChange);
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    const first = await stored(db(), group.groupId);
    await Promise.all([
      recomputeStreaks(db(), membersOf(group), thatSaturday),
      recomputeStreaks(db(), membersOf(group), thatSaturday),
      recomputeStreaks(db(), { groupId: group.groupId, userIds: [group.angeleno.userId] }, thatSaturday),
    ]);
    expect(await stored(db(), group.groupId)).toEqual(first);
  });

  it("counts only the group's own workouts", async () => {
    const group = await crew();
    const other = await groupWith(db(), group.coach, [{ profile: group.angeleno, role: "member" }]);
    await attendTogether(group, [inZone(LA, 3, 9), inZone(LA, 3, 10)]);
    await attendedWorkout(db(), {
      groupId: other,
      host: group.coach,
      startAt: inZone(LA, 3, 11),
      attendees: [{ userId: group.angeleno.userId }],
    });
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    const streaks = await stored(db(), group.groupId);
    expect(streaks[group.angeleno.userId]?.current).toBe(1);
    expect(await stored(db(), other)).toEqual({});
  });

  it("counts no cancelled workout, whoever was in its room", async () => {
    const group = await crew();
    const [, called] = [
      await attendedWorkout(db(), {
        groupId: group.groupId,
        host: group.coach,
        startAt: inZone(LA, 3, 9),
        attendees: [{ userId: group.angeleno.userId }],
      }),
      await attendedWorkout(db(), {
        groupId: group.groupId,
        host: group.coach,
        startAt: inZone(LA, 3, 10),
        attendees: [{ userId: group.angeleno.userId }],
      }),
    ];
    await db().meetup.update({ where: { id: called }, data: { status: "cancelled" } });
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    expect((await stored(db(), group.groupId))[group.angeleno.userId]?.current ?? 0).toBe(0);
  });

  it("keeps no streak for someone who left, nor for a group whose goal was taken away", async () => {
    const group = await crew();
    await attendTogether(group, acrossTheChange);
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    await leaveGroup(db(), group.berliner.userId, group.groupId);
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    const kept = Object.keys(await stored(db(), group.groupId));
    expect(kept).toContain(group.angeleno.userId);
    expect(kept).not.toContain(group.berliner.userId);
    await setGroupGoal(db(), group.coach.userId, group.groupId, null, thatSaturday);
    expect(await stored(db(), group.groupId)).toEqual({});
  });

  it("counts again against a goal that changed, for every member", async () => {
    const group = await crew();
    await attendTogether(group, acrossTheChange);
    await recomputeStreaks(db(), membersOf(group), thatSaturday);
    await setGroupGoal(
      db(),
      group.coach.userId,
      group.groupId,
      { period: "week", sessions: 1, minutes: 30 },
      thatSaturday,
    );
    const streaks = await stored(db(), group.groupId);
    expect(streaks[group.berliner.userId]?.current).toBe(4);
  });
});

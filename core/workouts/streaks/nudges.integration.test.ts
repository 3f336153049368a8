import { describe, expect, it } from "vitest";
import { actions } from "../../actions/table.js";
import { databaseForTests, groupWith, neighbour } from "../../groups/meetups/test-meetups.js";
import { updateProfile } from "../../identity/mutations.js";
import type { Profile } from "../../identity/types.js";
import { setGroupGoal } from "../mutations.js";
import { recomputeStreaks, sendStreakNudges } from "./mutations.js";
import { wallClock as inZone } from "./test-clock.js";
import { attendedWorkout } from "./test-streaks.js";

// The evening nudge on real PostgreSQL, on each person's clock: Berlin's clocks go back in the
// night of Sunday 25 October 2026, the last day of the week the nudges below are about.

const db = databaseForTests();
const LA = "America/Los_Angeles";
const BERLIN = "Europe/Berlin";

interface Crew {
  groupId: string;
  coach: Profile;
  member: Profile;
}

/**
 * A member in `zone` whose group asks for two workouts a week: they met it in the weeks of 5 and
 * 12 October on their calendar, and the week of 19 October has `thisWeek` (one workout unless given).
 */
async function streakAtRisk(zone: string, thisWeek: Date[] = [inZone(zone, 10, 20)]): Promise<Crew> {
  const coach = await neighbour(db(), "코치");
  const member = await neighbour(db(), "멤버", { timeZone: zone });
  const groupId = await groupWith(db(), coach, [{ profile: member, role: "member" }]);
  await setGroupGoal(db(), coach.userId, groupId, { period: "week", sessions: 2, minutes: undefined });
  const history = [
    inZone(zone, 10, 6),
    inZone(zone, 10, 8),
    inZone(zone, 10, 13),
    inZone(zone, 10, 15),
    ...thisWeek,
  ];
  for (const startAt of history)
    await attendedWorkout(db(), { groupId, host: coach, startAt, attendees: [{ userId: member.userId }] });
  return { groupId, coach, member };
}

async function nudgesTo({ member }: Crew) {
  return db().notification.findMany({
    where: { userId: member.userId, messageKey: "notify-streak-nudge" },
    select: { params: true, buttons: true },
  });
}

/** Counts the member's streak at `now` and runs the scan then: how many nudges they have had so far. */
async function recountAndNudge(crew: Crew, now: Date): Promise<number> {
  await recomputeStreaks(db(), { groupId: crew.groupId, userIds: [crew.member.userId] }, now);
  await sendStreakNudges(db(), now);
  return (await nudgesTo(crew)).length;
}

const sundayEveningBerlin = inZone(BERLIN, 10, 25, 20, 5);

describe("sendStreakNudges", () => {
  it("tells the member once, on the evening of the week's last day, with buttons to see it and to stop", async () => {
    const crew = await streakAtRisk(BERLIN);
    expect(await recountAndNudge(crew, inZone(BERLIN, 10, 24, 21))).toBe(0);
    expect(await recountAndNudge(crew, inZone(BERLIN, 10, 25, 19, 55))).toBe(0);
    expect(await recountAndNudge(crew, sundayEveningBerlin)).toBe(1);
    expect(await recountAndNudge(crew, inZone(BERLIN, 10, 25, 22))).toBe(1);
    const [nudge, ...more] = await nudgesTo(crew);
    expect(more).toEqual([]);
    expect(nudge?.params).toEqual({
      group: "망원 러닝 크루",
      count: 2,
      period: "week",
      sessions: 2,
      minutes: "none",
    });
    expect(nudge?.buttons).toEqual([
      [
        { label: { key: "button-streak" }, action: actions.streak() },
        { label: { key: "button-nudges-off" }, action: actions.settings({ nudges: "off" }) },
      ],
    ]);
  });

  it("waits for each person's own evening", async () => {
    const crew = await streakAtRisk(LA);
    // 20:05 in Berlin is 12:05 in Los Angeles.
    expect(await recountAndNudge(crew, sundayEveningBerlin)).toBe(0);
    expect(await recountAndNudge(crew, inZone(LA, 10, 25, 20, 5))).toBe(1);
  });

  it("sends nothing once the week met the goal", async () => {
    const crew = await streakAtRisk(BERLIN, [inZone(BERLIN, 10, 20), inZone(BERLIN, 10, 25, 9)]);
    expect(await recountAndNudge(crew, sundayEveningBerlin)).toBe(0);
    expect(await nudgesTo(crew)).toEqual([]);
  });

  it("sends nothing to someone who turned it off, nor for a streak already broken", async () => {
    const off = await streakAtRisk(BERLIN);
    await updateProfile(db(), off.member.userId, { streakNudges: false });
    expect(await recountAndNudge(off, sundayEveningBerlin)).toBe(0);
    const broken = await streakAtRisk(BERLIN);
    // Counted on Sunday the 18th, and not again: by the next Sunday a whole week passed unmet.
    await recomputeStreaks(
      db(),
      { groupId: broken.groupId, userIds: [broken.member.userId] },
      inZone(BERLIN, 10, 18, 12),
    );
    await sendStreakNudges(db(), inZone(BERLIN, 11, 1, 20, 30));
    expect(await nudgesTo(broken)).toEqual([]);
  });

  it("waits while a workout they came to that evening is not settled yet", async () => {
    const crew = await streakAtRisk(BERLIN);
    const meetupId = await attendedWorkout(db(), {
      groupId: crew.groupId,
      host: crew.coach,
      startAt: inZone(BERLIN, 10, 25, 19, 20),
      attendees: [{ userId: crew.member.userId }],
    });
    // As the room stands between its end and its settlement: a stay recorded, nothing counted.
    const room = await db().videoRoom.update({ where: { meetupId }, data: { settledAt: null } });
    const seat = await db().roomParticipant.update({
      where: { roomId_userId: { roomId: room.id, userId: crew.member.userId } },
      data: { attended: null, presentSeconds: null },
    });
    await db().roomPresence.create({
      data: {
        roomId: room.id,
        participantId: seat.id,
        occupantJid: "m@meet.jitsi/a",
        joinedAt: inZone(BERLIN, 10, 25, 19, 20),
      },
    });
    expect(await recountAndNudge(crew, sundayEveningBerlin)).toBe(0);
  });

  it("sends one nudge when several scans run at once", async () => {
    const crew = await streakAtRisk(BERLIN);
    await recomputeStreaks(
      db(),
      { groupId: crew.groupId, userIds: [crew.member.userId] },
      sundayEveningBerlin,
    );
    await Promise.all(Array.from({ length: 4 }, () => sendStreakNudges(db(), sundayEveningBerlin)));
    expect(await nudgesTo(crew)).toHaveLength(1);
  });
});

// Streaks recounted for 10^5 people (`npm run bench:workout`, after the room events): 10^3 workout
// groups of 100 members, "once a week", each with a workout in each of the last 8 weeks that most
// members attended, recounted group by group through recomputeStreaks, 4 groups at once.
// Baseline: the same reads and writes with no counting: each group's attended seats read with the
// same joins, and one row per member upserted into a table of the same shape.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { recomputeStreaks } from "../core/workouts/streaks/mutations.js";
import type { AppContext } from "../runtime/context.js";
import { median } from "./front-door.js";

const GROUPS = 1000;
const MEMBERS = 100;
const WEEKS = 8;
const GROUPS_AT_ONCE = 4;
const ROUNDS = 3;

const say = (line: string) => process.stdout.write(`${line}\n`);

interface BenchGroup {
  groupId: string;
  userIds: string[];
}

/** Members miss one week in five, each a different one, so streaks have every length. */
async function seedGroups(app: AppContext): Promise<BenchGroup[]> {
  const sql = (statement: string) => app.db.$executeRawUnsafe(statement);
  await sql(`
    INSERT INTO "User" (id, "displayName", "updatedAt")
    SELECT gen_random_uuid(), 's-' || g, now() FROM generate_series(0, ${GROUPS * MEMBERS - 1}) g`);
  await sql(`
    INSERT INTO "Group" (id, name, description, category, "areaLat", "areaLng", cell, "searchText",
                         "searchChoseong", "goalPeriod", "goalSessions", "memberCount", "updatedAt")
    SELECT gen_random_uuid(), 'g-' || g, '', 'sports', 37.55, 126.9, 0, '', '', 'week', 1, ${MEMBERS}, now()
    FROM generate_series(0, ${GROUPS - 1}) g`);
  await sql(`
    INSERT INTO "GroupMember" ("groupId", "userId")
    SELECT g.id, u.id FROM "User" u
    JOIN "Group" g ON g.name = 'g-' || (split_part(u."displayName", '-', 2)::int / ${MEMBERS})
    WHERE u."displayName" LIKE 's-%'`);
  await sql(`
    INSERT INTO "Meetup" (id, "groupId", "hostId", title, "startAt", "endAt", "placeLat", "placeLng",
                          "workoutKind", "updatedAt")
    SELECT gen_random_uuid(), g.id, (SELECT m."userId" FROM "GroupMember" m WHERE m."groupId" = g.id LIMIT 1),
           'w' || w, now() - make_interval(days => 7 * w, hours => 1), now() - make_interval(days => 7 * w),
           37.55, 126.9, 'home', now()
    FROM "Group" g, generate_series(0, ${WEEKS - 1}) w WHERE g.name LIKE 'g-%'`);
  await sql(`
    INSERT INTO "VideoRoom" (id, name, purpose, "meetupId", "opensAt", "closesAt", "endedAt", "settledAt")
    SELECT gen_random_uuid(), md5(m.id::text), 'workout', m.id, m."startAt", m."endAt", m."endAt", m."endAt"
    FROM "Meetup" m`);
  await sql(`
    INSERT INTO "RoomParticipant" (id, "roomId", "userId", "presentSeconds", attended)
    SELECT left(md5(r.id::text || u.id::text), 32), r.id, u.id, 1800, true
    FROM "VideoRoom" r JOIN "Meetup" m ON m.id = r."meetupId"
    JOIN "GroupMember" gm ON gm."groupId" = m."groupId" JOIN "User" u ON u.id = gm."userId"
    WHERE (split_part(u."displayName", '-', 2)::int + substr(m.title, 2)::int) % 5 <> 0`);
  return app.db.$queryRawUnsafe<BenchGroup[]>(`
    SELECT "groupId", array_agg("userId"::text) AS "userIds" FROM "GroupMember" GROUP BY "groupId"`);
}

/** The floor: each group's attended seats read as recomputeStreaks reads them, a row per member written. */
async function readAndWriteOnly(app: AppContext, { groupId, userIds }: BenchGroup): Promise<void> {
  await app.db.$transaction(async (tx) => {
    await tx.$queryRaw`
      SELECT p."userId", m."startAt", p."presentSeconds" FROM "RoomParticipant" p
      JOIN "VideoRoom" r ON r.id = p."roomId" JOIN "Meetup" m ON m.id = r."meetupId"
      WHERE m."groupId" = ${groupId}::uuid AND p.attended AND p."userId" = ANY(${userIds}::uuid[])`;
    await tx.$executeRaw`
      INSERT INTO bench_streak ("userId", "groupId", current)
      SELECT u, ${groupId}::uuid, 0 FROM unnest(${userIds}::uuid[]) u
      ON CONFLICT ("userId", "groupId") DO UPDATE SET current = excluded.current`;
  });
}

/** People counted a second, groups GROUPS_AT_ONCE at a time. */
async function peoplePerSecond(groups: BenchGroup[], count: (group: BenchGroup) => Promise<void>) {
  const queue = [...groups];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: GROUPS_AT_ONCE }, async () => {
      for (let group = queue.shift(); group; group = queue.shift()) await count(group);
    }),
  );
  return (GROUPS * MEMBERS) / ((performance.now() - started) / 1000);
}

async function checkStreaks(app: AppContext): Promise<void> {
  const [row] = await app.db.$queryRaw<{ rows: bigint; longest: number; alive: bigint }[]>`
    SELECT count(*) AS rows, max(current) AS longest, count(*) FILTER (WHERE current > 0) AS alive
    FROM "WorkoutStreak"`;
  if (Number(row?.rows) !== GROUPS * MEMBERS || Number(row?.longest) > WEEKS || Number(row?.alive) === 0)
    throw new Error(
      `benchmark result wrong: ${JSON.stringify(row, (_, v) => (typeof v === "bigint" ? Number(v) : v))}`,
    );
}

export async function benchStreakRecount(app: AppContext): Promise<void> {
  await app.db.$executeRawUnsafe(
    `CREATE TABLE bench_streak ("userId" uuid, "groupId" uuid, current int, PRIMARY KEY ("userId", "groupId"))`,
  );
  const seededAt = performance.now();
  const groups = await seedGroups(app);
  say(
    `\n${GROUPS * MEMBERS} people in ${groups.length} groups seeded in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`,
  );
  const rates = { honjok: [] as number[], bare: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    say(`round ${round + 1}; load average ${loadavg()[0]?.toFixed(1)}`);
    const now = new Date();
    rates.honjok.push(await peoplePerSecond(groups, (group) => recomputeStreaks(app.db, group, now)));
    await checkStreaks(app);
    rates.bare.push(await peoplePerSecond(groups, (group) => readAndWriteOnly(app, group)));
  }
  const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");
  say(`\nStreaks recounted: ${GROUPS * MEMBERS} people, ${WEEKS} weeks of workouts each, ${ROUNDS} rounds`);
  say(`  recomputeStreaks      median ${median(rates.honjok).toFixed(0)} people/s  (${list(rates.honjok)})`);
  say(`  read + write only     median ${median(rates.bare).toFixed(0)} people/s  (${list(rates.bare)})`);
  say(`  ratio honjok / bare: ${(median(rates.honjok) / median(rates.bare)).toFixed(2)}`);
}

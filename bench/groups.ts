// Hobby groups under load (`npm run bench:groups`), each figure next to a baseline measured in the
// same run:
//
// 1. RSVP burst: 200 members press "going" on one meetup (capacity 50) at the same moment. The run
//    stops unless exactly 50 are going and the other 150 wait in line numbered 1…150. Baseline:
//    the same 200 presses one after another.
// 2. Reminder fan-out: 10^4 meetups, each with 10 people going, start in a day. The real scan puts
//    their reminders into BullMQ as delayed jobs; then the day reminders come due together and a
//    real groups worker (the production concurrency) sends them. The run stops unless every
//    meetup was reminded once and every person got one notification, and a second pass sends
//    nothing. Baseline: the same 10^5 notification rows written with one INSERT per meetup, the
//    floor any fan-out pays for its outbox.
//
// Touches only 127.0.0.1:5432 (a database honjok_bench_<random>, dropped at the end) and Redis on
// 127.0.0.1:6379 (keys under a prefix of its own, removed at the end).
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { createDatabase, type Database } from "../core/db/client.js";
import { createMeetup } from "../core/groups/meetups/mutations.js";
import { createGroup } from "../core/groups/mutations.js";
import { sendMeetupReminder } from "../core/groups/reminders/mutations.js";
import { answerRsvp } from "../core/groups/rsvp/mutations.js";
import { getProfile } from "../core/identity/queries.js";
import { newPerson } from "../core/identity/test-people.js";
import { applyMigrations } from "../prisma/schema-engine.js";
import { testLogger } from "../test/logger.js";
import {
  type GroupsQueue,
  groupsHandlers,
  groupsWorkerOptions,
  scanMeetupReminders,
} from "../workers/groups/worker.js";
import type { HandlerRegistration } from "../workers/jobs.js";

const POSTGRES = "postgresql://postgres@127.0.0.1:5432";
const REDIS = "redis://127.0.0.1:6379";

const PRESSERS = 200;
const CAPACITY = 50;
const BURST_ROUNDS = 7;
const MEETUPS = 10_000;
const GOING_PER_MEETUP = 10;
const MEETUPS_PER_GROUP = 10;
/** The day reminders come due this long after the scan starts, so all are queued before any runs. */
const DUE_AFTER_MS = 60_000;

const say = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`benchmark result wrong: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// 1. RSVP burst

interface Crowd {
  groupId: string;
  host: Awaited<ReturnType<typeof getProfile>>;
  members: string[];
}

/** A group with a host and PRESSERS members, written through core and then one bulk insert. */
async function crowd(db: Database, client: pg.Client): Promise<Crowd> {
  const host = await getProfile(db, (await newPerson(db)).userId);
  const place = { lat: 37.5556, lng: 126.8956, label: "망원한강공원", precision: 0 };
  const groupId = await createGroup(db, host, {
    name: "망원 러닝 크루",
    description: "",
    category: "sports",
    tags: ["러닝"],
    area: place,
    joinPolicy: "open",
  });
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (id, "displayName", "updatedAt")
     SELECT gen_random_uuid(), '멤버' || i, now() FROM generate_series(1, $1) i RETURNING id`,
    [PRESSERS],
  );
  const members = rows.map((row) => row.id);
  await client.query(`INSERT INTO "GroupMember" ("groupId", "userId") SELECT $1, unnest($2::uuid[])`, [
    groupId,
    members,
  ]);
  await client.query(`UPDATE "Group" SET "memberCount" = "memberCount" + $2 WHERE id = $1`, [
    groupId,
    PRESSERS,
  ]);
  return { groupId, host, members };
}

async function newMeetup(db: Database, { groupId, host }: Crowd): Promise<string> {
  const startAt = new Date(Date.now() + 3 * 24 * 3_600_000);
  return createMeetup(db, host, {
    groupId,
    title: "한강 저녁 러닝",
    startAt,
    endAt: new Date(startAt.getTime() + 2 * 3_600_000),
    place: { lat: 37.5556, lng: 126.8956, label: "망원한강공원", precision: 0 },
    capacity: CAPACITY,
  });
}

/** Exactly CAPACITY going (the host among them) and everyone else in line 1…n, without gaps. */
async function checkSeats(client: pg.Client, meetupId: string): Promise<void> {
  const { rows } = await client.query<{ status: string; waitlistNo: number | null }>(
    `SELECT status, "waitlistNo" FROM "Rsvp" WHERE "meetupId" = $1`,
    [meetupId],
  );
  const going = rows.filter((row) => row.status === "going").length;
  const line = rows
    .filter((row) => row.status === "waitlisted")
    .map((row) => row.waitlistNo ?? 0)
    .sort((a, b) => a - b);
  const { rows: counted } = await client.query<{ goingCount: number }>(
    `SELECT "goingCount" FROM "Meetup" WHERE id = $1`,
    [meetupId],
  );
  check(
    going === CAPACITY && counted[0]?.goingCount === CAPACITY,
    `${going} going on a capacity of ${CAPACITY}`,
  );
  check(line.length === PRESSERS + 1 - CAPACITY, `${line.length} waiting`);
  check(
    line.every((no, i) => no === (line[0] ?? 0) + i),
    "waitlist numbers with a gap or a repeat",
  );
}

/** Every member presses "going" at once; each press's latency and the whole burst's time. */
async function burst(db: Database, members: string[], meetupId: string) {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    members.map(async (userId) => {
      const pressed = performance.now();
      await answerRsvp(db, userId, meetupId, "going");
      latencies.push(performance.now() - pressed);
    }),
  );
  return { wallMs: performance.now() - start, latencies };
}

async function oneByOne(db: Database, members: string[], meetupId: string): Promise<number> {
  const start = performance.now();
  for (const userId of members) await answerRsvp(db, userId, meetupId, "going");
  return performance.now() - start;
}

async function rsvpBurst(db: Database, client: pg.Client): Promise<void> {
  const people = await crowd(db, client);
  // A warm-up round: connections, prepared plans.
  await burst(db, people.members, await newMeetup(db, people));
  const walls: number[] = [];
  const serial: number[] = [];
  const latencies: number[] = [];
  for (let round = 0; round < BURST_ROUNDS; round++) {
    const meetupId = await newMeetup(db, people);
    const result = await burst(db, people.members, meetupId);
    await checkSeats(client, meetupId);
    walls.push(result.wallMs);
    latencies.push(...result.latencies);
    const baselineId = await newMeetup(db, people);
    serial.push(await oneByOne(db, people.members, baselineId));
    await checkSeats(client, baselineId);
  }
  const wall = median(walls);
  say(`\nRSVP burst: ${PRESSERS} presses on one meetup of capacity ${CAPACITY}, ${BURST_ROUNDS} rounds`);
  say(`  all at once      median ${ms(wall)} (${Math.round((PRESSERS / wall) * 1000)} RSVPs/s)`);
  say(`  one press        p50 ${ms(percentile(latencies, 0.5))}  p99 ${ms(percentile(latencies, 0.99))}`);
  say(`  one by one       median ${ms(median(serial))} (baseline)`);
  say(
    `  ratio            ${(wall / median(serial)).toFixed(2)} of the one-by-one time; every round: ${CAPACITY} going, ${PRESSERS + 1 - CAPACITY} in line, no gaps`,
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Reminder fan-out

/** 10^4 meetups of 10^3 groups, each with its group's 10 members going, starting `startAt`. */
async function seedMeetups(client: pg.Client, startAt: Date): Promise<void> {
  const groups = MEETUPS / MEETUPS_PER_GROUP;
  // Ids derived from a name, so rows can point at each other while generated; shaped as version 4
  // UUIDs, which is what the job payloads' schemas accept.
  await client.query(`CREATE FUNCTION bench_uuid(text) RETURNS uuid IMMUTABLE LANGUAGE sql AS
    $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);
  await client.query(
    `INSERT INTO "User" (id, "displayName", "updatedAt", "timeZone")
     SELECT bench_uuid('u' || i), '이웃' || i, now(), CASE WHEN i % 3 = 0 THEN 'America/Los_Angeles' ELSE 'Asia/Seoul' END
     FROM generate_series(0, $1 - 1) i`,
    [groups * GOING_PER_MEETUP],
  );
  await client.query(
    `INSERT INTO "Group" (id, name, description, category, "areaLat", "areaLng", cell, "memberCount",
                          "searchText", "searchChoseong", "updatedAt")
     SELECT bench_uuid('g' || g), '모임 ' || g, '', 'sports', 37.5, 127, 0, $2, '', '', now()
     FROM generate_series(0, $1 - 1) g`,
    [groups, GOING_PER_MEETUP],
  );
  await client.query(
    `INSERT INTO "GroupMember" ("groupId", "userId", role)
     SELECT bench_uuid('g' || g), bench_uuid('u' || (g * $2 + k)), CASE WHEN k = 0 THEN 'owner'::"GroupRole" ELSE 'member' END
     FROM generate_series(0, $1 - 1) g, generate_series(0, $2 - 1) k`,
    [groups, GOING_PER_MEETUP],
  );
  await client.query(
    `INSERT INTO "Meetup" (id, "groupId", "hostId", title, "startAt", "endAt", "placeLat", "placeLng",
                           "placeLabel", "goingCount", "remindersDueAt", "updatedAt")
     SELECT bench_uuid('m' || m), bench_uuid('g' || (m / $2)), bench_uuid('u' || ((m / $2) * $3)),
            '정기 모임 ' || m, $4, $4::timestamp + interval '2 hours', 37.55, 126.97, '효창운동장', $3, now(), now()
     FROM generate_series(0, $1 - 1) m`,
    [MEETUPS, MEETUPS_PER_GROUP, GOING_PER_MEETUP, startAt],
  );
  await client.query(
    `INSERT INTO "Rsvp" ("meetupId", "userId", status)
     SELECT bench_uuid('m' || m), bench_uuid('u' || ((m / $2) * $3 + k)), 'going'
     FROM generate_series(0, $1 - 1) m, generate_series(0, $3 - 1) k`,
    [MEETUPS, MEETUPS_PER_GROUP, GOING_PER_MEETUP],
  );
}

async function countOf(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql);
  return Number(rows[0]?.n ?? 0);
}

/** The outbox floor: the same rows as the reminders wrote, one INSERT per meetup. */
async function outboxFloor(client: pg.Client): Promise<number> {
  const start = performance.now();
  for (let m = 0; m < MEETUPS; m++) {
    await client.query(
      `INSERT INTO "Notification" (id, "userId", "messageKey", params)
       SELECT gen_random_uuid(), r."userId", 'notify-meetup-reminder-day', '{"title":"정기 모임","when":"11/22 19:00"}'
       FROM "Rsvp" r WHERE r."meetupId" = bench_uuid('m' || $1::int)`,
      [m],
    );
  }
  return performance.now() - start;
}

function processorOf(registrations: HandlerRegistration[]) {
  return async (job: { name: string; data: unknown }, token?: string) => {
    const handler = registrations.find((registration) => registration.job === job.name);
    if (!handler) throw new Error(`no handler for ${job.name}`);
    await handler.run(job.data, { job: job as never, token });
  };
}

async function reminderFanOut(db: Database, client: pg.Client, redis: Redis, prefix: string): Promise<void> {
  const dueAt = Date.now() + DUE_AFTER_MS;
  await seedMeetups(client, new Date(dueAt + 24 * 3_600_000));
  const queue: GroupsQueue = new Queue("groups", { connection: redis, prefix });
  const deps = { db, queue, logger: testLogger };
  try {
    const scanStart = performance.now();
    while ((await scanMeetupReminders(deps)) > 0) {}
    const scanMs = performance.now() - scanStart;
    const delayed = await queue.getDelayedCount();
    check(delayed === 2 * MEETUPS, `${delayed} delayed jobs for ${MEETUPS} meetups`);
    check(performance.now() - scanStart < DUE_AFTER_MS, "scheduling took longer than the lead time");

    const worker = new Worker("groups", processorOf(groupsHandlers(deps)), {
      connection: redis,
      prefix,
      ...groupsWorkerOptions,
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now())));
    const sendStart = performance.now();
    const reminded = 'SELECT count(*) n FROM "MeetupReminder"';
    while ((await countOf(client, reminded)) < MEETUPS) {
      check((await queue.getFailedCount()) === 0, "a reminder job failed");
      check(performance.now() - sendStart < 10 * 60_000, "reminders not all sent within 10 minutes");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sendMs = performance.now() - sendStart;
    await worker.close();
    const sent = await countOf(
      client,
      `SELECT count(*) n FROM "Notification" WHERE "messageKey" = 'notify-meetup-reminder-day'`,
    );
    check(
      sent === MEETUPS * GOING_PER_MEETUP,
      `${sent} day reminders for ${MEETUPS * GOING_PER_MEETUP} people`,
    );

    const again: number[] = [];
    for (let m = 0; m < 100; m++) {
      const { rows } = await client.query<{ id: string }>(`SELECT bench_uuid('m' || $1::int) id`, [m]);
      again.push(await sendMeetupReminder(db, { meetupId: rows[0]?.id ?? "", kind: "day" }));
    }
    check(
      again.every((reminded) => reminded === 0),
      "a reminder sent a second time",
    );
    const floorMs = await outboxFloor(client);
    say(`\nReminder fan-out: ${MEETUPS} meetups × ${GOING_PER_MEETUP} going`);
    say(
      `  scheduling       ${ms(scanMs)} for ${delayed} delayed jobs (${Math.round((delayed / scanMs) * 1000)} jobs/s)`,
    );
    say(
      `  sending          ${ms(sendMs)} from due to all sent: ${Math.round((MEETUPS / sendMs) * 1000)} meetups/s, ${Math.round((sent / sendMs) * 1000)} notifications/s (worker concurrency ${groupsWorkerOptions.concurrency})`,
    );
    say(`  outbox floor     ${ms(floorMs)} for the same rows, one INSERT per meetup (baseline)`);
    say(
      `  ratio            ${(sendMs / floorMs).toFixed(2)} of the floor; each meetup reminded once, each person once`,
    );
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

async function main(): Promise<void> {
  const databaseName = `honjok_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  const databaseUrl = `${POSTGRES}/${databaseName}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  const db = createDatabase(databaseUrl);
  const redis = new Redis(REDIS, { maxRetriesPerRequest: null });
  const prefix = `bench-groups-${randomUUID().slice(0, 8)}`;
  try {
    await applyMigrations(databaseUrl);
    await client.connect();
    say(
      `load average: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}`,
    );
    // The fan-out first: the burst's meetups would add reminder jobs of their own to its count.
    await reminderFanOut(db, client, redis, prefix);
    await rsvpBurst(db, client);
  } finally {
    await db.$disconnect();
    await client.end().catch(() => {});
    redis.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();

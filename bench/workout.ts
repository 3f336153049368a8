// Workouts under load (`npm run bench:workout`), each figure next to a baseline measured in the same
// run:
//
// 1. Room events: 10^3 rooms × 10 people joining and leaving, as the deployment's event sync posts
//    them (room created, 10 joins, 10 leaves, room destroyed with everyone: 22 requests a room),
//    over HTTP into PostgreSQL through honjok's own route (jitsi/events.ts), 50 rooms at a time,
//    each room's events in order. The run stops unless every room ends with 10 closed stays.
//    Baseline: the same requests, the same HTTP server and client, to a bare route that writes
//    each body into a table with one INSERT: the floor any route that keeps events pays.
//
// 2. Streaks recounted for 10^5 people (bench/workout-streaks.ts).
//
// 3. Room links minted a second, against bare HMAC-SHA256 (bench/workout-tokens.ts).
//
// Touches only 127.0.0.1:5432 (a database honjok_bench_<random>, dropped at the end) and Redis on
// 127.0.0.1:6379 (keys under a prefix of its own, removed at the end).
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import express from "express";
import { mountJitsiEvents } from "../jitsi/events.js";
import type { AppContext } from "../runtime/context.js";
import { createHttpApp, errorHandler, listen } from "../runtime/http.js";
import { testLogger } from "../test/logger.js";
import { median, withFreshContext } from "./front-door.js";
import { benchStreakRecount } from "./workout-streaks.js";
import { benchTokens } from "./workout-tokens.js";

const ROOMS = 1000;
const PEOPLE_PER_ROOM = 10;
const ROOMS_AT_ONCE = 50;
const ROUNDS = 3;
const EVENTS_TOKEN = "bench-events-token-0123456789abcdef0123";

const say = (line: string) => process.stdout.write(`${line}\n`);

interface BenchRoom {
  name: string;
  seats: string[];
}

/** Rooms open now with their seats, written in a few statements (the figures are about events). */
async function seedRooms(app: AppContext, round: number): Promise<BenchRoom[]> {
  const tag = `r${round}`;
  await app.db.$executeRawUnsafe(`
    INSERT INTO "User" (id, "displayName", "updatedAt")
    SELECT gen_random_uuid(), '${tag}-' || g, now() FROM generate_series(0, ${ROOMS * PEOPLE_PER_ROOM - 1}) g`);
  await app.db.$executeRawUnsafe(`
    INSERT INTO "VideoRoom" (id, name, purpose, "opensAt", "closesAt")
    SELECT gen_random_uuid(), md5('${tag}-' || g), 'workout', now() - interval '5 minutes', now() + interval '1 hour'
    FROM generate_series(0, ${ROOMS - 1}) g`);
  await app.db.$executeRawUnsafe(`
    INSERT INTO "RoomParticipant" (id, "roomId", "userId")
    SELECT '${tag}-' || split_part(u."displayName", '-', 2), r.id, u.id
    FROM "User" u JOIN "VideoRoom" r
      ON r.name = md5('${tag}-' || (split_part(u."displayName", '-', 2)::int / ${PEOPLE_PER_ROOM}))
    WHERE u."displayName" LIKE '${tag}-%'`);
  const rows = await app.db.$queryRawUnsafe<{ name: string; seats: string[] }[]>(`
    SELECT r.name, array_agg(p.id ORDER BY p.id) AS seats
    FROM "VideoRoom" r JOIN "RoomParticipant" p ON p."roomId" = r.id
    WHERE p.id LIKE '${tag}-%' GROUP BY r.name`);
  return rows;
}

interface SyncEvent {
  path: string;
  body: unknown;
}

/** One room's life as mod_event_sync_component.lua reports it, times in whole seconds. */
function eventsOf(room: BenchRoom): SyncEvent[] {
  const createdAt = Math.floor(Date.now() / 1000) - 60;
  const stay = (seat: string, index: number) => ({
    occupant_jid: `${seat}@meet.jitsi/${index}`,
    name: "이웃",
    email: "neighbour@example.com",
    id: seat,
    joined_at: createdAt + index,
    left_at: createdAt + 30 + index,
  });
  const stays = room.seats.map(stay);
  return [
    { path: "room/created", body: { room_name: room.name, created_at: createdAt, is_breakout: false } },
    ...stays.map(({ left_at: _, ...joined }) => ({
      path: "occupant/joined",
      body: { room_name: room.name, occupant: joined },
    })),
    ...stays.map((left) => ({ path: "occupant/left", body: { room_name: room.name, occupant: left } })),
    {
      path: "room/destroyed",
      body: {
        room_name: room.name,
        created_at: createdAt,
        destroyed_at: createdAt + 50,
        is_breakout: false,
        all_occupants: stays,
      },
    },
  ];
}

async function post(baseUrl: string, event: SyncEvent): Promise<void> {
  const response = await fetch(`${baseUrl}/${event.path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${EVENTS_TOKEN}` },
    body: JSON.stringify(event.body),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`benchmark result wrong: ${event.path} answered ${response.status}`);
}

/** Every room's events, ROOMS_AT_ONCE rooms at a time, each room's in order; events a second. */
async function sendAll(baseUrl: string, rooms: BenchRoom[]): Promise<number> {
  const queue = [...rooms];
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: ROOMS_AT_ONCE }, async () => {
      for (let room = queue.shift(); room; room = queue.shift()) {
        for (const event of eventsOf(room)) {
          await post(baseUrl, event);
          sent++;
        }
      }
    }),
  );
  return sent / ((performance.now() - started) / 1000);
}

async function serve(app: AppContext, mount: (http: express.Express) => void): Promise<string> {
  const http = createHttpApp({
    logger: testLogger,
    metrics: app.metrics,
    metricsToken: undefined,
    readiness: {},
  });
  mount(http);
  http.use(errorHandler(testLogger));
  const server = await listen(http, "127.0.0.1", 0, app.shutdown);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The floor: the same requests and bodies, each kept with one INSERT and nothing checked. */
function mountBareRoute(app: AppContext) {
  return (http: express.Express) => {
    http.post("/bare/*path", express.json({ limit: "1mb" }), async (req, res) => {
      await app.db
        .$executeRaw`INSERT INTO bench_event (path, body) VALUES (${req.path}, ${JSON.stringify(req.body)}::jsonb)`;
      res.json({ taken: true });
    });
  };
}

async function checkRoomsEnded(app: AppContext, rooms: BenchRoom[]): Promise<void> {
  const [row] = await app.db.$queryRaw<{ ended: bigint; closed: bigint }[]>`
    SELECT count(DISTINCT r.id) FILTER (WHERE r."endedAt" IS NOT NULL) AS ended,
           count(p.*) FILTER (WHERE p."leftAt" IS NOT NULL) AS closed
    FROM "VideoRoom" r JOIN "RoomPresence" p ON p."roomId" = r.id
    WHERE r.name = ANY(${rooms.map((room) => room.name)})`;
  const want = rooms.length * PEOPLE_PER_ROOM;
  if (Number(row?.ended) !== rooms.length || Number(row?.closed) !== want)
    throw new Error(
      `benchmark result wrong: ${row?.ended} rooms ended, ${row?.closed} of ${want} stays closed`,
    );
}

async function benchRoomEvents(app: AppContext): Promise<void> {
  await app.db.$executeRawUnsafe(
    "CREATE TABLE bench_event (id bigserial PRIMARY KEY, path text, body jsonb)",
  );
  const honjok = await serve(app, (http) =>
    mountJitsiEvents(http, {
      db: app.db,
      translator: app.translator,
      logger: testLogger,
      token: EVENTS_TOKEN,
    }),
  );
  const bare = await serve(app, mountBareRoute(app));
  const rates = { honjok: [] as number[], bare: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const rooms = await seedRooms(app, round);
    say(`round ${round + 1}: ${rooms.length} rooms seeded; load average ${loadavg()[0]?.toFixed(1)}`);
    rates.honjok.push(await sendAll(`${honjok}/jitsi/events`, rooms));
    await checkRoomsEnded(app, rooms);
    rates.bare.push(await sendAll(`${bare}/bare`, rooms));
  }
  const events = ROOMS * (2 * PEOPLE_PER_ROOM + 2);
  say(
    `\nRoom events: ${ROOMS} rooms × ${PEOPLE_PER_ROOM} people, ${events} requests a round, ${ROUNDS} rounds`,
  );
  say(
    `  honjok's route  median ${median(rates.honjok).toFixed(0)} events/s  (${rates.honjok.map((r) => r.toFixed(0)).join(", ")})`,
  );
  say(
    `  bare INSERT     median ${median(rates.bare).toFixed(0)} events/s  (${rates.bare.map((r) => r.toFixed(0)).join(", ")})`,
  );
  say(`  ratio honjok / bare: ${(median(rates.honjok) / median(rates.bare)).toFixed(2)}`);
}

await withFreshContext(testLogger, async (app) => {
  await benchRoomEvents(app);
  await benchStreakRecount(app);
  await benchTokens();
  await app.shutdown.run("benchmark done");
});

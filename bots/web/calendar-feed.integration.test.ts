import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import ICAL from "ical.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCalendarFeed, resetCalendarFeed } from "../../core/groups/calendar/mutations.js";
import { answer, join, newGroup, newMeetup } from "../../core/groups/calendar/test-meetups.js";
import { feedAddress } from "../../core/groups/calendar/token.js";
import { newPerson } from "../../core/identity/test-people.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import type { Logger } from "../../runtime/logger.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { testLogger } from "../../test/logger.js";
import { mountCalendarFeed } from "./calendar-feed.js";

// The feed served by the real express app on a free port, read back by a real iCalendar parser.

interface FeedServer extends TestAppContext {
  baseUrl: string;
}

/** The web app with the calendar feed mounted, as `npm start` builds it, on 127.0.0.1:<free port>. */
async function startFeedServer(logger: Logger = testLogger): Promise<FeedServer> {
  const test = await createTestAppContext(logger);
  const app = createHttpApp({ logger, metrics: test.ctx.metrics, metricsToken: undefined, readiness: {} });
  mountCalendarFeed(app, test.ctx);
  app.use(errorHandler(logger));
  const server = await listen(app, "127.0.0.1", 0, test.shutdown);
  return { ...test, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server?.cleanup();
});

const db = () => server.ctx.db;
const HOUR_MS = 60 * 60_000;
/** Meetups start from here on: a day ahead, on the hour, so their times are easy to read. */
const base = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + 24 * HOUR_MS);
const hoursLater = (hours: number) => new Date(base.getTime() + hours * HOUR_MS);

async function fetchFeed(token: string) {
  const response = await fetch(feedAddress(server.baseUrl, token));
  return { response, body: await response.text() };
}

function eventsOf(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
      const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
      return {
        uid: vevent.getFirstPropertyValue("uid"),
        sequence: vevent.getFirstPropertyValue("sequence"),
        status: vevent.getFirstPropertyValue("status"),
        summary: vevent.getFirstPropertyValue("summary"),
        location: vevent.getFirstPropertyValue("location"),
        geo: vevent.getFirstPropertyValue("geo"),
        description: vevent.getFirstPropertyValue("description"),
        start: { utc: start.zone === ICAL.Timezone.utcTimezone, at: start.toJSDate().toISOString() },
        end: { utc: end.zone === ICAL.Timezone.utcTimezone, at: end.toJSDate().toISOString() },
      };
    }),
  };
}

/** 민지 goes to a meetup, might go to another and waits second in line for a third; 지훈 shares her group. */
async function seedNeighbourhood() {
  const minji = await newPerson(db());
  const jihoon = await newPerson(db());
  const stranger = await newPerson(db());
  await db().user.update({ where: { id: jihoon.userId }, data: { displayName: "김지훈" } });
  await db().user.update({ where: { id: stranger.userId }, data: { displayName: "박비밀" } });
  const crew = await newGroup(db(), jihoon.userId, "성수 러닝크루");
  await join(db(), crew, minji.userId);
  const meetup = (hours: number, row = {}) =>
    newMeetup(db(), { groupId: crew, hostId: jihoon.userId, startAt: hoursLater(hours), ...row });
  const run = await meetup(0, { title: "서울숲 저녁 러닝", version: 3, costNote: "1인 5,000원" });
  const brunch = await meetup(24, { title: "뚝섬 브런치", placeLabel: "뚝섬역 2번 출구", placeLat: 37.5471 });
  const picnic = await meetup(48, { title: "한강 피크닉", status: "cancelled", cancelledAt: new Date() });
  const climb = await meetup(72, { title: "볼더링 체험", capacity: 1 });
  await answer(db(), run, minji.userId, "going");
  await answer(db(), run, jihoon.userId, "going");
  await answer(db(), brunch, minji.userId, "maybe");
  await answer(db(), picnic, minji.userId, "going");
  await answer(db(), climb, jihoon.userId, "going");
  await answer(db(), climb, stranger.userId, { waitlistNo: 1 });
  await answer(db(), climb, minji.userId, { waitlistNo: 2 });
  const secret = await newGroup(db(), stranger.userId, "비밀 독서모임");
  const theirs = await newMeetup(db(), {
    groupId: secret,
    hostId: stranger.userId,
    startAt: hoursLater(5),
    title: "비밀 모임",
  });
  await answer(db(), theirs, stranger.userId, "going");
  return { minji, jihoon, run, brunch, picnic, climb, theirs };
}

let seeded: Awaited<ReturnType<typeof seedNeighbourhood>>;
beforeAll(async () => {
  seeded = await seedNeighbourhood();
});

describe("GET /calendar/<token>.ics", () => {
  it("serves the person's meetups as iCalendar with private caching", async () => {
    const token = await ensureCalendarFeed(db(), server.ctx.pii, seeded.minji.userId);
    const { response, body } = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");

    const { name, events } = eventsOf(body);
    expect(name).toBe("honjok");
    expect(events.map((event) => [event.uid, event.sequence, event.status, event.summary])).toEqual([
      [`${seeded.run}@honjok`, 3, "CONFIRMED", "서울숲 저녁 러닝"],
      [`${seeded.brunch}@honjok`, 1, "TENTATIVE", "뚝섬 브런치"],
      [`${seeded.picnic}@honjok`, 1, "CANCELLED", "한강 피크닉"],
      [`${seeded.climb}@honjok`, 1, "TENTATIVE", "볼더링 체험"],
    ]);
    const [run, brunch, picnic, climb] = events;
    expect(run?.start).toEqual({ utc: true, at: hoursLater(0).toISOString() });
    expect(run?.end).toEqual({ utc: true, at: hoursLater(2).toISOString() });
    expect(body).toContain(`DTSTART:${hoursLater(0).toISOString().replace(/[-:]/g, "").replace(".000", "")}`);
    expect([run?.location, run?.geo]).toEqual(["서울숲 정문", [37.5444, 127.0374]]);
    expect([brunch?.location, brunch?.geo]).toEqual(["뚝섬역 2번 출구", [37.5471, 127.0374]]);
    expect(run?.description).toBe("모임: 성수 러닝크루\n내 응답: 참석\n비용: 1인 5,000원");
    expect(brunch?.description).toBe("모임: 성수 러닝크루\n내 응답: 미정");
    expect(picnic?.description).toBe("취소된 모임이에요.\n모임: 성수 러닝크루\n내 응답: 참석");
    expect(climb?.description).toBe("모임: 성수 러닝크루\n내 응답: 대기 2번째");
  });

  it("writes in the person's language", async () => {
    await db().user.update({ where: { id: seeded.minji.userId }, data: { language: "en" } });
    try {
      const token = await ensureCalendarFeed(db(), server.ctx.pii, seeded.minji.userId);
      const { events } = eventsOf((await fetchFeed(token)).body);
      expect(events.map((event) => event.description)).toEqual([
        "Group: 성수 러닝크루\nYour answer: going\nCost: 1인 5,000원",
        "Group: 성수 러닝크루\nYour answer: maybe",
        "This meetup was cancelled.\nGroup: 성수 러닝크루\nYour answer: going",
        "Group: 성수 러닝크루\nYour answer: waitlisted, #2 in line",
      ]);
    } finally {
      await db().user.update({ where: { id: seeded.minji.userId }, data: { language: "ko" } });
    }
  });

  it("shows nothing of other people: no names, no other groups, no meetups they alone answered", async () => {
    const token = await ensureCalendarFeed(db(), server.ctx.pii, seeded.minji.userId);
    // Long lines are folded in two; unfolded, a name cut at the fold would still be found.
    const unfolded = (await fetchFeed(token)).body.replace(/\r\n[ \t]/g, "");
    const secrets = [
      "김지훈",
      "박비밀",
      "비밀 독서모임",
      "비밀 모임",
      seeded.theirs,
      "ORGANIZER",
      "ATTENDEE",
    ];
    for (const secret of secrets) expect(unfolded).not.toContain(secret);
    const { events } = eventsOf(
      (await fetchFeed(await ensureCalendarFeed(db(), server.ctx.pii, seeded.jihoon.userId))).body,
    );
    expect(events.map((event) => event.uid)).toEqual([`${seeded.run}@honjok`, `${seeded.climb}@honjok`]);
  });

  it("answers 404 for unknown and malformed tokens, and for an address that was reset", async () => {
    for (const wrong of [randomBytes(32).toString("base64url"), "x", "%E0%A4%A", "a.b"]) {
      const { response } = await fetchFeed(wrong);
      expect(response.status).toBe(404);
    }
    expect((await fetch(`${server.baseUrl}/calendar/`)).status).toBe(404);
    const old = await ensureCalendarFeed(db(), server.ctx.pii, seeded.minji.userId);
    const fresh = await resetCalendarFeed(db(), server.ctx.pii, seeded.minji.userId);
    expect((await fetchFeed(old)).response.status).toBe(404);
    expect((await fetchFeed(fresh)).response.status).toBe(200);
  });
});

describe("a feed request that fails", () => {
  it("is logged without the token in its path", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const broken = await startFeedServer(logger);
    try {
      // The database is gone: the lookup fails after the request reached the feed.
      await broken.database.drop();
      const token = randomBytes(32).toString("base64url");
      const response = await fetch(feedAddress(broken.baseUrl, token));
      expect(response.status).toBe(500);
      expect(lines.join("")).not.toContain(token);
      expect(lines.map((line) => JSON.parse(line))).toContainEqual(
        expect.objectContaining({ msg: "calendar feed failed", path: "/calendar/[redacted]" }),
      );
    } finally {
      await broken.cleanup();
    }
  });
});

import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelMeetup, editMeetup } from "../../core/groups/meetups/mutations.js";
import { groupWith, neighbour, planMeetup } from "../../core/groups/meetups/test-meetups.js";
import { answerRsvp } from "../../core/groups/rsvp/mutations.js";
import { startConfiguredWorkers } from "../../runtime/workers.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { waitFor } from "../../test/wait.js";
import { testWorkersConfig } from "../../test/workers-config.js";
import { meetupReminderJobId } from "../jobs.js";
import type { GroupsQueue } from "./worker.js";

// Reminders as BullMQ delayed jobs on a real Redis: queued for their moment, replaced when the
// meetup moves, removed when it is cancelled, and sent once however often the job runs.

let test: TestAppContext;
let queue: GroupsQueue;

beforeAll(async () => {
  test = await createTestAppContext();
  await startConfiguredWorkers(test.ctx, testWorkersConfig, { groups: { scanMs: 100, upkeepMs: 60_000 } });
  queue = new Queue("groups", { connection: test.ctx.redis, prefix: test.ctx.queuePrefix });
});
afterAll(async () => {
  await queue?.close();
  await test?.cleanup();
});

const db = () => test.database.db;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

async function hostedGroup() {
  const host = await neighbour(db(), "모임장");
  const member = await neighbour(db(), "멤버");
  const groupId = await groupWith(db(), host, [{ profile: member, role: "member" }]);
  return { host, member, groupId };
}

/** Waits until the scan has queued the jobs of the meetup's current version. */
async function scheduled(meetupId: string, version: number) {
  await waitFor(`reminders of v${version} queued`, async () => {
    const meetup = await db().meetup.findUniqueOrThrow({ where: { id: meetupId } });
    return meetup.remindersVersion === version && meetup.remindersDueAt === null;
  });
}

/** When a delayed job will run (epoch ms), or undefined when there is no such job. */
async function dueAt(meetupId: string, version: number, kind: "day" | "hour") {
  const job = await queue.getJob(meetupReminderJobId(meetupId, version, kind));
  if (!job) return undefined;
  expect(await job.getState()).toBe("delayed");
  return job.timestamp + job.delay;
}

const near = (expected: number) => ({
  asymmetricMatch: (actual: unknown) => typeof actual === "number" && Math.abs(actual - expected) < 2000,
  toString: () => `about ${new Date(expected).toISOString()}`,
});

describe("meetup reminder jobs", () => {
  it("wait as delayed jobs until a day and an hour before, are replaced on a move and removed on a cancel", async () => {
    const { host, groupId } = await hostedGroup();
    const startAt = new Date(Date.now() + 3 * DAY_MS);
    const meetupId = await planMeetup(db(), host, groupId, startAt, new Date());
    await scheduled(meetupId, 1);
    expect(await dueAt(meetupId, 1, "day")).toEqual(near(startAt.getTime() - DAY_MS));
    expect(await dueAt(meetupId, 1, "hour")).toEqual(near(startAt.getTime() - HOUR_MS));

    const movedStart = new Date(startAt.getTime() + 2 * HOUR_MS);
    const times = { startAt: movedStart, endAt: new Date(movedStart.getTime() + 2 * HOUR_MS) };
    await editMeetup(db(), host.userId, meetupId, { times }, new Date());
    await scheduled(meetupId, 2);
    expect([await dueAt(meetupId, 1, "day"), await dueAt(meetupId, 1, "hour")]).toEqual([
      undefined,
      undefined,
    ]);
    expect(await dueAt(meetupId, 2, "day")).toEqual(near(movedStart.getTime() - DAY_MS));
    expect(await dueAt(meetupId, 2, "hour")).toEqual(near(movedStart.getTime() - HOUR_MS));

    await cancelMeetup(db(), host.userId, meetupId, new Date());
    await scheduled(meetupId, 3);
    expect(
      await Promise.all([2, 3].flatMap((v) => [dueAt(meetupId, v, "day"), dueAt(meetupId, v, "hour")])),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("queues none for a moment already past", async () => {
    const { host, groupId } = await hostedGroup();
    const meetupId = await planMeetup(db(), host, groupId, new Date(Date.now() + 5 * HOUR_MS), new Date());
    await scheduled(meetupId, 1);
    expect(await dueAt(meetupId, 1, "day")).toBeUndefined();
    expect(await dueAt(meetupId, 1, "hour")).toBeDefined();
  });

  it("sends a reminder once, however many times its job runs", async () => {
    const { host, member, groupId } = await hostedGroup();
    // The hour reminder falls due a few seconds from now.
    const meetupId = await planMeetup(db(), host, groupId, new Date(Date.now() + HOUR_MS + 3000), new Date());
    await answerRsvp(db(), member.userId, meetupId, "going");
    const reminders = () =>
      db().notification.count({
        where: { messageKey: "notify-meetup-reminder-hour", userId: { in: [host.userId, member.userId] } },
      });
    await waitFor("the hour reminder", async () => (await reminders()) > 0);

    const again = { meetupId, kind: "hour" as const };
    const copies = await Promise.all(
      ["again-1", "again-2"].map((jobId) => queue.add("send-meetup-reminder", again, { jobId })),
    );
    await waitFor("both copies to run", async () => {
      const states = await Promise.all(copies.map((copy) => copy.getState()));
      return states.every((state) => state === "completed");
    });
    expect(await reminders()).toBe(2);
    expect(await db().meetupReminder.count({ where: { meetupId } })).toBe(1);
  });
});

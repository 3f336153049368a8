import { describe, expect, it } from "vitest";
import {
  alertsJobId,
  assertHandlers,
  boardJobId,
  defineHandler,
  deliverJobId,
  type HandlerRegistration,
  jobSchemas,
  processorFor,
  queueNames,
  streaksJobId,
} from "./jobs.js";

const noop = async () => {};

/** A do-nothing handler for every declared job but `except`. */
function noopHandlers(except?: string): HandlerRegistration[] {
  return queueNames
    .flatMap((queue) => Object.keys(jobSchemas[queue]).map((job) => ({ queue, job, run: noop })))
    .filter(({ queue, job }) => `${queue}/${job}` !== except);
}

describe("job handler start-up check", () => {
  it("accepts exactly one handler per declared job", () => {
    const table = assertHandlers(noopHandlers());
    expect(Object.keys(table.notify).sort()).toEqual([
      "deliver-notification",
      "relay-outbox",
      "sync-board-cards",
      "sync-discord-events",
    ]);
    expect(Object.keys(table.market).sort()).toEqual([
      "clean-searches",
      "expire-items",
      "match-alerts",
      "scan-board-sync",
      "scan-published-items",
    ]);
    expect(Object.keys(table.groups).sort()).toEqual([
      "meetup-upkeep",
      "recount-streaks",
      "room-upkeep",
      "scan-meetup-reminders",
      "send-meetup-reminder",
      "send-post-digests",
      "send-streak-nudges",
      "settle-room",
    ]);
  });

  it("fails when a job has no handler", () => {
    expect(() => assertHandlers(noopHandlers("market/match-alerts"))).toThrow(
      "market/match-alerts has no handler",
    );
  });

  it("fails when a job has two handlers", () => {
    expect(() =>
      assertHandlers([...noopHandlers(), defineHandler("notify", "deliver-notification", noop)]),
    ).toThrow("notify/deliver-notification has 2 handlers");
  });

  it("fails for a handler of a job nobody declared", () => {
    const stray = { queue: "notify" as const, job: "send-fax", run: noop };
    expect(() => assertHandlers([...noopHandlers(), stray])).toThrow("notify/send-fax is not a declared job");
  });
});

describe("job processing", () => {
  const seen: string[] = [];
  const table = assertHandlers([
    ...noopHandlers("notify/deliver-notification"),
    defineHandler("notify", "deliver-notification", async ({ notificationId }) => {
      seen.push(notificationId);
    }),
  ]);
  const process = processorFor(table, "notify");
  const job = (name: string, data: unknown) => ({ name, data }) as Parameters<typeof process>[0];

  it("hands the parsed payload to the job's handler", async () => {
    const id = "0b7f6a52-4a2b-4c39-9a57-2d7e1c1f8e10";
    await process(job("deliver-notification", { notificationId: id }));
    expect(seen).toEqual([id]);
  });

  it("rejects a bad payload or an unknown job as unrecoverable", async () => {
    await expect(process(job("deliver-notification", { notificationId: "x" }))).rejects.toMatchObject({
      name: "UnrecoverableError",
    });
    await expect(process(job("send-fax", {}))).rejects.toMatchObject({ name: "UnrecoverableError" });
  });

  it("derives job ids BullMQ accepts (no ':')", () => {
    const id = "0b7f6a52-4a2b-4c39-9a57-2d7e1c1f8e10";
    expect(deliverJobId(id)).toBe(`notification-${id}`);
    expect(alertsJobId(id)).toBe(`alerts-${id}`);
    expect(boardJobId(id, 3)).toBe(`board-${id}-v3`);
    expect(streaksJobId(id)).toBe(`streaks-room-${id}`);
  });
});

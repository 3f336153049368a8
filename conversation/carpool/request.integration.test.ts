import { describe, expect, it } from "vitest";
import { requestRide } from "../../core/carpool/test-riders.js";
import { getProfile } from "../../core/identity/queries.js";
import type { Input } from "../dispatcher.js";
import { buttonData, dispatcherForTests, type Identity, type Outcome } from "../test-dispatcher.js";

// `/ride` through the real dispatcher: what it refuses before its first question.

const test = dispatcherForTests();

const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);
const HOUR_MS = 3_600_000;

/** A person the dispatcher knows, verified as `/verify` leaves them. */
async function verified(identity: Identity) {
  const { profile } = await test().dispatcher.handle(identity, { kind: "command", name: "help" });
  await test().database.db.user.update({ where: { id: profile.userId }, data: { verifiedAt: new Date() } });
  return getProfile(test().database.db, profile.userId);
}

describe("/ride", () => {
  it("asks a verified person without a ride going where from", async () => {
    const identity: Identity = { platform: "telegram", externalId: "9101", chatId: "9101" };
    await verified(identity);
    const asked = await test().dispatcher.handle(identity, { kind: "command", name: "ride" });
    expect(keys(asked)).toEqual(["ask-ride-origin"]);
    expect(asked.replies[0]?.prompt?.fields.map((field) => field.name)).toEqual([
      "origin",
      "destination",
      "time",
    ]);
  });

  it("refuses a second ride at once, in Korean and English, leaving the dialog before it open", async () => {
    for (const identity of [
      { platform: "telegram", externalId: "9102", chatId: "9102" },
      { platform: "telegram", externalId: "9103", chatId: "9103", language: "en" },
    ] as const) {
      const rider = await verified(identity);
      const now = new Date();
      await requestRide(test().database.db, rider, new Date(now.getTime() + HOUR_MS), now);
      const naming = await test().dispatcher.handle(identity, { kind: "command", name: "group" });
      expect(keys(naming)).toEqual(["ask-group-name"]);

      const refused = await test().dispatcher.handle(identity, { kind: "command", name: "ride" });
      expect(keys(refused)).toEqual(["error-ride-already-live"]);
      expect(refused.language).toBe(identity.language ?? "ko");
      // The group's question is still the one open: the refusal changed nothing.
      const named = await test().dispatcher.handle(identity, { kind: "text", text: "저녁 산책" });
      expect(keys(named)).toEqual(["ask-group-category"]);
    }
    expect(await test().database.db.rideRequest.count()).toBe(2);
  });

  it("asks for co-riders' minimum temperature last, refuses one outside 0–99° with the reason, and keeps it", async () => {
    for (const identity of [
      { platform: "telegram", externalId: "9104", chatId: "9104" },
      { platform: "telegram", externalId: "9105", chatId: "9105", language: "en" },
    ] as const) {
      const rider = await verified(identity);
      const send = (input: Input) => test().dispatcher.handle(identity, input);
      let asked = await send({ kind: "command", name: "ride" });
      for (const typed of ["37.4979, 127.0276", "37.4979, 127.1180", "내일 8시"]) {
        asked = await send({ kind: "text", text: typed });
      }
      asked = await send({ kind: "button", data: "a|seats|1" });
      for (let skipped = 0; skipped < 3; skipped++) {
        asked = await send({ kind: "button", data: buttonData(asked, "button-skip") });
      }
      expect(keys(asked)).toEqual(["ask-ride-min-temperature"]);
      const refused = await send({ kind: "text", text: "100" });
      expect(keys(refused)).toEqual(["error-ride-min-temperature-range", "ask-ride-min-temperature"]);
      expect(await test().database.db.rideRequest.count({ where: { riderId: rider.userId } })).toBe(0);
      expect(keys(await send({ kind: "text", text: "37.5°" }))).toEqual(["ride-requested"]);
      const saved = await test().database.db.rideRequest.findFirstOrThrow({
        where: { riderId: rider.userId },
      });
      expect(saved).toMatchObject({ minTemperature: 37.5, temperature: 36.5 });
    }
  });
});

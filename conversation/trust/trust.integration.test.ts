import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { person as seededPerson } from "../../core/market/test-seed.js";
import { recordRating } from "../../core/ratings/mutations.js";
import { recomputeTrust } from "../../core/trust/mutations.js";
import { dispatcherForTests, privateChatPerson } from "../test-dispatcher.js";

// `/trust` through the real dispatcher: where everyone starts, then the main reasons in the
// person's language, never who rated.

const test = dispatcherForTests();

let next = 0;

describe.each([
  ["ko", ["★ 후기 2개 +1.0°", "노쇼 1번 −1.0°", "인증 (전화) +0.3°"], "36.8°"],
  ["en", ["★ 2 ratings +1.0°", "1 no-show −1.0°", "Verified (phone) +0.3°"], "36.8°"],
] as const)("/trust in %s", (language, reasons, temperature) => {
  it("shows 36.5° at first, then the temperature and its reasons without naming the raters", async () => {
    next += 1;
    const externalId = String(720_000 + next);
    const send = privateChatPerson(test().dispatcher, externalId, language);
    const first = await send({ kind: "command", name: "trust" });
    expect(first.keys).toEqual(["trust-card-start"]);
    expect(first.texts[0]).toContain("36.5°");

    const { db } = test().database;
    const { userId } = await db.account.findFirstOrThrow({ where: { externalId }, select: { userId: true } });
    await db.user.update({ where: { id: userId }, data: { verifiedAt: new Date(), phoneCipher: "sealed" } });
    const raters = [await seededPerson(db, "평가자하나"), await seededPerson(db, "평가자둘")];
    for (const raterId of raters) {
      await db.$transaction((tx) =>
        recordRating(tx, {
          context: "ride",
          subjectId: randomUUID(),
          raterId,
          rateeId: userId,
          score: 5,
          tags: [],
        }),
      );
    }
    await db.rideNoShow.create({
      data: { groupId: randomUUID(), reporterId: raters[0] as string, reportedId: userId },
    });

    // Before the worker recomputed (worked out from the facts) and after (the stored score): the same.
    for (const recomputed of [false, true]) {
      if (recomputed) await recomputeTrust(db, [userId]);
      const shown = await send({ kind: "command", name: "trust" });
      expect(shown.keys).toEqual(["trust-card"]);
      const [words = ""] = shown.texts;
      expect(words).toContain(temperature);
      for (const reason of reasons) expect(words).toContain(reason);
      expect(words).not.toMatch(/평가자/);
    }
  });
});

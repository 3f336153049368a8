import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { codeOf } from "../market/test-seed.js";
import { LINK_CODE_TTL_MS, LINK_MAX_WRONG_TRIES } from "./linking.js";
import { completeOnboarding, consumeLinkCode, issueLinkCode } from "./mutations.js";
import { findProfileByAccount } from "./queries.js";
import { newPerson } from "./test-people.js";
import type { Platform } from "./types.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const person = (platform: Platform) => newPerson(database.db, platform);

describe("linking accounts", () => {
  it("joins a Discord account to the Telegram person who showed the code, once", async () => {
    const telegram = await person("telegram");
    await completeOnboarding(database.db, telegram.userId, { displayName: "민지", interests: ["요리"] });
    const discord = await person("discord");
    const { code } = await issueLinkCode(database.db, telegram.userId);

    const result = await consumeLinkCode(database.db, discord, code.toLowerCase());
    expect(result).toEqual({ userId: telegram.userId, linkedPlatform: "discord", mergedProfile: false });

    const seenFromDiscord = await findProfileByAccount(database.db, discord);
    expect(seenFromDiscord).toMatchObject({
      userId: telegram.userId,
      displayName: "민지",
      platforms: ["discord", "telegram"],
    });
    expect(await database.db.user.findUnique({ where: { id: discord.userId } })).toBeNull();

    const alert = await database.db.notification.findFirstOrThrow({ where: { userId: telegram.userId } });
    expect(alert).toMatchObject({ messageKey: "notify-account-linked", via: "telegram", status: "pending" });

    const another = await person("discord");
    expect(await codeOf(consumeLinkCode(database.db, another, code))).toBe("link-code-invalid");
  });

  it("refuses expired codes, own codes, playground personas and a second account on one messenger", async () => {
    const owner = await person("telegram");
    const issuedAt = new Date("2026-01-01T00:00:00Z");
    const { code } = await issueLinkCode(database.db, owner.userId, issuedAt);
    const late = new Date(issuedAt.getTime() + LINK_CODE_TTL_MS + 1);
    expect(await codeOf(consumeLinkCode(database.db, await person("discord"), code, late))).toBe(
      "link-code-invalid",
    );

    const fresh = await issueLinkCode(database.db, owner.userId);
    expect(await codeOf(consumeLinkCode(database.db, owner, fresh.code))).toBe("link-own-code");
    expect(await codeOf(consumeLinkCode(database.db, await person("web"), fresh.code))).toBe(
      "link-playground",
    );
    const persona = await person("web");
    expect(await codeOf(issueLinkCode(database.db, persona.userId))).toBe("link-playground");
    expect(await codeOf(consumeLinkCode(database.db, await person("telegram"), fresh.code))).toBe(
      "link-same-platform",
    );
  });

  it("stops guessing after five wrong codes and changes nothing", async () => {
    const owner = await person("telegram");
    const guesser = await person("discord");
    const { code } = await issueLinkCode(database.db, owner.userId);
    for (let i = 0; i < LINK_MAX_WRONG_TRIES; i++) {
      expect(await codeOf(consumeLinkCode(database.db, guesser, "AAAA-AAAA"))).toBe("link-code-invalid");
    }
    expect(await codeOf(consumeLinkCode(database.db, guesser, code))).toBe("link-too-many-attempts");
    expect((await findProfileByAccount(database.db, guesser))?.userId).toBe(guesser.userId);
  });

  it("lets only one of two simultaneous uses of a code win", async () => {
    const owner = await person("telegram");
    const { code } = await issueLinkCode(database.db, owner.userId);
    const results = await Promise.allSettled([
      consumeLinkCode(database.db, await person("discord"), code),
      consumeLinkCode(database.db, await person("discord"), code),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const accounts = await database.db.account.count({ where: { userId: owner.userId } });
    expect(accounts).toBe(2);
  });
});

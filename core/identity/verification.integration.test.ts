import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPii } from "../../test/pii.js";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { AppError } from "../errors.js";
import { codeOf } from "../market/test-seed.js";
import {
  confirmEmailCode,
  consumeLinkCode,
  issueLinkCode,
  registerAccount,
  requestEmailCode,
  updateProfile,
  verifyByContact,
} from "./mutations.js";
import { getProfile } from "./queries.js";
import { newPerson } from "./test-people.js";
import type { Platform } from "./types.js";
import {
  EMAIL_CODE_MAX_TRIES,
  EMAIL_CODE_TTL_MS,
  EMAIL_CODE_WINDOW_MS,
  EMAIL_CODES_PER_WINDOW,
  requireVerified,
} from "./verification.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const db = () => database.db;
/** One address per person: an address verifies one person only. */
const emailOf = (userId: string) => `hana.${userId.slice(0, 8)}@example.com`;

const person = (platform?: Platform) => newPerson(db(), platform);

const request = (userId: string, now?: Date, email = emailOf(userId)) =>
  requestEmailCode(db(), testPii, { userId, email, ...(now ? { now } : {}) });
const confirm = (userId: string, code: string, now?: Date) =>
  confirmEmailCode(db(), testPii, { userId, code, ...(now ? { now } : {}) });

/** The code as the mail worker would read it from the person's latest code row. */
async function mailedCode(userId: string): Promise<string> {
  const row = await db().emailCode.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  return testPii.open(row.codeCipher ?? "");
}

/** A six-digit code other than `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("e-mail verification", () => {
  it("verifies with the mailed code and keeps the address sealed, the code only as a digest", async () => {
    const { userId } = await person();
    expect(await request(userId)).toEqual({ status: "sent", maskedEmail: "h***@example.com" });
    const code = await mailedCode(userId);
    expect(code).toMatch(/^\d{6}$/);

    await confirm(userId, ` ${code.slice(0, 3)} ${code.slice(3)} `);
    const profile = await getProfile(db(), userId);
    expect(profile.verified).toBe(true);
    expect(() => requireVerified(profile)).not.toThrow();

    const [stored] = await db().$queryRaw<{ emailCipher: string; codeHash: string; codeCipher: null }[]>`
      SELECT u."emailCipher", c."codeHash", c."codeCipher"
      FROM "User" u JOIN "EmailCode" c ON c."userId" = u.id WHERE u.id = ${userId}::uuid`;
    expect(stored?.codeCipher).toBeNull();
    expect(JSON.stringify(stored)).not.toContain("hana");
    expect(stored?.codeHash).not.toContain(code);
    expect(testPii.open(stored?.emailCipher ?? "")).toBe(emailOf(userId));

    expect(await codeOf(confirm(userId, code))).toBe("verify-no-code");
    expect(await request(userId)).toEqual({ status: "already-verified" });
  });

  it("counts wrong codes down and locks the code after the fifth", async () => {
    const { userId } = await person();
    await request(userId);
    const code = await mailedCode(userId);
    for (const left of [4, 3, 2, 1]) {
      await expect(confirm(userId, wrong(code))).rejects.toMatchObject({
        code: "verify-code-wrong",
        params: { left },
      });
    }
    await expect(confirm(userId, wrong(code))).rejects.toMatchObject({ code: "verify-too-many-attempts" });
    expect(await codeOf(confirm(userId, code))).toBe("verify-too-many-attempts");
    expect((await getProfile(db(), userId)).verified).toBe(false);
  });

  it("refuses an expired code and a code never asked for", async () => {
    const { userId } = await person();
    expect(await codeOf(confirm(userId, "123456"))).toBe("verify-no-code");
    const asked = new Date("2026-03-01T12:00:00Z");
    await request(userId, asked);
    const code = await mailedCode(userId);
    const late = new Date(asked.getTime() + EMAIL_CODE_TTL_MS);
    expect(await codeOf(confirm(userId, code, late))).toBe("verify-code-expired");
    expect((await getProfile(db(), userId)).verified).toBe(false);
  });

  it("sends at most five codes an hour, and the newest replaces the ones before", async () => {
    const { userId } = await person();
    const start = new Date("2026-03-02T09:00:00Z");
    for (let i = 0; i < EMAIL_CODES_PER_WINDOW; i++) await request(userId, new Date(start.getTime() + i));
    const first = await db().emailCode.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(first).toMatchObject({ codeCipher: null });
    expect(first.usedAt).not.toBeNull();
    expect(await db().emailCode.count({ where: { userId, usedAt: null } })).toBe(1);

    expect(await codeOf(request(userId, new Date(start.getTime() + 60_000)))).toBe("verify-too-many-codes");
    expect(await db().emailCode.count({ where: { userId } })).toBe(EMAIL_CODES_PER_WINDOW);
    const nextHour = new Date(start.getTime() + EMAIL_CODE_WINDOW_MS + 1);
    expect((await request(userId, nextHour)).status).toBe("sent");
  });

  it("takes only the newest code", async () => {
    const { userId } = await person();
    await request(userId);
    const replaced = await mailedCode(userId);
    await request(userId, undefined, "other@example.org");
    const newest = await mailedCode(userId);
    if (replaced !== newest) expect(await codeOf(confirm(userId, replaced))).toBe("verify-code-wrong");
    await confirm(userId, newest);
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(testPii.open(user.emailCipher ?? "")).toBe("other@example.org");
  });

  it("gives concurrent checks no extra tries, and one right code verifies once", async () => {
    const guessed = await person();
    await request(guessed.userId);
    const code = await mailedCode(guessed.userId);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => codeOf(confirm(guessed.userId, wrong(code)))),
    );
    expect(answers.filter((answer) => answer === "verify-code-wrong")).toHaveLength(4);
    expect(answers.filter((answer) => answer === "verify-too-many-attempts")).toHaveLength(6);
    expect(await db().emailCode.findFirstOrThrow({ where: { userId: guessed.userId } })).toMatchObject({
      attempts: EMAIL_CODE_MAX_TRIES,
    });
    expect(await codeOf(confirm(guessed.userId, code))).toBe("verify-too-many-attempts");

    const twice = await person();
    await request(twice.userId);
    const right = await mailedCode(twice.userId);
    const results = await Promise.all([1, 2, 3].map(() => codeOf(confirm(twice.userId, right))));
    expect(results.filter((result) => result === undefined)).toHaveLength(1);
    expect(results.filter((result) => result === "verify-no-code")).toHaveLength(2);
  });

  it("lets concurrent requests pass the hourly limit no further", async () => {
    const { userId } = await person();
    const answers = await Promise.all(Array.from({ length: 8 }, () => codeOf(request(userId))));
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(EMAIL_CODES_PER_WINDOW);
    expect(await db().emailCode.count({ where: { userId } })).toBe(EMAIL_CODES_PER_WINDOW);
  });

  it("changes nothing for an address or code that cannot be one", async () => {
    const { userId } = await person();
    expect(await codeOf(request(userId, undefined, "hana at example"))).toBe("invalid-input");
    expect(await db().emailCode.count({ where: { userId } })).toBe(0);
    await request(userId);
    expect(await codeOf(confirm(userId, "12345a"))).toBe("invalid-input");
    expect(await db().emailCode.findFirstOrThrow({ where: { userId } })).toMatchObject({ attempts: 0 });
  });

  it("counts playground personas as verified, and nobody else until they verify", async () => {
    const persona = await person("web");
    expect((await getProfile(db(), persona.userId)).verified).toBe(true);
    expect(await request(persona.userId)).toEqual({ status: "already-verified" });
    expect(await db().emailCode.count({ where: { userId: persona.userId } })).toBe(0);

    const newcomer = await getProfile(db(), (await person()).userId);
    expect(() => requireVerified(newcomer)).toThrow(new AppError("not-verified"));
  });

  it("lets a persona made unverified verify by mail, keeping no address that a real person would need", async () => {
    const { userId } = await registerAccount(db(), {
      platform: "web",
      externalId: "unverified-persona",
      unverifiedPersona: true,
    });
    expect((await getProfile(db(), userId)).verified).toBe(false);
    const shared = "minji.persona@example.com";
    await request(userId, undefined, shared);
    await confirm(userId, await mailedCode(userId));
    expect((await getProfile(db(), userId)).verified).toBe(true);
    expect(await db().user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      emailCipher: null,
      emailDigest: null,
    });

    const real = await person();
    await request(real.userId, undefined, shared);
    await confirm(real.userId, await mailedCode(real.userId));
    expect((await getProfile(db(), real.userId)).verified).toBe(true);
  });
});

describe("phone contact verification", () => {
  it("accepts the sender's own contact and keeps the number sealed in E.164", async () => {
    const sender = await person();
    const contact = { phone: "82 10-1234-5678", externalId: sender.externalId };
    await verifyByContact(db(), testPii, { userId: sender.userId, account: sender, contact });
    const user = await db().user.findUniqueOrThrow({ where: { id: sender.userId } });
    expect(user.verifiedAt).not.toBeNull();
    expect(user.phoneCipher).not.toContain("1234");
    expect(testPii.open(user.phoneCipher ?? "")).toBe("+821012345678");
  });

  it("refuses someone else's contact, one with no account and a number that is none, changing nothing", async () => {
    const sender = await person();
    const verify = (contact: { phone: string; externalId?: string }) =>
      codeOf(verifyByContact(db(), testPii, { userId: sender.userId, account: sender, contact }));
    expect(await verify({ phone: "+821099998888", externalId: "99999" })).toBe("verify-not-own-contact");
    expect(await verify({ phone: "+821099998888" })).toBe("verify-not-own-contact");
    expect(await verify({ phone: "12", externalId: sender.externalId })).toBe("invalid-input");
    const user = await db().user.findUniqueOrThrow({ where: { id: sender.userId } });
    expect(user).toMatchObject({ verifiedAt: null, phoneCipher: null });
  });
});

describe("one address or number, one person", () => {
  it("refuses an e-mail address that already verified someone else, however it is cased", async () => {
    const first = await person();
    await request(first.userId, undefined, "mina@example.com");
    await confirm(first.userId, await mailedCode(first.userId));
    const second = await person();
    await request(second.userId, undefined, "Mina@Example.com");
    expect(await codeOf(confirm(second.userId, await mailedCode(second.userId)))).toBe("verify-already-used");
    const user = await db().user.findUniqueOrThrow({ where: { id: second.userId } });
    expect(user).toMatchObject({ verifiedAt: null, emailCipher: null, emailDigest: null });
  });

  it("refuses a phone number that already verified someone else", async () => {
    const share = async (sender: Awaited<ReturnType<typeof person>>) =>
      verifyByContact(db(), testPii, {
        userId: sender.userId,
        account: sender,
        contact: { phone: "+821033334444", externalId: sender.externalId },
      });
    await share(await person());
    const second = await person();
    expect(await codeOf(share(second))).toBe("verify-already-used");
    expect((await db().user.findUniqueOrThrow({ where: { id: second.userId } })).phoneDigest).toBeNull();
  });
});

describe("what a profile says about verification and gender", () => {
  it("keeps a stated gender until the person prefers not to say", async () => {
    const { userId } = await person();
    expect((await updateProfile(db(), userId, { gender: "female" })).gender).toBe("female");
    expect((await updateProfile(db(), userId, { gender: null })).gender).toBeUndefined();
  });

  it("keeps a proof when the verified account links into another person", async () => {
    const owner = await person("discord");
    const verified = await person("telegram");
    await verifyByContact(db(), testPii, {
      userId: verified.userId,
      account: verified,
      contact: { phone: "+821011112222", externalId: verified.externalId },
    });
    const { code } = await issueLinkCode(db(), owner.userId);
    await consumeLinkCode(db(), verified, code);
    const merged = await db().user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(merged.verifiedAt).not.toBeNull();
    expect(testPii.open(merged.phoneCipher ?? "")).toBe("+821011112222");
    expect(merged.phoneDigest).toMatch(/^[0-9a-f]{64}$/);
  });
});

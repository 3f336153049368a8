import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmEmailCode, requestEmailCode } from "../../core/identity/mutations.js";
import { EMAIL_CODE_TTL_MS } from "../../core/identity/verification.js";
import { testPii } from "../../test/pii.js";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp.js";
import { waitFor } from "../../test/wait.js";
import { createPerson, startTestWorkers } from "../test-harness.js";
import type { MailQueue } from "./email-codes.js";

let smtp: TestSmtpServer;
let harness: Awaited<ReturnType<typeof startTestWorkers>>;
let mailQueue: MailQueue;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  harness = await startTestWorkers({ SMTP_URL: smtp.url, MAIL_FROM: "honjok <no-reply@honjok.test>" });
  mailQueue = new Queue("mail", { connection: harness.ctx.redis, prefix: harness.ctx.queuePrefix });
});

afterAll(async () => {
  await mailQueue?.close();
  await harness?.stop();
  await smtp?.close();
});

let nextId = 1;
async function personAsking(email: string, { language = "ko", now = new Date() } = {}) {
  const externalId = `mail-${nextId++}`;
  const userId = await createPerson(harness.db, { platform: "telegram", externalId, language });
  await requestEmailCode(harness.db, testPii, { userId, email, now });
  const row = await harness.db.emailCode.findFirstOrThrow({ where: { userId } });
  return { userId, codeId: row.id };
}

const codeRow = (id: string) => harness.db.emailCode.findUniqueOrThrow({ where: { id } });

describe("the mail worker", () => {
  it("mails the code in the person's language, then keeps only its digest", async () => {
    const { userId, codeId } = await personAsking("Minji@Example.com", { language: "en" });
    const mail = await smtp.waitForMail("minji@example.com");
    expect(mail.from).toBe("no-reply@honjok.test");
    expect(mail.subject).toBe("[honjok] Your verification code");
    expect(mail.text).toContain("The code works for 10 minutes.");

    await waitFor("the code to be marked sent", async () => (await codeRow(codeId)).sentAt !== null);
    expect(await codeRow(codeId)).toMatchObject({ codeCipher: null });
    const code = /\d{6}/.exec(mail.text)?.[0] ?? "";
    await confirmEmailCode(harness.db, testPii, { userId, code });
    expect((await harness.db.user.findUniqueOrThrow({ where: { id: userId } })).verifiedAt).not.toBeNull();

    const job = await mailQueue.getJob(`email-code-${codeId}`);
    expect(job?.data).toEqual({ codeId });
  });

  it("writes Korean for a Korean speaker", async () => {
    await personAsking("hana@example.com");
    const mail = await smtp.waitForMail("hana@example.com");
    expect(mail.subject).toBe("[혼족] 인증 코드");
    expect(mail.text).toMatch(/인증 코드: \d{6}/);
  });

  it("tries again after a temporary refusal", async () => {
    smtp.refuseNext(1, 451);
    const { codeId } = await personAsking("retry@example.com");
    expect(await smtp.waitForCode("retry@example.com")).toMatch(/^\d{6}$/);
    const job = await waitFor("the job to finish", async () => {
      const found = await mailQueue.getJob(`email-code-${codeId}`);
      return found?.finishedOn !== undefined && found;
    });
    expect(job.attemptsMade).toBe(2);
  });

  it("drops a code the server refuses for good, and keeps no address in the failure", async () => {
    smtp.refuseNext(1, 550);
    const received = smtp.mails.length;
    const { codeId } = await personAsking("gone@example.com");
    await waitFor("the code to be dropped", async () => (await codeRow(codeId)).codeCipher === null);
    expect(await codeRow(codeId)).toMatchObject({ sentAt: null });
    const job = await mailQueue.getJob(`email-code-${codeId}`);
    expect(job?.failedReason).toBe("smtp EMESSAGE 550");
    expect(smtp.mails).toHaveLength(received);
  });

  it("drops a code that expired before it could be sent", async () => {
    const longAgo = new Date(Date.now() - EMAIL_CODE_TTL_MS - 60_000);
    const received = smtp.mails.length;
    const { codeId } = await personAsking("late@example.com", { now: longAgo });
    await waitFor("the expired code to be dropped", async () => (await codeRow(codeId)).codeCipher === null);
    expect(await codeRow(codeId)).toMatchObject({ sentAt: null });
    expect(smtp.mails).toHaveLength(received);
  });
});

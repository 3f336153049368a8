import type { JobsOptions } from "bullmq";
import type { Database } from "../../core/db/client.js";
import { dropEmailCode, markEmailCodeSent } from "../../core/identity/mutations.js";
import type { FieldCipher } from "../../core/identity/pii.js";
import { findEmailCodesToSend, getEmailCodeToSend } from "../../core/identity/queries.js";
import type { Translator } from "../../i18n/translator.js";
import { addKeyedJobs, emailCodeJobId, type TypedQueue } from "../jobs.js";
import type { Mailer } from "./mailer.js";

export type MailQueue = TypedQueue<"mail">;

const BATCH = 100;
const MINUTE_MS = 60_000;

export interface EmailCodeDeps {
  db: Database;
  pii: FieldCipher;
  translator: Translator;
  mailer: Mailer;
}

/**
 * Queues a send job for each code not sent yet. The job id is the code's, so a repeated scan (a
 * later tick, another machine) adds nothing; the row stays unsent until the job has mailed it,
 * so a code whose process died in between is picked up by the next scan.
 */
export async function scanEmailCodes(db: Database, queue: MailQueue, sendOptions: JobsOptions) {
  const codeIds = await findEmailCodesToSend(db, BATCH);
  const jobs = codeIds.map((codeId) => ({ data: { codeId }, jobId: emailCodeJobId(codeId) }));
  return addKeyedJobs(queue, "send-email-code", jobs, sendOptions);
}

/**
 * Mails one code in its person's language, then erases the readable copy. A code replaced,
 * used or sent meanwhile is left alone; one that expired before it could be sent is dropped.
 */
export async function sendEmailCode(
  { db, pii, translator, mailer }: EmailCodeDeps,
  codeId: string,
  now = new Date(),
): Promise<void> {
  const code = await getEmailCodeToSend(db, codeId);
  if (!code) return;
  const minutesLeft = Math.ceil((code.expiresAt.getTime() - now.getTime()) / MINUTE_MS);
  if (minutesLeft <= 0) return dropEmailCode(db, codeId);
  const t = (key: string, params?: Record<string, string | number>) =>
    translator.translate(code.language, key, params);
  await mailer.send({
    to: pii.open(code.emailCipher),
    subject: t("verify-mail-subject"),
    text: t("verify-mail-body", { code: pii.open(code.codeCipher), minutes: minutesLeft }),
  });
  await markEmailCodeSent(db, codeId, now);
}

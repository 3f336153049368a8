import type { Job, JobsOptions, WorkerOptions } from "bullmq";
import { dropEmailCode } from "../../core/identity/mutations.js";
import type { Logger } from "../../runtime/logger.js";
import {
  defineHandler,
  type HandlerRegistration,
  isFinalFailure,
  jobSchemas,
  scheduleEvery,
} from "../jobs.js";
import { type EmailCodeDeps, type MailQueue, scanEmailCodes, sendEmailCode } from "./email-codes.js";

export const mailWorkerOptions = {
  /** A few mails in flight, so one slow SMTP round trip does not hold up the others. */
  concurrency: 4,
} satisfies Partial<WorkerOptions>;

export interface MailDeps extends EmailCodeDeps {
  logger: Logger;
  queue: MailQueue;
  sendOptions: JobsOptions;
}

export function mailHandlers(deps: MailDeps): HandlerRegistration[] {
  return [
    defineHandler("mail", "scan-email-codes", async () => {
      const queued = await scanEmailCodes(deps.db, deps.queue, deps.sendOptions);
      if (queued > 0) deps.logger.debug({ queued }, "e-mail codes queued");
    }),
    defineHandler("mail", "send-email-code", ({ codeId }) => sendEmailCode(deps, codeId)),
  ];
}

/**
 * The worker's `failed` listener. The reason holds no address or code (see mailer.ts); after a
 * send's last try the code is dropped, since the person will ask for a new one anyway.
 */
export function onMailJobFailed(deps: Pick<MailDeps, "db" | "logger">) {
  return (job: Job | undefined, error: Error): void => {
    const final = job !== undefined && isFinalFailure(job, error);
    deps.logger.warn({ job: job?.name, jobId: job?.id, final, reason: error.message }, "mail job failed");
    const payload = jobSchemas.mail["send-email-code"].safeParse(job?.data);
    if (!final || job?.name !== "send-email-code" || !payload.success) return;
    dropEmailCode(deps.db, payload.data.codeId).catch((dropError: unknown) =>
      deps.logger.error({ err: dropError, jobId: job.id }, "could not drop an unsendable e-mail code"),
    );
  };
}

/** Looks for unsent codes as often as the outbox is relayed: a person is waiting for theirs. */
export async function scheduleMailJobs(queue: MailQueue, scanMs: number): Promise<void> {
  await scheduleEvery<"mail">(queue, [["scan-email-codes", scanMs]]);
}

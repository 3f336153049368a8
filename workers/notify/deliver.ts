import { type Job, RateLimitError, UnrecoverableError } from "bullmq";
import type { Redis } from "ioredis";
import type { Database } from "../../core/db/client.js";
import type { Platform } from "../../core/identity/types.js";
import { markFailed, markSent, recordFailedAttempt } from "../../core/notifications/mutations.js";
import { getPendingDelivery } from "../../core/notifications/queries.js";
import type { PendingDelivery } from "../../core/notifications/types.js";
import { describeError, type Logger } from "../../runtime/logger.js";
import { isFinalFailure, type JobRun, jobSchemas, runAgainLater } from "../jobs.js";
import { CHAT_PACE_MS, claimChatSlot, SHARED_CHAT_PACE_MS } from "./pacing.js";
import type { OutgoingMessage, Senders } from "./sender.js";
import { markAccepted, wasAccepted } from "./sent-marks.js";

export interface DeliveryDeps {
  db: Database;
  redis: Redis;
  queuePrefix: string;
  logger: Logger;
  senders: Senders;
  /** Pauses the whole queue, for a messenger's "retry after". */
  rateLimit(ms: number): Promise<void>;
}

/** The row's message, which the sender translates into the language of the person it reaches. */
function outgoingMessage({ language, messageKey, params, buttons }: PendingDelivery): OutgoingMessage {
  return { language, text: { key: messageKey, params }, buttons };
}

async function recordSent(deps: DeliveryDeps, notificationId: string, platform: Platform): Promise<void> {
  if (!(await markSent(deps.db, notificationId, platform))) {
    deps.logger.warn({ notificationId }, "notification was settled by another delivery meanwhile");
  }
}

/**
 * Delivers one outbox row. The row is read fresh, so a repeated job for a row already sent or
 * failed does nothing. Once the messenger accepts the message, that is marked in Redis and then
 * on the row; a try that finds the mark records the delivery without sending again, so a row that
 * could not be marked sent (PostgreSQL gone at that moment) is not sent twice. Only a crash right
 * between the send and the mark can make a person get a message twice.
 */
export async function deliverNotification(
  deps: DeliveryDeps,
  notificationId: string,
  { job, token }: JobRun,
): Promise<void> {
  const pending = await getPendingDelivery(deps.db, notificationId);
  if (!pending) return;
  const { target } = pending;
  if (!target) throw new UnrecoverableError("no-reachable-account");
  if (target.platform === "web") {
    // A playground persona reads its inbox from the table: being marked sent is the delivery.
    await markSent(deps.db, notificationId, "web");
    return;
  }
  const sender = deps.senders[target.platform];
  if (!sender) throw new UnrecoverableError("platform-not-configured");
  if (await wasAccepted(deps.redis, deps.queuePrefix, notificationId)) {
    await recordSent(deps, notificationId, target.platform);
    return;
  }

  const pace = target.shared ? SHARED_CHAT_PACE_MS : CHAT_PACE_MS;
  const waitMs = await claimChatSlot(deps.redis, deps.queuePrefix, target.platform, target.chatId, pace);
  if (waitMs > 0) await runAgainLater(job, token, waitMs);

  const message = outgoingMessage(pending);
  try {
    // A linked group chat gets a post (an embed on Discord, a channel message), a person a DM.
    if (target.shared) await sender.post(target.chatId, message);
    else await sender.send(target.chatId, message);
  } catch (error) {
    const failure = sender.classify(error);
    if (failure.kind === "rate-limited") {
      await deps.rateLimit(failure.retryAfterMs);
      throw new RateLimitError();
    }
    throw failure.kind === "permanent" ? new UnrecoverableError(failure.reason) : new Error(failure.reason);
  }
  // Without the mark (Redis gone too), a failed record below would mean one more send on the retry.
  await markAccepted(deps.redis, deps.queuePrefix, notificationId).catch((error: unknown) =>
    deps.logger.warn({ notificationId, err: describeError(error) }, "could not mark a notification sent"),
  );
  await recordSent(deps, notificationId, target.platform);
}

/**
 * The worker's `failed` event for a deliver job: counts the try on the row and, after the last
 * one (or a permanent failure), marks the row failed with the reason — it stays to be looked at.
 */
export async function recordDeliveryFailure(
  deps: Pick<DeliveryDeps, "db" | "logger">,
  job: Job,
  error: Error,
): Promise<void> {
  // Parsed again because an unchecked id would be dangerous here: `id: undefined` in a Prisma
  // filter matches every row. A payload that does not parse names no row to mark.
  const payload = jobSchemas.notify["deliver-notification"].safeParse(job.data);
  if (!payload.success) return;
  const { notificationId } = payload.data;
  await recordFailedAttempt(deps.db, notificationId, error.message);
  const final = isFinalFailure(job, error);
  deps.logger.warn(
    { notificationId, attemptsMade: job.attemptsMade, final, reason: error.message },
    "notification delivery failed",
  );
  if (final) await markFailed(deps.db, notificationId, error.message);
}

import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { isInfrastructureFailure } from "../../runtime/infrastructure-failure.js";
import { describeError } from "../../runtime/logger.js";
import { releaseIfHeld } from "../../runtime/redis-holder.js";
import type { TelegramContext } from "./context.js";

// Telegram delivers at least once: a webhook answered with an error or not in time, or a restart
// mid-batch, brings the same update again, possibly to another instance. Each update id has one key
// in Redis: a claim while it is being handled, "handled" once it was. A repeat of a handled update is
// skipped; a claim given up because an outage stopped the handling lets the redelivery through.

/** Telegram redelivers an unacknowledged update within minutes; an hour covers every retry. */
const HANDLED_SECONDS = 3600;

/**
 * Longer than any handling (well under a second; a reply Telegram rate-limits waits up to a minute),
 * short enough that an update whose handler died with its process is taken again soon after.
 */
const CLAIM_MS = 60_000;

const HANDLED = "handled";

export type Claim = { state: "claimed"; token: string } | { state: "handled" } | { state: "in-progress" };

/** The update is being handled elsewhere: whoever delivered it should try again later. */
class UpdateInProgress extends Error {
  override name = "UpdateInProgress";
  constructor() {
    super("the update is being handled by another delivery");
  }
}

/** Whether a failure should make the update be delivered again: an outage, or a delivery still running. */
export function isWorthRetrying(error: unknown): boolean {
  return error instanceof UpdateInProgress || isInfrastructureFailure(error);
}

export function updateKey(queuePrefix: string, updateId: number): string {
  return `${queuePrefix}:telegram-update:${updateId}`;
}

/**
 * Reads what `SET key token NX PX … GET` answered: nothing before means the claim is ours (it was
 * just set), "handled" a finished update, anything else another delivery's claim. Exported apart so
 * the same SET can share a round trip (a pipeline) with other reads of the update.
 */
export function readClaim(previous: string | null, token: string): Claim {
  if (previous === null) return { state: "claimed", token };
  return previous === HANDLED ? { state: "handled" } : { state: "in-progress" };
}

/** One round trip: takes the update for this delivery unless it is handled or taken already. */
export async function claimUpdate(redis: Redis, key: string): Promise<Claim> {
  const token = randomUUID();
  return readClaim(await redis.set(key, token, "PX", CLAIM_MS, "NX", "GET"), token);
}

/** Records that the update was handled, so any repeat of it is skipped. */
export async function completeUpdate(redis: Redis, key: string): Promise<void> {
  await redis.set(key, HANDLED, "EX", HANDLED_SECONDS);
}

/** Gives the update up, so its redelivery is handled: only while the claim is still this delivery's. */
export function releaseUpdate(redis: Redis, key: string, token: string): Promise<void> {
  return releaseIfHeld(redis, key, token);
}

async function markHandled(ctx: TelegramContext, redis: Redis, key: string): Promise<void> {
  // The update was handled either way; an unmarked one would only be handled again if it came back.
  await completeUpdate(redis, key).catch((error: unknown) =>
    ctx.log.warn({ err: describeError(error) }, "could not mark the update handled"),
  );
}

/**
 * Runs `handle` for the first delivery of each update. A repeat of a handled update is skipped; one
 * whose first delivery is still being handled throws UpdateInProgress. When an outage stops the
 * handling, the claim is released and the failure thrown on, so the update is tried again (by
 * Telegram after a webhook's 503, by waitOutOutages when polling); any other failure is final.
 */
export function handleEachUpdateOnce(
  redis: Redis,
  queuePrefix: string,
  handle: (ctx: TelegramContext) => Promise<void>,
): (ctx: TelegramContext) => Promise<void> {
  return async (ctx) => {
    const key = updateKey(queuePrefix, ctx.update.update_id);
    const claim = await claimUpdate(redis, key);
    if (claim.state === "handled") {
      ctx.log.info("repeated update skipped");
      return;
    }
    if (claim.state === "in-progress") throw new UpdateInProgress();
    try {
      await handle(ctx);
    } catch (error) {
      if (isInfrastructureFailure(error)) {
        // So the redelivery is handled; when it is Redis that is away, the claim expires instead.
        await releaseUpdate(redis, key, claim.token).catch(() => {});
      } else {
        // A bug: handling the update again would fail the same way.
        await markHandled(ctx, redis, key);
      }
      throw error;
    }
    await markHandled(ctx, redis, key);
  };
}

import { randomUUID } from "node:crypto";
import type { Middleware } from "grammy";
import type { Redis } from "ioredis";
import { dialogKeyOf, type RedisCommand } from "../../conversation/dialogs.js";
import { isInfrastructureFailure } from "../../runtime/infrastructure-failure.js";
import { describeError } from "../../runtime/logger.js";
import { releaseIfHeld } from "../../runtime/redis-holder.js";
import { identityOf, replyChatIdOf } from "./accounts.js";
import type { TelegramContext } from "./context.js";
import { type BegunTurn, beginTurn } from "./update-turn.js";

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

type Claim = "claimed" | "handled" | "in-progress";

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
 * just set), "handled" a finished update, anything else another delivery's claim.
 */
function readClaim(previous: unknown): Claim {
  if (previous === null) return "claimed";
  return previous === HANDLED ? "handled" : "in-progress";
}

/** Takes the update for this delivery unless it is handled or taken already. */
const claimCommand = (key: string, token: string): RedisCommand => [
  "set",
  key,
  token,
  "PX",
  CLAIM_MS,
  "NX",
  "GET",
];

/** Records that the update was handled, so any repeat of it is skipped. */
const handledCommand = (key: string): RedisCommand => ["set", key, HANDLED, "EX", HANDLED_SECONDS];

/** Gives the update up, so its redelivery is handled: only while the claim is still this delivery's. */
function releaseUpdate(redis: Redis, key: string, token: string): Promise<void> {
  return releaseIfHeld(redis, key, token);
}

async function commitHandled(ctx: TelegramContext, begun: BegunTurn, key: string): Promise<void> {
  // The update was handled either way; an unmarked one would only be handled again if it came back.
  await begun
    .commit(handledCommand(key))
    .catch((error: unknown) =>
      ctx.log.warn({ err: describeError(error) }, "could not mark the update handled"),
    );
}

/**
 * A second delivery of an update this process is handling is turned away at once (UpdateInProgress),
 * rather than queued behind its first one by sequentialize: a webhook's caller hears to come back
 * later. The Redis claim does the same across instances.
 */
export function turnAwayDeliveriesInFlight(): Middleware<TelegramContext> {
  const inFlight = new Set<number>();
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (inFlight.has(id)) throw new UpdateInProgress();
    inFlight.add(id);
    try {
      await next();
    } finally {
      inFlight.delete(id);
    }
  };
}

/**
 * Runs `handle` for the first delivery of each update, with the update's Redis turn (update-turn.ts)
 * on `ctx.turn`. A repeat of a handled update is skipped; one whose first delivery is still being
 * handled throws UpdateInProgress. When an outage stops the handling, the claim is released, what
 * the turn changed is dropped and the failure thrown on, so the update is tried again (by Telegram
 * after a webhook's 503, by waitOutOutages when polling); any other failure is final.
 */
export function handleEachUpdateOnce(
  redis: Redis,
  queuePrefix: string,
  handle: (ctx: TelegramContext) => Promise<void>,
): (ctx: TelegramContext) => Promise<void> {
  return async (ctx) => {
    const key = updateKey(queuePrefix, ctx.update.update_id);
    const token = randomUUID();
    const person = identityOf(ctx);
    const begun = await beginTurn(
      redis,
      {
        queuePrefix,
        dialogKey: person && dialogKeyOf(person),
        chatId: replyChatIdOf(ctx),
      },
      claimCommand(key, token),
    );
    const claim = readClaim(begun.first);
    if (claim === "handled") {
      ctx.log.info("repeated update skipped");
      return;
    }
    if (claim === "in-progress") throw new UpdateInProgress();
    ctx.turn = begun.turn;
    try {
      await handle(ctx);
    } catch (error) {
      if (isInfrastructureFailure(error)) {
        // So the redelivery is handled; when it is Redis that is away, the claim expires instead.
        await releaseUpdate(redis, key, token).catch(() => {});
      } else {
        // A bug: handling the update again would fail the same way.
        await commitHandled(ctx, begun, key);
      }
      throw error;
    }
    await commitHandled(ctx, begun, key);
  };
}

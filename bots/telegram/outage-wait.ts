import type { TelegramContext } from "./context.js";
import { describeFailure } from "./failures.js";
import { isWorthRetrying } from "./update-dedupe.js";

/** The first pause after a failed try; each further one doubles, up to the longest. */
const FIRST_PAUSE_MS = 200;
/** Short enough that an update goes through within seconds of PostgreSQL or Redis coming back. */
const LONGEST_PAUSE_MS = 5000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * For long polling, where an update once fetched is confirmed with the next fetch and never
 * delivered again: an update that met an outage (or whose other delivery is still running) is
 * tried again, with growing pauses, until it goes through, so it is handled late rather than lost.
 * Each try is bounded by the connections' own timeouts. The wait is logged once per update, not
 * per try. Middleware, not the polling loop, so it holds for any runner that calls handleUpdate.
 */
export function waitOutOutages(
  handle: (ctx: TelegramContext) => Promise<void>,
): (ctx: TelegramContext) => Promise<void> {
  return async (ctx) => {
    const since = Date.now();
    let failedTries = 0;
    for (;;) {
      try {
        await handle(ctx);
        break;
      } catch (error) {
        if (!isWorthRetrying(error)) throw error;
        if (failedTries === 0)
          ctx.log.warn({ err: describeFailure(error) }, "update waits for an outage to end");
        await pause(Math.min(FIRST_PAUSE_MS * 2 ** failedTries, LONGEST_PAUSE_MS));
        failedTries += 1;
      }
    }
    if (failedTries > 0)
      ctx.log.info({ failedTries, waitedMs: Date.now() - since }, "update handled after an outage");
  };
}

import { describeError, type Logger } from "./logger.js";

/** Reports an 'error' event of a connection (ioredis, a BullMQ queue or worker) by where it came from. */
export type ConnectionErrorLog = (source: string, error: unknown) => void;

/** An outage is still news after this long; more often it is noise. */
export const CONNECTION_ERROR_LOG_INTERVAL_MS = 10_000;

/**
 * One line per interval for the whole process. While Redis is away every connection (the shared
 * one, each queue's, each worker's two) emits an error at each reconnect attempt: a worker logged
 * about 80 lines a second. The first error is logged at once; later ones are counted, and the next
 * line, an interval on, says how many were held back.
 */
export function throttledConnectionErrorLog(
  logger: Logger,
  intervalMs = CONNECTION_ERROR_LOG_INTERVAL_MS,
): ConnectionErrorLog {
  let loggedAt = Number.NEGATIVE_INFINITY;
  let heldBack = 0;
  return (source, error) => {
    const now = Date.now();
    if (now - loggedAt < intervalMs) {
      heldBack += 1;
      return;
    }
    loggedAt = now;
    logger.error({ err: describeError(error), source, heldBack }, "connection error");
    heldBack = 0;
  };
}

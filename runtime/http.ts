import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { Server } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { pinoHttp } from "pino-http";
import { type ErrorCode, isAppError } from "../core/errors.js";
import { describeError, type Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import type { Shutdown } from "./shutdown.js";
import { within } from "./within.js";

export const httpStatusOf: Record<ErrorCode, number> = {
  "invalid-input": 400,
  "empty-answer": 400,
  "count-out-of-range": 400,
  "text-too-long": 413,
  "not-found": 404,
  "link-code-invalid": 400,
  "link-too-many-attempts": 429,
  "link-own-code": 400,
  "link-playground": 403,
  "link-same-platform": 409,
  "place-unknown": 400,
  "place-unknown-no-match": 400,
  "price-negative": 400,
  "price-unreadable": 400,
  "price-too-high": 400,
  "too-many-photos": 400,
  "photo-type": 415,
  "photo-type-unnamed": 415,
  "photo-too-large": 413,
  "photo-transparent": 400,
  "photo-unreadable": 400,
  profanity: 400,
  "posting-too-fast": 429,
  "not-your-item": 403,
  "item-unavailable": 409,
  "bump-too-soon": 429,
  "own-item": 400,
  "not-a-contact": 400,
  "already-rated": 409,
  "rating-not-allowed": 403,
  "already-reported": 409,
  "too-many-alerts": 400,
  "not-in-conversation": 403,
  "own-tip": 400,
  "already-voted": 409,
  "board-private-chat": 400,
  "board-not-manager": 403,
  "not-verified": 403,
  "verify-code-format": 400,
  "photo-expected": 400,
  "verify-code-wrong": 400,
  "verify-code-expired": 410,
  "verify-too-many-attempts": 429,
  "verify-too-many-codes": 429,
  "verify-no-code": 400,
  "verify-not-own-contact": 400,
  "verify-already-used": 409,
  "ride-same-place": 400,
  "ride-departure-past": 400,
  "ride-window-too-wide": 400,
  "ride-departure-too-far": 400,
  "ride-time-unreadable": 400,
  "ride-min-temperature-range": 400,
  "ride-outside-area": 400,
  "ride-already-live": 409,
  "ride-not-yours": 403,
  "ride-not-cancellable": 409,
  "not-in-proposal": 403,
  "proposal-expired": 410,
  "ride-not-over": 409,
  "ride-was-cancelled": 409,
  "not-co-rider": 403,
  "too-many-ride-alerts": 400,
  "same-gender-needs-gender": 400,
  "group-not-member": 403,
  "group-already-member": 409,
  "group-full": 409,
  "group-join-pending": 409,
  "group-not-moderator": 403,
  "group-not-owner": 403,
  "group-owner-must-hand-over": 409,
  "group-limit-below-members": 400,
  "group-no-request": 404,
  "too-many-groups": 400,
  "meetup-in-past": 400,
  "meetup-ends-before-start": 400,
  "meetup-too-long": 400,
  "meetup-too-far": 400,
  "meetup-capacity-below-going": 400,
  "meetup-cancelled": 409,
  "meetup-finished": 409,
  "meetup-started": 409,
  "room-ended": 410,
  "room-not-going": 403,
  "room-not-open": 409,
  // The deployment's event sync retries only a 5xx (or no answer): a 4xx tells it to stop.
  "room-unknown": 404,
  "room-event-ahead": 422,
  "room-event-outside": 422,
  "rooms-not-configured": 503,
  "video-check-no-operators": 503,
  "video-check-open": 409,
  "video-check-already-verified": 409,
  "video-check-not-operator": 403,
  "video-check-taken": 409,
  "video-check-not-yours": 403,
  "video-check-decided": 409,
  "video-check-not-joined": 409,
  "ride-needs-video-check": 403,
  "workout-already-live": 409,
  "workout-time-unreadable": 400,
  "goal-unreadable": 400,
  "checkin-closed": 409,
  "checkin-code-wrong": 400,
  "checkin-too-many-attempts": 429,
  "checkin-too-far": 400,
  "checkin-not-going": 409,
  "meetup-time-unreadable": 400,
  "group-chat-private": 400,
  "group-chat-not-manager": 403,
  "group-chat-taken": 409,
  "points-not-enough": 409,
  "bump-just-done": 429,
  "meetup-already-pinned": 409,
  "leaderboard-no-home": 409,
  "leaderboard-not-member": 403,
};

/**
 * Compares a secret someone sent with the expected one in constant time. Both are hashed first,
 * so neither their contents nor the expected one's length show in how long the answer takes.
 */
export function isSameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The token of `Authorization: Bearer <token>`, and only of that: no bare token, other scheme or
 * query parameter, which proxies and access logs would keep.
 */
export function bearerTokenOf(req: Request): string | undefined {
  return /^Bearer (\S+)$/.exec(req.get("authorization") ?? "")?.[1];
}

/** Requires the bearer token (bearerTokenOf); open when no token is configured. */
export function requireBearer(token: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token) return next();
    if (isSameSecret(bearerTokenOf(req), token)) return next();
    res.status(401).json({ error: "unauthorized" });
  };
}

/** A dependency that has not answered by then counts as down: a probe must not hang with it. */
const READINESS_CHECK_TIMEOUT_MS = 500;

const answersInTime = async (check: () => Promise<boolean>): Promise<boolean> =>
  (await within(
    check().catch(() => false),
    READINESS_CHECK_TIMEOUT_MS,
  )) ?? false;

export interface HttpAppOptions {
  logger: Logger;
  metrics: Metrics;
  metricsToken: string | undefined;
  /** Each dependency that must answer for the process to take traffic. */
  readiness: Record<string, () => Promise<boolean>>;
  /** Called before each /metrics scrape to refresh gauges. */
  beforeScrape?: () => Promise<void>;
}

/**
 * Each request gets its own child logger, `req.log`, bound to a request id, so the lines one
 * request causes can be told apart. Requests themselves are not logged: their paths, queries and
 * headers carry persona ids, calendar-feed tokens and cookies.
 */
const requestLoggers = (logger: Logger) =>
  pinoHttp({
    logger,
    genReqId: () => randomUUID(),
    autoLogging: false,
    quietReqLogger: true,
    // The process logger's own serializers (describeError for `err`) stay in force.
    wrapSerializers: false,
  });

/** The request's own logger where createHttpApp gave it one, else the process's. */
export const loggerOf = (req: Request, fallback: Logger): Logger => req.log ?? fallback;

/** Health, readiness and metrics; front doors mount their own routes on the returned app. */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLoggers(options.logger));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const checks = Object.fromEntries(
      await Promise.all(
        Object.entries(options.readiness).map(async ([name, check]) => [name, await answersInTime(check)]),
      ),
    );
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks });
  });
  app.get("/metrics", requireBearer(options.metricsToken), async (_req, res) => {
    await options
      .beforeScrape?.()
      .catch((error: unknown) => options.logger.warn({ err: describeError(error) }, "scrape refresh failed"));
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return app;
}

/**
 * The 4xx status of a request the client got wrong, as express.json() and other http-errors users
 * throw it (`entity.parse.failed` 400, `entity.too.large` 413), with body-parser's `type`.
 */
function clientErrorOf(error: unknown): { status: number; type: string } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { status, type, expose } = error as { status?: unknown; type?: unknown; expose?: unknown };
  if (typeof status !== "number" || status < 400 || status >= 500 || expose !== true) return undefined;
  return { status, type: typeof type === "string" ? type : "bad-request" };
}

/**
 * Last in the chain: AppErrors become their status and code, a malformed request its 4xx, anything
 * else a bare 500. A malformed request is not logged at all: body-parser's error carries the raw
 * body, and JSON.parse's message quotes it. Anything else is logged as describeError says.
 */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (isAppError(error)) {
      res.status(httpStatusOf[error.code]).json({ error: error.code, params: error.params });
      return;
    }
    const clientError = clientErrorOf(error);
    if (clientError) {
      res.status(clientError.status).json({ error: clientError.type });
      return;
    }
    loggerOf(req, logger).error({ err: describeError(error), path: req.path }, "request failed");
    res.status(500).json({ error: "unexpected" });
  };
}

export async function listen(app: Express, host: string, port: number, shutdown: Shutdown): Promise<Server> {
  const server = await new Promise<Server>((resolve, reject) => {
    const started = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(started)));
  });
  shutdown.add("http server", () => new Promise((resolve) => server.close(resolve)));
  return server;
}

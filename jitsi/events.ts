import express, { type Express, type NextFunction, type Request, type Response, Router } from "express";
import type { z } from "zod";
import type { Database } from "../core/db/client.js";
import { isAppError } from "../core/errors.js";
import type { Language } from "../core/identity/types.js";
import {
  takeBreakoutDestroyed,
  takeOccupantEvent,
  takeRoomCreated,
  takeRoomDestroyed,
} from "../core/workouts/presence/mutations.js";
import type { EventOutcome } from "../core/workouts/presence/types.js";
import type { Translator } from "../i18n/translator.js";
import { bearerTokenOf, httpStatusOf, isSameSecret, loggerOf } from "../runtime/http.js";
import type { Logger } from "../runtime/logger.js";
import { eventBodies } from "./event-bodies.js";

// Room and occupant events from the deployment's event sync (jitsi-contrib/prosody-plugins,
// event_sync), which posts to `${api_prefix}/events/…`: its api_prefix is PUBLIC_URL + "/jitsi".
// It sends `Authorization: Bearer` from its api_headers, and tries again only when the answer is a
// 5xx or none comes: an event honjok cannot take for good (a wrong secret, an unknown room, a time
// that cannot be right) gets a 4xx saying why, so it is not sent again for nothing, while an
// outage here (a 500) is, and the event is taken then.

export interface JitsiEventsDeps {
  db: Database;
  translator: Translator;
  logger: Logger;
  /** JITSI_EVENTS_TOKEN; unset, every event is refused. */
  token: string | undefined;
}

/** A body whose `field` is missing or not what the event sync sends. */
class BadEvent extends Error {
  override name = "BadEvent";
  constructor(readonly field: string) {
    super(`bad event: ${field}`);
  }
}

type Outcome = EventOutcome | { taken: false; ignored: "breakout-room" };

/** The deployment's clients send no language; whoever reads an answer by hand may ask for English. */
const answerLanguage = (req: Request): Language => (req.acceptsLanguages("ko", "en") === "en" ? "en" : "ko");

function authorize({ token, translator }: JitsiEventsDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const language = answerLanguage(req);
    if (!token) {
      res
        .status(403)
        .json({ error: "events-off", message: translator.translate(language, "jitsi-events-off") });
      return;
    }
    if (isSameSecret(bearerTokenOf(req), token)) return next();
    res
      .status(401)
      .set("WWW-Authenticate", 'Bearer realm="honjok"')
      .json({ error: "unauthorized", message: translator.translate(language, "jitsi-events-unauthorized") });
  };
}

/** A route that checks its body against the event sync's shape and hands it to core. */
function route<S extends z.ZodType>(
  deps: JitsiEventsDeps,
  schema: S,
  take: (body: z.output<S>, now: Date) => Promise<Outcome>,
) {
  return async (req: Request, res: Response) => {
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) throw new BadEvent(parsed.error.issues[0]?.path.join(".") || "body");
    const outcome = await take(parsed.data, new Date());
    loggerOf(req, deps.logger).debug({ event: req.path, outcome }, "room event");
    const adjusted = outcome.taken && outcome.adjusted;
    const message = adjusted
      ? deps.translator.translate(answerLanguage(req), `jitsi-events-${adjusted}`)
      : undefined;
    res.json({ ...outcome, ...(message ? { message } : {}) });
  };
}

/** What express.json() throws for a body that is not JSON. */
const isUnparsableBody = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { type?: unknown }).type === "entity.parse.failed";

interface Refusal {
  status: number;
  body: { error: string; field?: string; params?: Record<string, string | number> };
  message: string;
}

/** The answer to an event honjok cannot take for good, or undefined for a failure of its own. */
function refusalOf(
  error: unknown,
  translate: (key: string, params?: Record<string, string | number>) => string,
): Refusal | undefined {
  if (isAppError(error)) {
    const { code, params } = error;
    return {
      status: httpStatusOf[code],
      body: { error: code, params },
      message: translate(`error-${code}`, params),
    };
  }
  if (error instanceof BadEvent) {
    const { field } = error;
    return {
      status: 400,
      body: { error: "invalid-input", field },
      message: translate("jitsi-events-bad-field", { field }),
    };
  }
  if (isUnparsableBody(error)) {
    return { status: 400, body: { error: "invalid-input" }, message: translate("jitsi-events-bad-json") };
  }
  return undefined;
}

/**
 * A refused event is answered with its reason and logged by the route and the reason's code only:
 * never the body, which carries the occupants' names and e-mail addresses. Anything else goes on
 * to the shared error handler: a 500, which the event sync sends again.
 */
function refusals({ translator, logger }: JitsiEventsDeps) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const language = answerLanguage(req);
    const refusal = refusalOf(error, (key, params) => translator.translate(language, key, params));
    if (!refusal) return next(error);
    loggerOf(req, logger).warn({ event: req.path, refused: refusal.body.error }, "room event refused");
    res.status(refusal.status).json({ ...refusal.body, message: refusal.message });
  };
}

const BREAKOUT: Outcome = { taken: false, ignored: "breakout-room" };

/** POST /jitsi/events/room/created, …/room/destroyed, …/occupant/joined and …/occupant/left. */
export function mountJitsiEvents(app: Express, deps: JitsiEventsDeps): void {
  const { db } = deps;
  const router = Router();
  // Checked before the body is read: without the secret, nothing of it is.
  router.use(authorize(deps), express.json({ limit: "1mb" }));
  router.post(
    "/room/created",
    route(deps, eventBodies.roomCreated, (body, now) =>
      // A breakout room is made inside a room already going: it neither starts nor ends it.
      body.is_breakout
        ? Promise.resolve(BREAKOUT)
        : takeRoomCreated(db, body.room_name, body.created_at, now),
    ),
  );
  router.post(
    "/room/destroyed",
    route(deps, eventBodies.roomDestroyed, (body, now) =>
      body.is_breakout
        ? takeBreakoutDestroyed(db, body.room_name, body.destroyed_at, body.all_occupants, now)
        : takeRoomDestroyed(
            db,
            body.room_name,
            { createdAt: body.created_at, destroyedAt: body.destroyed_at },
            body.all_occupants,
            now,
          ),
    ),
  );
  for (const [path, schema] of [
    ["/occupant/joined", eventBodies.occupantJoined],
    ["/occupant/left", eventBodies.occupantLeft],
  ] as const) {
    router.post(
      path,
      route(deps, schema, (body, now) => takeOccupantEvent(db, body.room_name, body.occupant, now)),
    );
  }
  router.use(refusals(deps));
  app.use("/jitsi/events", router);
}

import { type Express, type NextFunction, type Request, type Response, Router } from "express";
import { renderCalendar } from "../../core/groups/calendar/ics.js";
import { findFeedOwner, listCalendarMeetups } from "../../core/groups/calendar/queries.js";
import { getProfile } from "../../core/identity/queries.js";
import type { AppContext } from "../../runtime/context.js";
import { loggerOf } from "../../runtime/http.js";
import { describeError, type Logger } from "../../runtime/logger.js";

// Private calendar feeds at /calendar/<token>.ics (the addresses core/groups/calendar/token.ts
// makes), fetched by calendar apps without signing in. The token in the path is the feed's only
// lock, so this router answers every request under /calendar itself: nothing reaches the shared
// error handler, which logs request paths.

/** How a feed request appears in the logs. */
const LOGGED_PATH = "/calendar/[redacted]";

function notFound(_req: Request, res: Response) {
  res.status(404).type("text/plain").send("not found");
}

function failure(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // A path express cannot decode (`%E0%A4`) is an address no feed has, not a failure.
    if (error instanceof URIError) return notFound(req, res);
    loggerOf(req, logger).error({ err: describeError(error), path: LOGGED_PATH }, "calendar feed failed");
    res.status(500).type("text/plain").send("unexpected");
  };
}

export function mountCalendarFeed(app: Express, ctx: AppContext): void {
  const router = Router();
  router.get("/:token.ics", async (req, res, next) => {
    const ownerId = await findFeedOwner(ctx.db, ctx.pii, req.params.token);
    if (!ownerId) return next();
    const { language } = await getProfile(ctx.db, ownerId);
    const meetups = await listCalendarMeetups(ctx.db, ownerId, new Date());
    const ics = renderCalendar(meetups, (key, params) => ctx.translator.translate(language, key, params));
    // Calendar apps poll; five minutes of caching spares the database without leaving changes stale.
    res.set({ "Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff" });
    res.type("text/calendar; charset=utf-8").send(ics);
  });
  router.use(notFound);
  router.use(failure(ctx.logger));
  app.use("/calendar", router);
}

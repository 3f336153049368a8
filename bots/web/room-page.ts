import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express, type Request, type Response, Router } from "express";
import type { Language } from "../../core/identity/types.js";
import { type RoomState, roomState } from "../../core/workouts/rooms/queries.js";
import type { AppContext } from "../../runtime/context.js";
import { requestLanguage } from "./request-errors.js";
import { type RoomPageView, renderRoomPage } from "./room-page-html.js";

// /rooms/<room>: a workout or video check room in the browser, through the deployment's IFrame API
// (external_api.js). The person's pass comes in the address's fragment (#jwt=…), which browsers
// never send to a server or put in a Referer, so it reaches neither this server's logs nor anyone's.

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "public");
const assetsDir = path.join(publicDir, "room");

/** Room names are newRoomName()'s lower-case hex; anything else is no room without asking the database. */
const ROOM_NAME = /^[a-z0-9]{1,64}$/;

export interface RoomPageOptions {
  /** Where the deployment serves external_api.js and its rooms; undefined without a deployment. */
  jitsiOrigin: string | undefined;
}

/**
 * The deployment's origin from JITSI_DOMAIN, always over https: the IFrame API needs a secure
 * context for camera and microphone, and no setting can turn it into plain http by mistake. Tests
 * hand mountRoomPage an http origin of their own instead.
 */
export function jitsiOrigin(domain: string | undefined): string | undefined {
  return domain ? `https://${domain}` : undefined;
}

/** `?lang=en` from the link honjok made (the person's own language), else the browser's. */
function pageLanguage(req: Request): Language {
  const asked = req.query.lang;
  return asked === "ko" || asked === "en" ? asked : requestLanguage(req);
}

const statusOf: Record<RoomState | "not-configured", number> = {
  open: 200,
  "not-configured": 503,
  over: 410,
  unknown: 404,
};

function headers(res: Response, origin: string | undefined) {
  const deployment = origin ? ` ${origin}` : "";
  res.set({
    "Content-Security-Policy": `default-src 'self'; script-src 'self'${deployment}; frame-src${deployment || " 'none'"}; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    // The deployment's frame asks for these; nothing else on the page does.
    "Permissions-Policy": origin
      ? ["camera", "microphone", "display-capture"]
          .map((feature) => `${feature}=(self "${origin}")`)
          .join(", ")
      : "camera=(), microphone=(), display-capture=()",
  });
}

export function mountRoomPage(app: Express, ctx: AppContext, options: RoomPageOptions): void {
  const router = Router();
  router.get("/assets/theme.css", (_req, res) => res.sendFile(path.join(publicDir, "theme.css")));
  router.use("/assets", express.static(assetsDir, { index: false, fallthrough: false }));
  router.get("/:room", async (req, res) => {
    const room = req.params.room;
    const state = ROOM_NAME.test(room) ? await roomState(ctx.db, room, new Date()) : "unknown";
    const language = pageLanguage(req);
    const view: RoomPageView =
      state === "open" && options.jitsiOrigin
        ? { state, room, language, origin: options.jitsiOrigin }
        : { state: state === "open" ? "not-configured" : state, language };
    headers(res, view.state === "open" ? view.origin : undefined);
    const say = (key: string) => ctx.translator.translate(language, key);
    res.status(statusOf[view.state]).type("html").send(renderRoomPage(view, say));
  });
  app.use("/rooms", router);
}

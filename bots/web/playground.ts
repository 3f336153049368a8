import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express, type NextFunction, type Request, type Response, Router } from "express";
import type { AppContext } from "../../runtime/context.js";
import { playgroundApi } from "./api.js";
import { personaCookie } from "./persona-cookie.js";

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "public");

/**
 * The page only ever talks to its own origin and shows no user data as HTML, so a strict policy
 * costs nothing and stops injected scripts if escaping were ever missed. Geolocation stays
 * allowed for the "use my location" button.
 */
function pageHeaders(_req: Request, res: Response, next: NextFunction) {
  res.set({
    "Content-Security-Policy":
      "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "geolocation=(self)",
  });
  next();
}

/** The environment that decides whether the playground is served. */
export interface PlaygroundSwitch {
  PLAYGROUND?: "0" | "1" | undefined;
  TELEGRAM_BOT_TOKEN?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
}

/**
 * On by default when no messenger is configured, so `npm start` on a fresh checkout shows the
 * product; off once a real bot runs, so a production deployment does not expose a test door by
 * accident. PLAYGROUND=1 turns it on anyway and PLAYGROUND=0 always turns it off.
 */
export function playgroundEnabled(env: PlaygroundSwitch): boolean {
  if (env.PLAYGROUND === "0") return false;
  if (env.PLAYGROUND === "1") return true;
  return !env.TELEGRAM_BOT_TOKEN && !env.DISCORD_TOKEN;
}

const MOUNT_PATH = "/playground";

export interface PlaygroundOptions {
  /** Signs the cookie naming the personas a browser made (PLAYGROUND_SECRET or DATA_DIR/playground.key). */
  signingKey: Buffer;
  /** PUBLIC_URL: over https, the cookie is sent over https only. */
  publicUrl: string;
}

/** The web playground: a chat page at /playground and the JSON API it calls. */
export function mountPlayground(app: Express, ctx: AppContext, options: PlaygroundOptions): void {
  const cookie = personaCookie({ key: options.signingKey, path: MOUNT_PATH, publicUrl: options.publicUrl });
  const router = Router();
  router.use(pageHeaders, cookie.reader);
  router.get("/", (_req, res) => {
    res.sendFile(path.join(publicDir, "index.html"));
  });
  router.use("/api", playgroundApi(ctx, cookie));
  router.use(express.static(publicDir, { index: false, fallthrough: true }));
  app.use(MOUNT_PATH, router);
  // Browsers ask the site's root for its icon on any page that names none (JSON, /healthz).
  app.get("/favicon.ico", (_req, res) => res.redirect(301, `${MOUNT_PATH}/favicon.svg`));
}

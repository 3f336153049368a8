import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express, type NextFunction, type Request, type Response, Router } from "express";
import type { AppContext } from "../../runtime/context.js";
import { playgroundApi } from "./api.js";

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

/** The web playground: a chat page at /playground and the JSON API it calls. */
export function mountPlayground(app: Express, ctx: AppContext): void {
  const router = Router();
  router.use(pageHeaders);
  router.get("/", (_req, res) => {
    res.sendFile(path.join(publicDir, "index.html"));
  });
  router.use("/api", playgroundApi(ctx));
  router.use(express.static(publicDir, { index: false, fallthrough: true }));
  app.use("/playground", router);
}

import cookieParser from "cookie-parser";
import type { CookieOptions, Request, RequestHandler, Response } from "express";

// A playground persona belongs to the browser that made it. The browser holds the ids of the
// personas it made in one cookie signed with the playground key, rather than a session id that
// personas are bound to in the database: nothing is stored and no schema changes, and any web
// instance behind a load balancer checks it with the shared key alone. HttpOnly keeps the page's
// scripts (and anything injected into them) from reading it; SameSite=Strict keeps other sites'
// pages from sending it. cookie-parser signs it (HMAC-SHA256, compared in constant time), as
// express's own `res.cookie(…, { signed: true })` expects.

const COOKIE_NAME = "honjok_personas";
/** UUIDs hold no comma. */
const SEPARATOR = ",";
/** The newest 32 (37 characters each) keep the cookie far under browsers' 4 kB; older ones drop out. */
const MAX_PERSONAS = 32;
/** Chrome keeps no cookie longer than 400 days; a year is as long as any test persona needs. */
const MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

export interface PersonaCookie {
  /** Reads the signed cookie of each request: mounted before the routes that use it. */
  reader: RequestHandler;
  /** The personas this browser made; none when its cookie is missing or was not signed with our key. */
  personasOf(req: Request): string[];
  /** Adds a persona this browser just made to its cookie. */
  remember(req: Request, res: Response, personaId: string): void;
}

export function personaCookie({
  key,
  path,
  publicUrl,
}: {
  key: Buffer;
  /** Where the page and its API live: the cookie goes nowhere else. */
  path: string;
  /** PUBLIC_URL: when people reach the page over https, the cookie never travels in the clear. */
  publicUrl: string;
}): PersonaCookie {
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: "strict",
    secure: new URL(publicUrl).protocol === "https:",
    path,
    maxAge: MAX_AGE_MS,
  };

  function personasOf(req: Request): string[] {
    // cookie-parser leaves out a cookie signed with another key, and gives false for a tampered one.
    const value: unknown = req.signedCookies?.[COOKIE_NAME];
    return typeof value === "string" && value !== "" ? value.split(SEPARATOR) : [];
  }

  return {
    reader: cookieParser(key.toString("hex")),
    personasOf,
    remember(req, res, personaId) {
      const personas = [...personasOf(req).filter((id) => id !== personaId), personaId].slice(-MAX_PERSONAS);
      res.cookie(COOKIE_NAME, personas.join(SEPARATOR), { ...options, signed: true });
    },
  };
}

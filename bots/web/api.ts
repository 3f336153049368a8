import express, { type Request, Router } from "express";
import { AppError } from "../../core/errors.js";
import { listPlaygroundPersonas } from "../../core/identity/queries.js";
import type { Profile } from "../../core/identity/types.js";
import { readInbox } from "../../core/notifications/mutations.js";
import type { AppContext } from "../../runtime/context.js";
import { dispatchAsPersona } from "./dispatch.js";
import { renderNotification } from "./inbox.js";
import type { PersonaCookie } from "./persona-cookie.js";
import { createPersona, findPersona } from "./personas.js";
import { renderOutcome } from "./render.js";
import { badRequestHandler, parseRequest } from "./request-errors.js";
import { inboxQuery, messageBody, newPersonaBody, stringsQuery } from "./schema.js";
import { pageStrings } from "./strings.js";

/**
 * The page's JSON API. Each route is parse → one core or dispatcher call → render. Every route
 * under /personas/:id looks the persona up first, so only web accounts this browser made can be
 * used; any other id is not found, exactly as an unknown one, so ids cannot be probed.
 */
export function playgroundApi(ctx: AppContext, cookie: PersonaCookie): Router {
  const api = Router();
  api.use(express.json({ limit: "16kb" }));

  async function ownPersona(req: Request<{ id: string }>): Promise<Profile> {
    if (!cookie.personasOf(req).includes(req.params.id)) throw new AppError("not-found");
    return findPersona(ctx.db, req.params.id);
  }

  api.get("/strings", (req, res) => {
    const { lang } = parseRequest(stringsQuery, req.query);
    res.json({ language: lang, strings: pageStrings(ctx.translator, lang) });
  });

  api.get("/personas", async (req, res) => {
    res.json({ personas: await listPlaygroundPersonas(ctx.db, cookie.personasOf(req)) });
  });

  api.post("/personas", async (req, res) => {
    const persona = await createPersona(ctx.db, parseRequest(newPersonaBody, req.body));
    cookie.remember(req, res, persona.id);
    res.status(201).json(persona);
  });

  api.post("/personas/:id/messages", async (req, res) => {
    await ownPersona(req);
    const { input } = parseRequest(messageBody, req.body);
    const outcome = await dispatchAsPersona(ctx, req.params.id, input);
    res.json(renderOutcome(ctx, outcome));
  });

  api.get("/personas/:id/inbox", async (req, res) => {
    const persona = await ownPersona(req);
    const { after } = parseRequest(inboxQuery, req.query);
    const delivered = await readInbox(ctx.db, persona.userId, after);
    res.json({
      language: persona.language,
      notifications: delivered.map((notification) => renderNotification(ctx, persona.language, notification)),
    });
  });

  // Unknown API paths answer in JSON like every other API failure, not with express's HTML page.
  api.use((_req, _res, next) => next(new AppError("not-found")));
  api.use(badRequestHandler(ctx.translator));
  return api;
}

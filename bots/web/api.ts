import express, { Router } from "express";
import { AppError } from "../../core/errors.js";
import { listPlaygroundPersonas } from "../../core/identity/queries.js";
import { readInbox } from "../../core/notifications/mutations.js";
import type { AppContext } from "../../runtime/context.js";
import { dispatchAsPersona } from "./dispatch.js";
import { renderNotification } from "./inbox.js";
import { createPersona, findPersona } from "./personas.js";
import { renderOutcome } from "./render.js";
import { badRequestHandler, parseRequest } from "./request-errors.js";
import { inboxQuery, messageBody, newPersonaBody, stringsQuery } from "./schema.js";
import { pageStrings } from "./strings.js";

/**
 * The page's JSON API. Each route is parse → one core or dispatcher call → render. Every route
 * under /personas/:id looks the persona up first, so only existing web accounts can be used.
 */
export function playgroundApi(ctx: AppContext): Router {
  const api = Router();
  api.use(express.json({ limit: "16kb" }));

  api.get("/strings", (req, res) => {
    const { lang } = parseRequest(stringsQuery, req.query);
    res.json({ language: lang, strings: pageStrings(ctx.translator, lang) });
  });

  api.get("/personas", async (_req, res) => {
    res.json({ personas: await listPlaygroundPersonas(ctx.db) });
  });

  api.post("/personas", async (req, res) => {
    const persona = await createPersona(ctx.db, parseRequest(newPersonaBody, req.body));
    res.status(201).json(persona);
  });

  api.post("/personas/:id/messages", async (req, res) => {
    await findPersona(ctx.db, req.params.id);
    const { input } = parseRequest(messageBody, req.body);
    const outcome = await dispatchAsPersona(ctx, req.params.id, input);
    res.json(renderOutcome(ctx, outcome));
  });

  api.get("/personas/:id/inbox", async (req, res) => {
    const persona = await findPersona(ctx.db, req.params.id);
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

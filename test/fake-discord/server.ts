import type { Server } from "node:http";
import express from "express";
import { readParts, type UploadedFile } from "../multipart.js";
import { GUILD_CHANNEL_ID, type MessageBody, messageObject, snowflake } from "./messages.js";
import { type FakeScheduledEvent, scheduledEventRoutes } from "./scheduled-events.js";

// The fake Discord REST API over real HTTP on 127.0.0.1, recording every call: the bot's answers
// to interactions (interactions.ts), the commands it registers, and the workers' routes: DMs,
// posts and edits in a channel, and a server's scheduled events.

export interface RecordedCall {
  method: string;
  /** Without the query string, e.g. `/api/v10/interactions/<id>/<token>/callback`. */
  path: string;
  query: Record<string, unknown>;
  authorization: string | undefined;
  /** The JSON sent, if any (of an upload, its `payload_json`). */
  body: unknown;
  /** The files uploaded with it (a message's attachments). */
  files: UploadedFile[];
}

export interface FakeDiscord {
  /** What `rest.api` / DISCORD_API_ROOT should be: the REST base without the version. */
  apiRoot: string;
  calls: RecordedCall[];
  /** The scheduled events created, as the server keeps them. */
  events: FakeScheduledEvent[];
  /** Servers whose routes answer 500 while they are in here. */
  failingGuilds: Set<string>;
  /** What was posted to the DM channel opened for this user (`POST /users/@me/channels`), oldest first. */
  directMessages(userId: string): MessageBody[];
  /** Resolves once `count` calls match, or fails after the deadline listing what did arrive. */
  waitFor(
    match: (call: RecordedCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

/** A message with attachments comes as multipart: its JSON in `payload_json`, each file a part of its own. */
function readUpload(raw: Buffer, contentType: string): { body: unknown; files: UploadedFile[] } {
  const parts = readParts(raw, contentType);
  const json = parts.find((part) => part.name === "payload_json");
  return {
    body: json ? JSON.parse(json.body.toString("utf8")) : {},
    files: parts.flatMap(({ filename, body }) =>
      filename === undefined ? [] : [{ name: filename, bytes: body }],
    ),
  };
}

function restRoutes(dmChannels: Map<string, string>): express.Router {
  const routes = express.Router();
  // Interaction responses (defer, reply, modal): Discord answers 204 without `with_response`.
  routes.post("/api/v10/interactions/:id/:token/callback", (_req, res) => void res.status(204).end());
  routes.patch("/api/v10/webhooks/:app/:token/messages/:message", (req, res) => {
    res.json(messageObject(GUILD_CHANNEL_ID, req.body));
  });
  routes.delete("/api/v10/webhooks/:app/:token/messages/:message", (_req, res) => void res.status(204).end());
  routes.post("/api/v10/webhooks/:app/:token", (req, res) => {
    res.json(messageObject(GUILD_CHANNEL_ID, req.body));
  });
  // Discord gives a user the same DM channel every time.
  routes.post("/api/v10/users/@me/channels", (req, res) => {
    const recipient = String((req.body as { recipient_id?: unknown }).recipient_id);
    const id = dmChannels.get(recipient) ?? `dm${dmChannels.size + 1}`;
    dmChannels.set(recipient, id);
    res.json({ id, type: 1, flags: 0, last_message_id: null, recipients: [] });
  });
  routes.post("/api/v10/channels/:channel/messages", (req, res) => {
    res.json(messageObject(req.params.channel, req.body));
  });
  routes.patch("/api/v10/channels/:channel/messages/:message", (req, res) => {
    res.json(messageObject(req.params.channel, req.body, req.params.message));
  });
  routes.put(/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/, (req, res) => {
    res.json(
      (req.body as object[]).map((command) => ({ ...command, id: snowflake(), version: snowflake() })),
    );
  });
  return routes;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: RecordedCall[] = [];
  const events: FakeScheduledEvent[] = [];
  const failingGuilds = new Set<string>();
  /** DM channel id by recipient user id. */
  const dmChannels = new Map<string, string>();
  const app = express();
  app.use(express.json({ limit: "1mb" }));
  app.use(express.raw({ type: "multipart/form-data", limit: "8mb" }));
  app.use((req, _res, next) => {
    const upload = Buffer.isBuffer(req.body)
      ? readUpload(req.body, req.get("content-type") ?? "")
      : undefined;
    if (upload) req.body = upload.body;
    calls.push({
      method: req.method,
      path: decodeURIComponent(req.path),
      query: { ...req.query },
      authorization: req.get("authorization"),
      body: req.body,
      files: upload?.files ?? [],
    });
    next();
  });
  app.use(restRoutes(dmChannels));
  app.use(scheduledEventRoutes(events, failingGuilds));
  app.use((_req, res) => void res.status(404).json({ message: "404: Not Found", code: 0 }));
  const server = await new Promise<Server>((resolve) => {
    const started = app.listen(0, "127.0.0.1", () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}/api`,
    calls,
    events,
    failingGuilds,
    directMessages(userId) {
      const channel = dmChannels.get(userId);
      if (!channel) return [];
      return calls
        .filter((call) => call.method === "POST" && call.path === `/api/v10/channels/${channel}/messages`)
        .map((call) => call.body as MessageBody);
    },
    async waitFor(match, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = calls.map((call) => `${call.method} ${call.path}`).join("\n  ");
          throw new Error(`waited ${timeoutMs} ms for ${count} matching call(s); saw:\n  ${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny stand-in for the Discord REST routes the worker takes, over real HTTP on 127.0.0.1:
// open the DM channel with a user, post to a channel, edit a message posted there, and list,
// create and edit a server's scheduled events (kept, so a list shows what was created).

export interface DiscordCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body ? (JSON.parse(body) as Record<string, unknown>) : {};
}

export interface FakeScheduledEvent {
  id: string;
  guildId: string;
  name: string;
  description: string;
  scheduled_start_time: string;
  scheduled_end_time: string;
  entity_metadata: { location: string };
  status: number;
}

const SCHEDULED = 1;

function scheduledEventRoute(
  method: string,
  path: string,
  body: Record<string, unknown>,
  events: FakeScheduledEvent[],
): object | undefined {
  const list = /^\/api\/v10\/guilds\/([^/]+)\/scheduled-events$/.exec(path);
  if (list && method === "GET") return events.filter((event) => event.guildId === list[1]);
  if (list && method === "POST") {
    const event = { status: SCHEDULED, ...body, id: `event${events.length + 1}`, guildId: list[1] };
    events.push(event as FakeScheduledEvent);
    return event;
  }
  const one = /^\/api\/v10\/guilds\/([^/]+)\/scheduled-events\/([^/]+)$/.exec(path);
  const event = events.find((found) => found.guildId === one?.[1] && found.id === one?.[2]);
  if (event && method === "PATCH") return Object.assign(event, body);
  return undefined;
}

export async function startFakeDiscord() {
  const calls: DiscordCall[] = [];
  const events: FakeScheduledEvent[] = [];
  /** Servers whose scheduled-event routes answer 500, as during an outage on Discord's side. */
  const failingGuilds = new Set<string>();
  const server = createServer(async (req, res) => {
    const path = req.url ?? "";
    const body = await readJson(req);
    calls.push({ method: req.method ?? "", path, body, authorization: req.headers.authorization });
    const reply = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "POST" && path === "/api/v10/users/@me/channels")
      return reply(200, { id: "dm1", type: 1 });
    const message = /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(path);
    if (req.method === "POST" && message)
      return reply(200, { id: String(calls.length), channel_id: message[1] });
    const edited = /^\/api\/v10\/channels\/([^/]+)\/messages\/([^/]+)$/.exec(path);
    if (req.method === "PATCH" && edited) return reply(200, { id: edited[2], channel_id: edited[1] });
    const guild = /^\/api\/v10\/guilds\/([^/]+)\//.exec(path)?.[1];
    if (guild && failingGuilds.has(guild)) return reply(500, { message: "Internal Server Error", code: 0 });
    const event = scheduledEventRoute(req.method ?? "", path, body, events);
    if (event) return reply(200, event);
    reply(404, { message: "Unknown route", code: 0 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The REST base without the version, as DISCORD_API_ROOT takes it. */
    apiRoot: `http://127.0.0.1:${port}/api`,
    calls,
    events,
    failingGuilds,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

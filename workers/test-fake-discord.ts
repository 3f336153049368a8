import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny stand-in for the Discord REST routes the worker takes, over real HTTP on 127.0.0.1:
// open the DM channel with a user, post to a channel, and edit a message posted there.

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

export async function startFakeDiscord() {
  const calls: DiscordCall[] = [];
  const server = createServer(async (req, res) => {
    const path = req.url ?? "";
    calls.push({
      method: req.method ?? "",
      path,
      body: await readJson(req),
      authorization: req.headers.authorization,
    });
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
    reply(404, { message: "Unknown route", code: 0 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The REST base without the version, as DISCORD_API_ROOT takes it. */
    apiRoot: `http://127.0.0.1:${port}/api`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

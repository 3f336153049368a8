import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personaCookie } from "./persona-cookie.js";

// The persona cookie on a bare express app over real HTTP, as the page is served over https.

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const cookie = personaCookie({
    key: randomBytes(32),
    path: "/playground",
    publicUrl: "https://honjok.example",
  });
  const app = express();
  app.use(cookie.reader);
  app.post("/playground/personas/:id", (req, res) => {
    cookie.remember(req, res, req.params.id);
    res.json({});
  });
  app.get("/playground/personas", (req, res) => {
    res.json(cookie.personasOf(req));
  });
  server = await new Promise<Server>((resolve) => {
    const started = app.listen(0, "127.0.0.1", () => resolve(started));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/playground/personas`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Remembers `id` in the browser that holds `cookie`; the Set-Cookie header it gets. */
async function remember(id: string, cookie?: string): Promise<string> {
  const response = await fetch(`${baseUrl}/${id}`, {
    method: "POST",
    headers: cookie ? { Cookie: cookie } : {},
  });
  const [setCookie = ""] = response.headers.getSetCookie();
  return setCookie;
}

async function personasOf(cookie: string): Promise<string[]> {
  return (await fetch(baseUrl, { headers: { Cookie: cookie } })).json() as Promise<string[]>;
}

/** The Cookie header a browser sends back after `setCookie`. */
const sentBack = (setCookie: string) => setCookie.split(";")[0] ?? "";

describe("the persona cookie", () => {
  it("is Secure when the page is reached over https, HttpOnly, SameSite=Strict, kept a year", async () => {
    const attributes = (await remember(randomUUID())).split("; ").slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining([
        "Max-Age=31536000",
        "Path=/playground",
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
      ]),
    );
  });

  it("keeps the newest 32 personas a browser made, each once", async () => {
    const ids = Array.from({ length: 34 }, () => randomUUID());
    let cookie = "";
    for (const id of ids) cookie = sentBack(await remember(id, cookie));
    const [oldestKept] = ids.slice(-32);
    cookie = sentBack(await remember(oldestKept ?? "", cookie));
    expect(await personasOf(cookie)).toEqual([...ids.slice(-31), oldestKept]);
    expect(cookie.length).toBeLessThan(4096);
  });

  it("names no persona when there is no cookie", async () => {
    expect(await (await fetch(baseUrl)).json()).toEqual([]);
  });
});

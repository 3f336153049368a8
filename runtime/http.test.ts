import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { capturingLogger, testLogger } from "../test/logger.js";
import { createHttpApp, errorHandler, listen } from "./http.js";
import type { Logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createShutdown } from "./shutdown.js";

const servers: ReturnType<typeof createShutdown>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((shutdown) => shutdown.run("test finished")));
});

async function serve(options: {
  metricsToken?: string;
  databaseUp?: boolean;
  logger?: Logger;
  routes?: (app: Express) => void;
}) {
  const logger = options.logger ?? testLogger;
  const app = createHttpApp({
    logger,
    metrics: createMetrics(),
    metricsToken: options.metricsToken,
    readiness: { database: async () => options.databaseUp ?? true, redis: async () => true },
  });
  options.routes?.(app);
  app.use(errorHandler(logger));
  const shutdown = createShutdown(testLogger);
  servers.push(shutdown);
  const server = await listen(app, "127.0.0.1", 0, shutdown);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("health, readiness and metrics", () => {
  it("reports readiness per dependency", async () => {
    const down = await serve({ databaseUp: false });
    const response = await fetch(`${down}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", checks: { database: false, redis: true } });
    expect((await fetch(`${down}/healthz`)).status).toBe(200);
  });

  it("guards /metrics with the bearer token when one is set, taken only as `Authorization: Bearer`", async () => {
    const token = "s3cret-token-0123456789";
    const base = await serve({ metricsToken: token });
    const status = async (path: string, authorization?: string) =>
      (await fetch(`${base}${path}`, authorization ? { headers: { authorization } } : {})).status;
    expect(await status("/metrics")).toBe(401);
    expect(await status("/metrics", "Bearer wrong")).toBe(401);
    expect(await status("/metrics", token)).toBe(401);
    expect(await status("/metrics", `Basic ${token}`)).toBe(401);
    expect(await status("/metrics", `Bearer ${token} extra`)).toBe(401);
    expect(await status(`/metrics?token=${token}`)).toBe(401);
    expect(await status(`/metrics?access_token=${token}`)).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("honjok_updates_handled_total");
  });
});

describe("the error handler", () => {
  it("answers a malformed or oversized JSON body with its 4xx, and logs no part of it", async () => {
    const { logger, lines } = capturingLogger();
    const base = await serve({
      logger,
      routes: (app) => app.post("/echo", express.json({ limit: "1kb" }), (req, res) => res.json(req.body)),
    });
    const post = (body: string) =>
      fetch(`${base}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const bad = await post('{"diary": "secret-diary-5521"');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "entity.parse.failed" });
    expect((await post(JSON.stringify({ diary: "y".repeat(2000) }))).status).toBe(413);
    expect(lines.join("\n")).not.toContain("secret-diary-5521");
    expect(lines.join("\n")).not.toContain("yyyy");
  });

  it("answers anything else with a bare 500, logging what failed but not the error object", async () => {
    const { logger, records } = capturingLogger();
    const base = await serve({
      logger,
      routes: (app) =>
        app.get("/boom", () => {
          throw Object.assign(new Error("exploded"), { request: { body: "secret-diary-5522" } });
        }),
    });
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "unexpected" });
    expect(records.find((record) => record.msg === "request failed")).toMatchObject({
      err: { type: "Error", message: "exploded" },
    });
    expect(JSON.stringify(records)).not.toContain("secret-diary-5522");
  });

  it("logs each request's failure on that request's own logger, without its path's query or its headers", async () => {
    const { logger, records } = capturingLogger();
    const base = await serve({
      logger,
      routes: (app) =>
        app.get("/boom", () => {
          throw new Error("exploded");
        }),
    });
    const headers = { cookie: "persona=secret-cookie-5523" };
    await Promise.all([fetch(`${base}/boom?token=secret-5524`, { headers }), fetch(`${base}/boom`)]);
    const failures = records.filter((record) => record.msg === "request failed");
    expect(failures).toHaveLength(2);
    const ids = failures.map((record) => record.reqId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(JSON.stringify(records)).not.toMatch(/secret-(cookie-5523|5524)/);
  });
});

import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { testLogger } from "../test/logger.js";
import { createHttpApp, errorHandler, listen } from "./http.js";
import { createMetrics } from "./metrics.js";
import { createShutdown } from "./shutdown.js";

const servers: ReturnType<typeof createShutdown>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((shutdown) => shutdown.run("test finished")));
});

async function serve(options: { metricsToken?: string; databaseUp?: boolean }) {
  const app = createHttpApp({
    logger: testLogger,
    metrics: createMetrics(),
    metricsToken: options.metricsToken,
    readiness: { database: async () => options.databaseUp ?? true, redis: async () => true },
  });
  app.use(errorHandler(testLogger));
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

  it("guards /metrics with the bearer token when one is set", async () => {
    const base = await serve({ metricsToken: "s3cret-token-0123456789" });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, {
      headers: { authorization: "Bearer s3cret-token-0123456789" },
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("honjok_updates_handled_total");
  });
});

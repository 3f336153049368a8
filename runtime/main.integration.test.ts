import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../test/net.js";
import { createTestRedis, testRedisUrl } from "../test/redis.js";
import { waitFor } from "../test/wait.js";
import { childExited, pidExited, postmasterPid } from "./child-process.js";

// `npm start` on a fresh checkout, as a newcomer runs it in a terminal: the embedded PostgreSQL,
// the playground, and Ctrl-C, which the terminal sends to the whole process group.

const root = path.resolve(import.meta.dirname, "..");
/** "Within a few seconds": closing everything takes well under one on this machine. */
const STOP_DEADLINE_MS = 5000;
const REDIS_PASSWORD = "not-for-the-log";

let redis: Awaited<ReturnType<typeof createTestRedis>>;
let dataDir: string;
let child: ChildProcess;
let output = "";
let baseUrl: string;

/** The test Redis with a password in its URL (one that needs none takes any, with a warning). */
function redisUrlWithPassword(): string {
  const url = new URL(testRedisUrl());
  if (!url.password) url.password = REDIS_PASSWORD;
  return url.toString();
}

beforeAll(async () => {
  redis = await createTestRedis();
  dataDir = await mkdtemp(path.join(tmpdir(), "honjok-start-"));
  // Run as root, PostgreSQL runs as another user, who must be able to reach its directory.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _unused, ...env } = process.env;
  child = spawn(process.execPath, ["--import", "tsx", "runtime/main.ts"], {
    cwd: root,
    // A process group of its own, as a terminal gives a command, so the test can press Ctrl-C.
    detached: true,
    env: {
      ...env,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      REDIS_URL: redisUrlWithPassword(),
      QUEUE_PREFIX: redis.prefix,
      PORT: String(port),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const running = () => output.includes("is running");
  await waitFor("npm start to be running or to end", () => running() || child.exitCode !== null, 90_000);
  if (!running()) throw new Error(`npm start ended; it said:\n${output.slice(-3000)}`);
}, 120_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  await redis?.cleanup();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("says which Redis it uses, without its password", () => {
    const password = new URL(redisUrlWithPassword()).password;
    expect(output).toContain(`using Redis at redis://:***@`);
    expect(output).not.toContain(password);
  });

  it("leads the site's root to the playground and has an icon", async () => {
    const rootPage = await fetch(`${baseUrl}/`, { redirect: "manual" });
    expect(rootPage.status).toBe(302);
    expect(rootPage.headers.get("location")).toBe("/playground");
    const icon = await fetch(`${baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    const page = await (await fetch(`${baseUrl}/playground`)).text();
    expect(page).toContain('rel="icon" href="/playground/favicon.svg"');
  });

  it("stops within a few seconds of Ctrl-C, its PostgreSQL too", async () => {
    const postgres = await postmasterPid(path.join(dataDir, "postgres"));
    const pressed = Date.now();
    process.kill(-(child.pid ?? 0), "SIGINT");
    await childExited(child);
    const took = Date.now() - pressed;

    expect(took).toBeLessThan(STOP_DEADLINE_MS);
    expect(child.exitCode).toBe(0);
    expect(output).not.toContain("shutdown timed out");
    await pidExited(postgres);
  }, 30_000);
});

import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testLogger } from "../test/logger.js";
import { baseConfig, httpConfig, loadConfig } from "./config.js";
import { resolveJitsiSecret, resolvePiiKey, resolvePlaygroundKey, withoutPassword } from "./services.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function configWith(env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "honjok-pii-"));
  dirs.push(dataDir);
  return loadConfig(baseConfig.extend(httpConfig.shape), { DATA_DIR: path.join(dataDir, "data"), ...env });
}

describe("the PII key", () => {
  it("is generated once into DATA_DIR/pii.key, readable by its owner only, and reused", async () => {
    const config = await configWith();
    const [first, racing] = await Promise.all([
      resolvePiiKey(config, testLogger),
      resolvePiiKey(config, testLogger),
    ]);
    expect(first).toHaveLength(32);
    expect(racing.equals(first)).toBe(true);
    const file = path.join(config.DATA_DIR, "pii.key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await readFile(file, "utf8"), "base64").equals(first)).toBe(true);
    expect((await resolvePiiKey(config, testLogger)).equals(first)).toBe(true);
  });

  it("is PII_KEY when set, and a PII_KEY of another length stops start-up naming it", async () => {
    const key = Buffer.alloc(32, 7);
    const config = await configWith({ PII_KEY: key.toString("base64") });
    expect((await resolvePiiKey(config, testLogger)).equals(key)).toBe(true);
    await expect(stat(path.join(config.DATA_DIR, "pii.key"))).rejects.toThrow();
    await expect(configWith({ PII_KEY: Buffer.alloc(16).toString("base64") })).rejects.toThrow(/PII_KEY/);
  });
});

describe("the playground key", () => {
  it("is generated once into DATA_DIR/playground.key, apart from the PII key, and reused", async () => {
    const config = await configWith();
    const key = await resolvePlaygroundKey(config, testLogger);
    expect(key).toHaveLength(32);
    expect((await stat(path.join(config.DATA_DIR, "playground.key"))).mode & 0o777).toBe(0o600);
    expect((await resolvePiiKey(config, testLogger)).equals(key)).toBe(false);
    expect((await resolvePlaygroundKey(config, testLogger)).equals(key)).toBe(true);
  });

  it("is PLAYGROUND_SECRET when set, and a PLAYGROUND_SECRET of another length stops start-up naming it", async () => {
    const key = Buffer.alloc(32, 9);
    const config = await configWith({ PLAYGROUND_SECRET: key.toString("base64") });
    expect((await resolvePlaygroundKey(config, testLogger)).equals(key)).toBe(true);
    await expect(stat(path.join(config.DATA_DIR, "playground.key"))).rejects.toThrow();
    await expect(configWith({ PLAYGROUND_SECRET: "too short" })).rejects.toThrow(/PLAYGROUND_SECRET/);
  });
});

describe("the Jitsi app secret", () => {
  it("is generated once into DATA_DIR/jitsi.key as 64 hex characters, readable by its owner only, and reused", async () => {
    const config = await configWith();
    const secret = await resolveJitsiSecret(config, testLogger);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(config.DATA_DIR, "jitsi.key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, "utf8")).toBe(secret);
    expect(await resolveJitsiSecret(config, testLogger)).toBe(secret);
  });

  it("is JITSI_APP_SECRET as given when set, and a short one stops start-up naming it", async () => {
    const given = "the deployment's JWT_APP_SECRET, 32+ characters";
    const config = await configWith({ JITSI_APP_SECRET: given });
    expect(await resolveJitsiSecret(config, testLogger)).toBe(given);
    await expect(stat(path.join(config.DATA_DIR, "jitsi.key"))).rejects.toThrow();
    await expect(configWith({ JITSI_APP_SECRET: "short" })).rejects.toThrow(/JITSI_APP_SECRET/);
  });
});

describe("a server's URL in the log", () => {
  it("names the server and hides its password", () => {
    expect(withoutPassword("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
    expect(withoutPassword("rediss://honjok:s3cr%40t@cache.example:6380/2")).toBe(
      "rediss://honjok:***@cache.example:6380/2",
    );
  });
});

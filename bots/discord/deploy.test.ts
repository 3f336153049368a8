import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_ID, GUILD_ID } from "../../test/fake-discord/messages.js";
import { type FakeDiscord, startFakeDiscord } from "../../test/fake-discord/server.js";
import { registerCommands } from "./registration.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TOKEN = "deploy-test-token-0123456789";
let api: FakeDiscord;

beforeAll(async () => {
  api = await startFakeDiscord();
});
afterAll(() => api?.close());

/** Runs `npm run discord:deploy`'s script with only the given Discord variables set. */
async function deploy(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("DISCORD_")),
  );
  try {
    await promisify(execFile)(`${root}node_modules/.bin/tsx`, ["bots/discord/deploy.ts"], {
      cwd: root,
      env: { ...inherited, LOG_LEVEL: "silent", ...env },
      timeout: 20_000,
    });
    return { code: 0, stderr: "" };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? "" };
  }
}

describe("npm run discord:deploy", () => {
  it("names the missing variables and exits 1", async () => {
    const { code, stderr } = await deploy({});
    expect(code).toBe(1);
    expect(stderr).toContain("DISCORD_TOKEN: required to register slash commands");
    expect(stderr).toContain("DISCORD_APPLICATION_ID: required to register slash commands");
    expect(api.calls).toEqual([]);
  });

  it("puts the commands to the guild of DISCORD_GUILD_ID through DISCORD_API_ROOT", async () => {
    const result = await deploy({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_ROOT: api.apiRoot,
    });
    expect(result).toEqual({ code: 0, stderr: "" });
    const [put] = await api.waitFor((call) => call.method === "PUT");
    expect(put?.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.authorization).toBe(`Bot ${TOKEN}`);
    const names = ((put?.body ?? []) as { name: string }[]).map((command) => command.name);
    expect(names).toContain("profile");
  });

  it("registers globally without a guild", async () => {
    const config = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_ROOT: api.apiRoot,
    };
    const { route, count } = await registerCommands(config);
    expect(route).toBe(`/applications/${APPLICATION_ID}/commands`);
    const puts = await api.waitFor((call) => call.method === "PUT" && call.path === `/api/v10${route}`);
    expect(puts[0]?.body).toHaveLength(count);
  });
});

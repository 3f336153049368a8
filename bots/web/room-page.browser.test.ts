import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newRoomName } from "../../core/workouts/rooms/rules.js";
import { createHttpApp, errorHandler, listen } from "../../runtime/http.js";
import { createTestAppContext, type TestAppContext } from "../../test/app-context.js";
import { testLogger } from "../../test/logger.js";
import { mountRoomPage } from "./room-page.js";
import { openPhoneBrowser, type PhoneBrowser } from "./test-browser.js";

// The room page in headless Chromium. A local server plays the Jitsi deployment: its
// external_api.js records what the page asks of it and lets the test hang up.

const FAKE_EXTERNAL_API = `
window.jitsiCalls = [];
window.JitsiMeetExternalAPI = class {
  constructor(domain, options) {
    this.listeners = {};
    window.jitsiApi = this;
    window.jitsiCalls.push({
      domain,
      roomName: options.roomName,
      jwt: options.jwt,
      lang: options.lang,
      prejoin: options.configOverwrite?.prejoinConfig?.enabled,
      parentNode: options.parentNode?.id,
    });
  }
  addListener(event, listener) { this.listeners[event] = listener; }
  dispose() { window.jitsiDisposed = true; }
};`;

const PASS = "header.payload.signature";

let test: TestAppContext;
let browser: PhoneBrowser;
let deployment: { origin: string; server: Server; requests: IncomingHttpHeaders[] };
let withDeployment: string;
let withoutDeployment: string;

function startFakeDeployment() {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push({ ...req.headers, path: req.url });
    if (req.url !== "/external_api.js") return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/javascript" }).end(FAKE_EXTERNAL_API);
  });
  return new Promise<typeof deployment>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, server, requests });
    }),
  );
}

async function startRoomPage(jitsiOrigin: string | undefined): Promise<string> {
  const app = createHttpApp({
    logger: testLogger,
    metrics: test.ctx.metrics,
    metricsToken: undefined,
    readiness: test.ctx.readiness,
  });
  mountRoomPage(app, test.ctx, { jitsiOrigin });
  app.use(errorHandler(testLogger));
  const server = await listen(app, "127.0.0.1", 0, test.shutdown);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function room({ ended = false } = {}) {
  const now = Date.now();
  const { name } = await test.ctx.db.videoRoom.create({
    data: {
      name: newRoomName(),
      purpose: "workout",
      opensAt: new Date(now - 5 * 60_000),
      closesAt: new Date(now + 25 * 60_000),
      endedAt: ended ? new Date(now) : null,
      endedBy: ended ? "host" : null,
    },
  });
  return name;
}

beforeAll(async () => {
  test = await createTestAppContext();
  deployment = await startFakeDeployment();
  withDeployment = await startRoomPage(deployment.origin);
  withoutDeployment = await startRoomPage(undefined);
  browser = await openPhoneBrowser();
});

afterAll(async () => {
  await browser?.close();
  deployment?.server.close();
  await test?.cleanup();
});

describe("the room page", () => {
  it("opens the deployment's room with the pass from the fragment, in the person's language, and says goodbye on leaving", async () => {
    const { page } = browser;
    const { translator } = test.ctx;
    const name = await room();
    await page.goto(`${withDeployment}/rooms/${name}?lang=en#jwt=${PASS}`);
    await page.waitForFunction(() => (window as { jitsiCalls?: unknown[] }).jitsiCalls?.length === 1);
    expect(await page.evaluate(() => (window as unknown as { jitsiCalls: unknown[] }).jitsiCalls)).toEqual([
      {
        domain: new URL(deployment.origin).host,
        roomName: name,
        jwt: PASS,
        lang: "en",
        prejoin: true,
        parentNode: "meet",
      },
    ]);
    // The pass stays in the browser: the deployment got the script asked for without it.
    expect(deployment.requests).toEqual([expect.objectContaining({ path: "/external_api.js" })]);
    expect(JSON.stringify(deployment.requests)).not.toContain(PASS);

    await page.evaluate(() =>
      (
        window as unknown as { jitsiApi: { listeners: Record<string, () => void> } }
      ).jitsiApi.listeners.readyToClose?.(),
    );
    await page.getByText(translator.translate("en", "room-page-left")).waitFor();
    expect(await page.evaluate(() => (window as { jitsiDisposed?: boolean }).jitsiDisposed)).toBe(true);
    expect(await page.locator("#meet").isHidden()).toBe(true);

    await page.goto(`${withDeployment}/rooms/${name}`);
    await page.getByText(translator.translate("ko", "room-page-no-pass")).waitFor();
  });

  it("says what the operator must set when no deployment is configured, and answers for ended and unknown rooms", async () => {
    const { page } = browser;
    const say = (key: string) => test.ctx.translator.translate("ko", key);
    const scriptsAsked = deployment.requests.length;
    const open = await page.goto(`${withoutDeployment}/rooms/${await room()}#jwt=${PASS}`);
    expect(open?.status()).toBe(503);
    await page.getByText(say("room-page-not-configured")).waitFor();
    expect(say("room-page-not-configured")).toContain("JITSI_DOMAIN");

    const ended = await page.goto(`${withDeployment}/rooms/${await room({ ended: true })}#jwt=${PASS}`);
    expect(ended?.status()).toBe(410);
    await page.getByText(say("room-page-over")).waitFor();

    const unknown = await page.goto(`${withDeployment}/rooms/${newRoomName()}#jwt=${PASS}`);
    expect(unknown?.status()).toBe(404);
    await page.getByText(say("room-page-unknown")).waitFor();
    expect(deployment.requests).toHaveLength(scriptsAsked);
  });
});

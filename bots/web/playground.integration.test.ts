import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "../../core/actions/table.js";
import { registerAccount } from "../../core/identity/mutations.js";
import { findProfileByAccount } from "../../core/identity/queries.js";
import { markSent, queueNotification } from "../../core/notifications/mutations.js";
import type { NewNotification } from "../../core/notifications/types.js";
import type { WebNotification } from "./inbox.js";
import type { WebOutcome } from "./render.js";
import { startTestPlayground, type TestPlayground } from "./test-server.js";

let playground: TestPlayground;

beforeAll(async () => {
  playground = await startTestPlayground();
});

afterAll(async () => {
  await playground?.stop();
});

type RequestHeaders = Record<string, string>;

/** One browser: it keeps the cookie the API last set and sends it back, as a browser does. */
function browser() {
  let cookie: string | undefined;
  async function call(method: string, path: string, body?: unknown, headers: RequestHeaders = {}) {
    const response = await fetch(`${playground.baseUrl}/playground/api${path}`, {
      method,
      headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}), ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const [setCookie] = response.headers.getSetCookie();
    if (setCookie) cookie = setCookie.split(";")[0];
    return {
      status: response.status,
      setCookie,
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  async function newPersona(name: string, language: "ko" | "en"): Promise<string> {
    const { status, body } = await call("POST", "/personas", { name, language });
    expect(status).toBe(201);
    return body.id as string;
  }

  async function send(personaId: string, input: unknown) {
    const { status, body } = await call("POST", `/personas/${personaId}/messages`, { input });
    expect(status).toBe(200);
    return body as unknown as WebOutcome;
  }

  return { call, newPersona, send, cookie: () => cookie };
}

/** The browser most tests use; others are strangers to its personas. */
const { call, newPersona, send } = browser();

function queue(notification: NewNotification) {
  return playground.ctx.db.$transaction((tx) => queueNotification(tx, notification));
}

async function rowCounts() {
  const { db } = playground.ctx;
  return { users: await db.user.count(), accounts: await db.account.count() };
}

const t = (language: "ko" | "en", key: string, params?: Record<string, string | number>) =>
  playground.ctx.translator.translate(language, key, params);

describe("personas", () => {
  it("makes a playground persona with a web account and lists it", async () => {
    const id = await newPersona("민지", "ko");
    const profile = await findProfileByAccount(playground.ctx.db, { platform: "web", externalId: id });
    expect(profile).toMatchObject({
      displayName: "민지",
      language: "ko",
      playground: true,
      platforms: ["web"],
    });
    const { body } = await call("GET", "/personas");
    expect(body.personas).toContainEqual({ id, displayName: "민지", language: "ko" });
  });

  it("answers an unknown persona with 404 and creates nothing", async () => {
    const before = await rowCounts();
    for (const id of [randomUUID(), "not-a-uuid"]) {
      expect(
        (await call("POST", `/personas/${id}/messages`, { input: { kind: "command", name: "start" } }))
          .status,
      ).toBe(404);
      expect((await call("GET", `/personas/${id}/inbox`)).status).toBe(404);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("can never act as a messenger account, even with the same external id", async () => {
    const { db } = playground.ctx;
    const disguised = randomUUID();
    await registerAccount(db, { platform: "telegram", externalId: "555", chatId: "555" });
    await registerAccount(db, { platform: "telegram", externalId: disguised, chatId: disguised });
    const before = await rowCounts();
    for (const id of ["555", disguised]) {
      const { status, body } = await call("POST", `/personas/${id}/messages`, {
        input: { kind: "command", name: "profile" },
      });
      expect(status).toBe(404);
      expect(body.error).toBe("not-found");
    }
    expect(await rowCounts()).toEqual(before);
    expect(await findProfileByAccount(db, { platform: "web", externalId: disguised })).toBeUndefined();
  });
});

describe("messages", () => {
  it("renders replies translated, with buttons, prompts and the command list", async () => {
    const id = await newPersona("Sam", "en");
    const asked = await send(id, { kind: "command", name: "start" });
    const [question] = asked.replies;
    expect(question?.text).toBe(t("en", "ask-language"));
    expect(question?.prompt).toMatchObject({
      kind: "choice",
      fields: [{ name: "language", label: "Language" }],
    });
    const korean = question?.buttons.flat().find((button) => button.label === "한국어");
    expect(korean).toBeDefined();

    const place = await send(id, { kind: "button", data: korean?.data });
    expect(place.language).toBe("ko");
    expect(place.replies[0]?.text).toBe(t("ko", "ask-area"));
    expect(place.replies[0]?.prompt?.kind).toBe("place");

    const help = await send(id, { kind: "command", name: "help" });
    expect(help.replies[0]?.text).toContain("/start — ");
  });

  it("answers a 2000-character text with the localized too-long reply and asks again", async () => {
    const id = await newPersona("긴글", "ko");
    const asked = await send(id, { kind: "command", name: "start" });
    const korean = asked.replies[0]?.buttons.flat().find((button) => button.label === "한국어");
    await send(id, { kind: "button", data: korean?.data });
    const outcome = await send(id, { kind: "text", text: "가".repeat(2000) });
    expect(outcome.replies[0]?.text).toBe(t("ko", "error-text-too-long", { max: 1000 }));
    expect(outcome.replies[1]?.prompt?.kind).toBe("place");
  });

  it("takes a shared location as a place", async () => {
    const id = await newPersona("Place", "en");
    const asked = await send(id, { kind: "command", name: "profile_area" });
    expect(asked.replies[0]?.prompt?.kind).toBe("place");
    const saved = await send(id, { kind: "place", lat: 37.5665, lng: 126.978, label: "Mangwon" });
    expect(saved.replies.map((reply) => reply.text).join("\n")).toContain("Mangwon");
  });

  it("counts a persona as verified, so no mail ever leaves the playground", async () => {
    const id = await newPersona("Vera", "en");
    const outcome = await send(id, { kind: "command", name: "verify" });
    expect(outcome.replies[0]?.text).toBe(t("en", "verify-already"));
    // Even by typing the e-mail command's name, which no button offers a persona.
    const asked = await send(id, { kind: "command", name: "verify_email" });
    expect(asked.replies[0]?.text).toBe(t("en", "ask-email"));
    const answered = await send(id, { kind: "text", text: "someone@example.com" });
    expect(answered.replies[0]?.text).toBe(t("en", "verify-already"));
    expect(await playground.ctx.db.emailCode.count()).toBe(0);
  });

  it("refuses a body over 16 kB with 413", async () => {
    const id = await newPersona("Big", "ko");
    const { status, body } = await call("POST", `/personas/${id}/messages`, {
      input: { kind: "text", text: "x".repeat(17 * 1024) },
    });
    expect(status).toBe(413);
    expect(body.message).toBe(t("ko", "playground-api-too-large"));
  });

  it("refuses malformed input with 400 and a reason in the page's language", async () => {
    const id = await newPersona("Bad", "ko");
    const before = await rowCounts();
    const wrongKind = await call("POST", `/personas/${id}/messages`, { input: { kind: "nope" } });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.message).toBe(t("ko", "playground-api-bad-request", { field: "input.kind" }));
    const english = await call(
      "POST",
      `/personas/${id}/messages`,
      { input: { kind: "place", lat: 99, lng: 0 } },
      {
        "Accept-Language": "en",
      },
    );
    expect(english.status).toBe(400);
    expect(english.body.message).toBe(t("en", "playground-api-bad-request", { field: "input.lat" }));
    const notJson = await call("POST", `/personas/${id}/messages`, "{not json");
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toBe(t("ko", "playground-api-bad-json"));
    expect((await call("POST", "/personas", { name: "", language: "fr" })).status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it("cleans NUL and control characters out of every text before anything else reads it", async () => {
    const id = await newPersona("민\u0000지\u202E", "ko");
    const profile = await findProfileByAccount(playground.ctx.db, { platform: "web", externalId: id });
    expect(profile?.displayName).toBe("민지");
    await send(id, { kind: "command", name: "profile_area", text: "\u0007" });
    const saved = await send(id, { kind: "place", lat: 37.5665, lng: 126.978, label: "망원\u0000동" });
    expect(saved.replies.map((reply) => reply.text).join("\n")).toContain("망원동");
    await send(id, { kind: "command", name: "profile_area" });
    const typed = await send(id, { kind: "text", text: "마포\u0000구" });
    expect(typed.replies.map((reply) => reply.text).join("\n")).toContain("마포구");
    const nothingLeft = await call("POST", `/personas/${id}/messages`, {
      input: { kind: "text", text: "\u0000" },
    });
    expect(nothingLeft.status).toBe(400);
    expect(nothingLeft.body.field).toBe("input.text");
  });

  it("refuses a name that is blank once cleaned with 400 and a reason in the page's language", async () => {
    const before = await rowCounts();
    for (const name of ["\u0000", " \u0001\u200B ", "\u3164", "가".repeat(41)]) {
      const korean = await call("POST", "/personas", { name, language: "ko" });
      expect(korean).toEqual({
        status: 400,
        body: { error: "invalid-input", field: "name", message: t("ko", "playground-api-name-invalid") },
      });
      const english = await call("POST", "/personas", { name, language: "ko" }, { "Accept-Language": "en" });
      expect(english.body.message).toBe(t("en", "playground-api-name-invalid"));
    }
    expect(t("en", "playground-api-name-invalid")).not.toBe(t("ko", "playground-api-name-invalid"));
    expect(await rowCounts()).toEqual(before);
  });

  it("takes a photo only as a small data: image, the way the page sends one", async () => {
    const id = await newPersona("Photo", "ko");
    const photo = (ref: string) => ({ kind: "photo", photo: { platform: "web", ref } });
    const pixel =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    // Without a photos question open it is answered like any unexpected message.
    const unexpected = await send(id, photo(pixel));
    expect(unexpected.replies[0]?.text).toContain(t("ko", "unknown-text"));

    const before = await rowCounts();
    for (const ref of [
      "https://example.com/chair.png",
      "data:text/html;base64,PHNjcmlwdD4=",
      `data:image/webp;base64,${"A".repeat(1024)}`,
    ]) {
      const refused = await call("POST", `/personas/${id}/messages`, { input: photo(ref) });
      expect(refused.status).toBe(400);
      expect(refused.body.field).toBe("input.photo.ref");
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("counts web updates and their duration", async () => {
    const metrics = await playground.ctx.metrics.registry.metrics();
    expect(metrics).toMatch(/honjok_updates_handled_total\{platform="web",kind="command"\} [1-9]/);
    expect(metrics).toMatch(/honjok_command_duration_seconds_count\{platform="web",command="start"\} [1-9]/);
  });
});

describe("inbox", () => {
  async function personaWithUser(name: string, language: "ko" | "en") {
    const id = await newPersona(name, language);
    const profile = await findProfileByAccount(playground.ctx.db, { platform: "web", externalId: id });
    return { id, userId: profile?.userId ?? "" };
  }

  it("shows a notification and its buttons once the worker has marked it sent, in the persona's language", async () => {
    const { db } = playground.ctx;
    const { id, userId } = await personaWithUser("Inbox", "en");
    const help = actions.help();
    const notificationId = await queue({
      userId,
      messageKey: "notify-account-linked",
      params: { platform: "telegram" },
      buttons: [[{ label: { key: "button-skip" }, action: help }]],
    });
    expect((await call("GET", `/personas/${id}/inbox`)).body.notifications).toEqual([]);

    await markSent(db, notificationId, "web");
    const { body } = await call("GET", `/personas/${id}/inbox`);
    expect(body).toMatchObject({
      language: "en",
      notifications: [
        {
          id: notificationId,
          text: t("en", "notify-account-linked", { platform: "telegram" }),
          buttons: [[{ label: t("en", "button-skip"), data: help }]],
        },
      ],
    });
    const [delivered] = body.notifications as WebNotification[];
    const pressed = await send(id, { kind: "button", data: delivered?.buttons[0]?.[0]?.data });
    expect(pressed.replies[0]?.text).toContain("/start — ");

    const later = await call(
      "GET",
      `/personas/${id}/inbox?after=${encodeURIComponent(delivered?.sentAt ?? "")}`,
    );
    expect(later.body.notifications).toEqual([]);
    expect((await call("GET", `/personas/${id}/inbox?after=yesterday`)).status).toBe(400);
  });

  it("keeps an ephemeral message's words until the page has read them, then erases them", async () => {
    const { db } = playground.ctx;
    const { id, userId } = await personaWithUser("Relay", "ko");
    const words = { name: "오늘 저녁에 받을 수 있을까요?" };
    const notificationId = await queue({ userId, messageKey: "start-done", params: words, ephemeral: true });
    await markSent(db, notificationId, "web");

    const { body } = await call("GET", `/personas/${id}/inbox`);
    expect(body.notifications).toMatchObject([{ id: notificationId, text: t("ko", "start-done", words) }]);
    expect((await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).params).toEqual({});
    expect((await call("GET", `/personas/${id}/inbox`)).body.notifications).toEqual([]);
  });
});

describe("whose personas", () => {
  /** A persona with a notification waiting in its inbox, made by a browser of its own. */
  async function personaWithMail() {
    const owner = browser();
    const id = await owner.newPersona("Owner", "en");
    const profile = await findProfileByAccount(playground.ctx.db, { platform: "web", externalId: id });
    const notificationId = await queue({
      userId: profile?.userId ?? "",
      messageKey: "start-done",
      params: { name: "secret words" },
      ephemeral: true,
    });
    await markSent(playground.ctx.db, notificationId, "web");
    return { owner, id, notificationId };
  }

  /** What a stranger gets for the persona: the same 404 as for an id that never existed. */
  async function expectHiddenFrom(
    stranger: ReturnType<typeof browser>,
    id: string,
    headers: RequestHeaders = {},
  ) {
    const notFound = { status: 404, body: { error: "not-found" } };
    const message = { input: { kind: "command", name: "profile" } };
    expect(await stranger.call("POST", `/personas/${id}/messages`, message, headers)).toMatchObject(notFound);
    expect(await stranger.call("GET", `/personas/${id}/inbox`, undefined, headers)).toMatchObject(notFound);
    expect(await stranger.call("POST", `/personas/${randomUUID()}/messages`, message, headers)).toEqual(
      await stranger.call("POST", `/personas/${id}/messages`, message, headers),
    );
    const listed = await stranger.call("GET", "/personas", undefined, headers);
    expect(listed.status).toBe(200);
    expect(listed.body.personas).not.toContainEqual(expect.objectContaining({ id }));
  }

  it("sets a signed, HttpOnly, SameSite=Strict cookie for the page's path only, over http not Secure", async () => {
    const { setCookie } = await browser().call("POST", "/personas", { name: "Cookie", language: "ko" });
    expect(setCookie).toMatch(/^honjok_personas=[^;]+\.[^;]+;/);
    const attributes = setCookie?.split("; ").slice(1) ?? [];
    expect(attributes).toEqual(expect.arrayContaining(["Path=/playground", "HttpOnly", "SameSite=Strict"]));
    expect(attributes).not.toContain("Secure");
  });

  it("lists a browser's own personas only, newest use first", async () => {
    const mine = browser();
    const first = await mine.newPersona("First", "ko");
    const second = await mine.newPersona("Second", "en");
    await mine.send(first, { kind: "command", name: "help" });
    const theirs = await browser().newPersona("Theirs", "ko");
    const { body } = await mine.call("GET", "/personas");
    expect(body.personas).toEqual([
      { id: first, displayName: "First", language: "ko" },
      { id: second, displayName: "Second", language: "en" },
    ]);
    expect(body.personas).not.toContainEqual(expect.objectContaining({ id: theirs }));
  });

  it("keeps another browser, with no cookie or its own, from sending as a persona, reading its inbox or listing it", async () => {
    const { owner, id, notificationId } = await personaWithMail();
    const before = await rowCounts();
    await expectHiddenFrom(browser(), id);
    const other = browser();
    const otherId = await other.newPersona("Other", "ko");
    await expectHiddenFrom(other, id);
    expect((await other.call("GET", "/personas")).body.personas).toEqual([
      { id: otherId, displayName: "Other", language: "ko" },
    ]);

    expect(await rowCounts()).toEqual({ users: before.users + 1, accounts: before.accounts + 1 });
    // Nothing the stranger did read (and so erased) the owner's message.
    const { body } = await owner.call("GET", `/personas/${id}/inbox`);
    expect(body.notifications).toMatchObject([
      { id: notificationId, text: expect.stringContaining("secret words") },
    ]);
    expect((await owner.call("GET", "/personas")).body.personas).toEqual([
      { id, displayName: "Owner", language: "en" },
    ]);
  });

  it("refuses a cookie that was changed, signed with another key, not signed or garbled", async () => {
    const { owner, id } = await personaWithMail();
    const stranger = browser();
    const strangerId = await stranger.newPersona("Stranger", "ko");
    const [name, value] = (stranger.cookie() ?? "").split("=") as [string, string];
    const signature = decodeURIComponent(value).split(".").at(-1);
    const cookieOf = (raw: string) => ({ Cookie: `${name}=${encodeURIComponent(raw)}` });
    // cookie-parser's signed value: `s:<value>.<base64 HMAC-SHA256 without padding>`.
    const otherKey = createHmac("sha256", randomBytes(32)).update(id).digest("base64").replace(/=+$/, "");
    for (const forged of [
      `s:${id}.${signature}`,
      `s:${strangerId},${id}.${signature}`,
      `s:${id}.${otherKey}`,
      `s:${id}`,
      id,
      "%E0%A4%A",
    ]) {
      await expectHiddenFrom(stranger, id, cookieOf(forged));
      expect((await stranger.call("GET", "/personas", undefined, cookieOf(forged))).body.personas).toEqual(
        [],
      );
    }
    // The owner's own cookie still works, so the refusals above are the forgeries'.
    expect((await owner.call("GET", `/personas/${id}/inbox`)).status).toBe(200);
  });
});

describe("the page and its strings", () => {
  it("serves the page and its scripts under a strict content policy", async () => {
    const page = await fetch(`${playground.baseUrl}/playground`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain('src="/playground/app.js"');
    const script = await fetch(`${playground.baseUrl}/playground/app.js`);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await call("GET", "/nowhere")).status).toBe(404);
  });

  it("has the same playground keys in Korean and English, Korean by default", async () => {
    const { translator } = playground.ctx;
    const own = (language: "ko" | "en") =>
      translator
        .keys(language)
        .filter((key) => key.startsWith("playground-"))
        .sort();
    expect(own("ko")).toEqual(own("en"));
    const korean = await call("GET", "/strings");
    const english = await call("GET", "/strings?lang=en");
    expect(korean.body.language).toBe("ko");
    expect(Object.keys(korean.body.strings as object).sort()).toEqual(
      Object.keys(english.body.strings as object).sort(),
    );
    expect((korean.body.strings as Record<string, string>)["playground-title"]).toBe(
      t("ko", "playground-title"),
    );
    expect((korean.body.strings as Record<string, string>)["error-unexpected"]).toBe(
      t("ko", "error-unexpected"),
    );
    expect((await call("GET", "/strings?lang=fr")).status).toBe(400);
  });
});

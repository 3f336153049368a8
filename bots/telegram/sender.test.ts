import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { classifyTelegramError } from "./sender.js";

const payload = { chat_id: "42", text: "a private message" };

function telegramError(error_code: number, description: string, parameters = {}) {
  return new GrammyError(
    `Call to 'sendMessage' failed! (${error_code}: ${description})`,
    { ok: false, error_code, description, parameters },
    "sendMessage",
    payload,
  );
}

describe("telegram error classification", () => {
  it("turns a 429 into a pause of retry_after seconds", () => {
    expect(
      classifyTelegramError(telegramError(429, "Too Many Requests: retry after 7", { retry_after: 7 })),
    ).toEqual({
      kind: "rate-limited",
      retryAfterMs: 7000,
    });
  });

  it("gives up on a blocked bot or a missing chat", () => {
    expect(classifyTelegramError(telegramError(403, "Forbidden: bot was blocked by the user"))).toEqual({
      kind: "permanent",
      reason: "telegram 403: Forbidden: bot was blocked by the user",
    });
    expect(classifyTelegramError(telegramError(400, "Bad Request: chat not found")).kind).toBe("permanent");
  });

  it("retries server errors, network errors and a wrong token", () => {
    expect(classifyTelegramError(telegramError(500, "Internal Server Error")).kind).toBe("transient");
    expect(classifyTelegramError(telegramError(401, "Unauthorized")).kind).toBe("transient");
    const network = new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET"));
    expect(classifyTelegramError(network)).toEqual({
      kind: "transient",
      reason: "telegram: Network request for 'sendMessage' failed!",
    });
  });

  it("never puts the text or the chat id in the reason", () => {
    for (const code of [400, 403, 500]) {
      const failure = classifyTelegramError(telegramError(code, "Some description"));
      expect(JSON.stringify(failure)).not.toMatch(/private message|42/);
    }
  });
});

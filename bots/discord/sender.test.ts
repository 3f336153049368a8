import { DiscordAPIError, HTTPError } from "discord.js";
import { describe, expect, it } from "vitest";
import { classifyDiscordError } from "./sender.js";

function discordError(status: number, code: number, message: string) {
  return new DiscordAPIError(
    { code, message },
    code,
    status,
    "POST",
    "https://discord.test/api/v10/channels/9/messages",
    {
      body: { content: "a private message" },
    },
  );
}

describe("discord error classification", () => {
  it("gives up when the person cannot be messaged or does not exist", () => {
    expect(classifyDiscordError(discordError(403, 50007, "Cannot send messages to this user"))).toEqual({
      kind: "permanent",
      reason: "discord 403 50007: Cannot send messages to this user",
    });
    expect(classifyDiscordError(discordError(404, 10013, "Unknown User")).kind).toBe("permanent");
  });

  it("retries server errors and anything unexpected, without the text or the channel", () => {
    const server = new HTTPError(
      502,
      "Bad Gateway",
      "POST",
      "https://discord.test/api/v10/channels/9/messages",
      {
        body: { content: "a private message" },
      },
    );
    const failure = classifyDiscordError(server);
    expect(failure).toEqual({ kind: "transient", reason: "discord 502: Bad Gateway" });
    expect(classifyDiscordError(new TypeError("boom"))).toEqual({
      kind: "transient",
      reason: "discord: TypeError",
    });
  });
});

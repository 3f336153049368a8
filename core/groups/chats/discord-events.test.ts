import { describe, expect, it } from "vitest";
import { discordEventStep } from "./discord-events.js";
import type { DiscordEventTask } from "./types.js";

const now = new Date("2026-11-21T12:00:00Z");
const task = (startInMin: number, extra: Partial<DiscordEventTask> = {}): DiscordEventTask => ({
  meetupId: "m",
  groupChatId: "c",
  guildId: "g",
  eventId: undefined,
  version: 1,
  cancelled: false,
  title: "풋살",
  videoRoom: false,
  startAt: new Date(now.getTime() + startInMin * 60_000),
  endAt: new Date(now.getTime() + (startInMin + 120) * 60_000),
  placeLabel: undefined,
  costNote: undefined,
  groupName: "모임",
  language: "ko",
  ...extra,
});

describe("the step that brings a Discord event in line with its meetup", () => {
  it("creates events only for meetups still ahead and not cancelled", () => {
    expect(discordEventStep(task(30), now)).toBe("create");
    expect(discordEventStep(task(-1), now)).toBe("none");
    expect(discordEventStep(task(30, { cancelled: true }), now)).toBe("none");
  });

  it("edits or cancels an event made earlier, until the meetup begins", () => {
    expect(discordEventStep(task(30, { eventId: "e" }), now)).toBe("update");
    expect(discordEventStep(task(30, { eventId: "e", cancelled: true }), now)).toBe("cancel");
    expect(discordEventStep(task(0, { eventId: "e", cancelled: true }), now)).toBe("none");
  });
});

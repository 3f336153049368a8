import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerAction, decodeAction, MAX_ACTION_BYTES, skipAction } from "./codec.js";
import { actions } from "./table.js";

describe("button actions", () => {
  it("round-trip commands, answers and skips", () => {
    expect(decodeAction(actions.settings({ language: "en" }))).toEqual({
      type: "command",
      command: "settings",
      args: { language: "en" },
    });
    expect(decodeAction(answerAction("language", "ko"))).toEqual({
      type: "answer",
      field: "language",
      value: "ko",
    });
    expect(decodeAction(skipAction("area"))).toEqual({ type: "skip", field: "area" });
  });

  it("refuse data that would not fit a Telegram button", () => {
    expect(() => actions.groups({ query: "가".repeat(20) })).toThrow();
    expect(() => answerAction("bio", "y".repeat(60))).toThrow();
  });

  it("let two ids fit in one button", () => {
    const data = actions.joinApprove({ groupId: randomUUID(), requesterId: randomUUID() });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
  });

  it("read anything else as unknown", () => {
    for (const data of ["", "x|y|z", "c|", "a|field", "🙂"]) expect(decodeAction(data)).toBeUndefined();
  });
});

/** The named arguments of a command button, or undefined for anything else. */
function argsOf(data: string) {
  const action = decodeAction(data);
  return action?.type === "command" ? action.args : undefined;
}

describe("a pressed command button", () => {
  const meetupId = randomUUID();
  const userId = randomUUID();

  it("gives back its arguments by name, ids whole", () => {
    expect(decodeAction(actions.checkinFor({ meetupId, attendeeId: userId }))).toEqual({
      type: "command",
      command: "checkin_for",
      args: { meetupId, attendeeId: userId },
    });
    expect(argsOf(actions.rsvp({ meetupId, answer: "maybe" }))).toEqual({ meetupId, answer: "maybe" });
    expect(argsOf(actions.groupBoard({ groupId: meetupId, page: 3 }))).toEqual({
      groupId: meetupId,
      page: "3",
    });
    expect(argsOf(actions.groupWrite({ groupId: meetupId, announcement: true }))).toEqual({
      groupId: meetupId,
      announcement: "1",
    });
    expect(argsOf(actions.meetups())).toEqual({});
  });

  it("gives back a search's words and place as they were typed", () => {
    const place = { lat: 37.4852, lng: 126.9294 };
    expect(argsOf(actions.groups({ page: 2, query: "풋살", place }))).toEqual({
      page: "2",
      query: "풋살",
      place: "37.4852,126.9294",
    });
    expect(argsOf(actions.groups({ query: "#운동 모임", category: "sports" }))).toEqual({
      query: "#운동 모임",
      category: "sports",
    });
  });

  it("reads the buttons already sent in chats, spelled as they were", () => {
    const itemId = "123e4567-e89b-42d3-a456-426614174000";
    expect(decodeAction("c|item_renew|i=Ej5FZ-ibQtOkVkJmFBdAAA")).toEqual({
      type: "command",
      command: "item_renew",
      args: { itemId },
    });
    expect(argsOf("c|rsvp|m=Ej5FZ-ibQtOkVkJmFBdAAA&s=going")).toEqual({
      meetupId: itemId,
      answer: "going",
    });
    expect(decodeAction("c|help|")).toEqual({ type: "command", command: "help", args: {} });
  });

  it("is nothing when tampered with: an unknown command, id, key or value, or a missing argument", () => {
    const real = actions.rsvp({ meetupId, answer: "going" });
    for (const data of [
      "c|delete_everything|",
      "c|item_renew|i=AAAA",
      "c|item_renew|",
      "c|item_renew|itemId=123e4567-e89b-42d3-a456-426614174000",
      `${real}&confirm=yes`,
      real.replace("going", "always"),
      "c|group_board|g=Ej5FZ-ibQtOkVkJmFBdAAA&n=-1",
      "c|group_write|g=Ej5FZ-ibQtOkVkJmFBdAAA&a=0",
      "c|groups|q=%%%",
      "c|groups|place=somewhere",
    ]) {
      expect(decodeAction(data), data).toBeUndefined();
    }
  });
});

import { describe, expect, it } from "vitest";
import type { DialogState } from "./dialogs.js";
import { commandBook, placeWords } from "./engine.js";
import { parseFieldValue } from "./fields.js";
import { homeAreaField } from "./identity/fields.js";
import { allCommands } from "./registry.js";

// Which typed words the dispatcher asks the geocoder about before stepping, and how the engine
// reads what it found.

const book = commandBook(allCommands);
const chat = { id: "42", kind: "private" as const, canManage: true };

function awaiting(command: string, field: string): DialogState {
  return { command, args: {}, skipped: [], awaiting: field, chatId: chat.id };
}

describe("placeWords", () => {
  it("names a typed answer to a place question, from the chat the dialog began in only", () => {
    const dialog = awaiting("market", "place");
    expect(placeWords(dialog, { kind: "text", text: " 망원한강공원 ", chat }, book)).toEqual([
      "망원한강공원",
    ]);
    expect(
      placeWords(
        dialog,
        { kind: "text", text: "망원한강공원", chat: { id: "9", kind: "group", canManage: false } },
        book,
      ),
    ).toEqual([]);
    expect(placeWords(undefined, { kind: "text", text: "망원한강공원", chat }, book)).toEqual([]);
  });

  it("names nothing typed for another kind of question, nor blanks", () => {
    expect(
      placeWords(awaiting("profile_bio", "bio"), { kind: "text", text: "망원한강공원", chat }, book),
    ).toEqual([]);
    expect(placeWords(awaiting("market", "place"), { kind: "text", text: "   ", chat }, book)).toEqual([]);
  });

  it("names a place given as an option, as the words after the command, or in a form, and no other value", () => {
    const options = {
      kind: "command" as const,
      name: "market",
      options: { place: "홍대입구역", keyword: "의자" },
    };
    expect(placeWords(undefined, options, book)).toEqual(["홍대입구역"]);
    expect(placeWords(undefined, { kind: "command", name: "board", text: "망원한강공원" }, book)).toEqual([
      "망원한강공원",
    ]);
    expect(placeWords(undefined, { kind: "command", name: "market", text: "의자" }, book)).toEqual([]);
    const form = {
      kind: "form" as const,
      command: "market",
      values: { place: "망원한강공원", keyword: "책상" },
    };
    expect(placeWords(undefined, form, book)).toEqual(["망원한강공원"]);
  });
});

describe("a place field with geocoded places", () => {
  const park = { lat: 37.555, lng: 126.896, label: "망원한강공원", precision: 100 };
  const found = new Map([["망원한강공원", park]]);

  it("reads a name the geocoder found, and the gazetteer's names and coordinates as before", () => {
    expect(parseFieldValue(homeAreaField, " 망원한강공원", found)).toEqual(park);
    expect(parseFieldValue(homeAreaField, "마포구", new Map([["마포구", park]]))).toMatchObject({
      label: "마포구",
    });
    expect(parseFieldValue(homeAreaField, "37.5, 127", found)).toMatchObject({ lat: 37.5 });
  });

  it("still refuses a name neither knows", () => {
    expect(() => parseFieldValue(homeAreaField, "망원한강공원")).toThrow(/place-unknown/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { registerAccount } from "../identity/mutations.js";
import { changePrice } from "../market/items/mutations.js";
import { codeOf, gangnam, listedItem, near, person, sillim } from "../market/test-seed.js";
import { markSold } from "../market/trades/mutations.js";
import { clearBoardSyncDue, recordBoardCard, removeBoard, setBoard } from "./mutations.js";
import { findItemsDueForBoards, getBoardSync } from "./queries.js";
import type { BoardChat } from "./schema.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

let nextChat = 1;
const managedGroup = (): BoardChat => ({
  platform: "telegram",
  id: String(-1000 - nextChat++),
  kind: "group",
  canManage: true,
});
const settings = (radiusM = 3000) => ({
  place: { ...sillim, precision: 0 },
  radiusM,
  language: "ko" as const,
});

describe("setting a board", () => {
  it("makes a managed chat a board around a rounded centre, and changes it in place", async () => {
    const { db } = database;
    const userId = await person(db);
    const chat = managedGroup();
    const first = await setBoard(db, userId, chat, settings());
    expect(first).toMatchObject({ platform: "telegram", chatId: chat.id, radiusM: 3000, language: "ko" });
    expect(first.centre).not.toEqual({ ...sillim, precision: 0 });
    expect(Math.abs(first.centre.lat - sillim.lat)).toBeLessThan(0.005);

    const second = await setBoard(db, userId, chat, { ...settings(10_000), language: "en" });
    expect(second).toMatchObject({ id: first.id, radiusM: 10_000, language: "en", centre: first.centre });
  });

  it("is refused in a private chat and to people who do not run the chat", async () => {
    const { db } = database;
    const userId = await person(db);
    const privateChat: BoardChat = { platform: "discord", id: "1", kind: "private", canManage: true };
    expect(await codeOf(setBoard(db, userId, privateChat, settings()))).toBe("board-private-chat");
    const notManaged = { ...managedGroup(), canManage: false };
    expect(await codeOf(setBoard(db, userId, notManaged, settings()))).toBe("board-not-manager");
    expect(await codeOf(removeBoard(db, notManaged))).toBe("board-not-manager");
    expect(await db.board.count({ where: { chatId: { in: [privateChat.id, notManaged.id] } } })).toBe(0);
  });

  it("takes a radius from 1 to 10 km in whole metres", async () => {
    const { db } = database;
    const userId = await person(db);
    for (const radiusM of [999, 10_001, 2500.5]) {
      expect(await codeOf(setBoard(db, userId, managedGroup(), settings(radiusM))), String(radiusM)).toBe(
        "invalid-input",
      );
    }
    for (const radiusM of [1000, 10_000]) {
      expect(await codeOf(setBoard(db, userId, managedGroup(), settings(radiusM)))).toBeUndefined();
    }
  });

  it("is stopped by someone who runs the chat, once", async () => {
    const { db } = database;
    const chat = managedGroup();
    await setBoard(db, await person(db), chat, settings());
    expect(await removeBoard(db, chat)).toBe(true);
    expect(await removeBoard(db, chat)).toBe(false);
  });
});

describe("what a board shows", () => {
  it("takes a real listed item inside its circle, never one outside or a playground persona's", async () => {
    const { db } = database;
    const board = await setBoard(db, await person(db), managedGroup(), settings(1000));
    const sellerId = await person(db, "판매자");
    const inside = await listedItem(db, sellerId, { at: near(board.centre, 700) });
    const outside = await listedItem(db, sellerId, { at: near(board.centre, 1500) });
    const persona = await registerAccount(db, { platform: "web", externalId: "board-persona" });
    const playground = await listedItem(db, persona.userId, { at: board.centre });

    const targets = async (itemId: string) =>
      (await getBoardSync(db, itemId))?.targets.filter((target) => target.board.id === board.id) ?? [];
    const [target] = await targets(inside);
    expect(target).toMatchObject({
      post: undefined,
      view: { id: inside, status: "available", distanceM: 500 },
    });
    expect(await targets(outside)).toEqual([]);
    expect(await targets(playground)).toEqual([]);
  });

  it("keeps editing a posted card after the item left the market", async () => {
    const { db } = database;
    const board = await setBoard(db, await person(db), managedGroup(), settings());
    const sellerId = await person(db, "판매자");
    const itemId = await listedItem(db, sellerId, { at: gangnam });
    const gangnamBoard = await setBoard(db, await person(db), managedGroup(), {
      ...settings(),
      place: { ...gangnam, precision: 0 },
    });
    // Published is version 2 (the draft was 1); sold, 3.
    await recordBoardCard(db, { boardId: gangnamBoard.id, itemId, messageId: "42", version: 2 });
    await markSold(db, itemId, sellerId, undefined);

    const sync = await getBoardSync(db, itemId);
    expect(sync).toMatchObject({ listed: false, hidden: false, version: 3 });
    expect(sync?.targets.map((target) => [target.board.id, target.post])).toEqual([
      [gangnamBoard.id, { messageId: "42", version: 2 }],
    ]);
    expect(sync?.targets.some((target) => target.board.id === board.id)).toBe(false);
  });
});

describe("marking cards up to date", () => {
  it("clears an item only at the version that was synced, so a change made meanwhile is not lost", async () => {
    const { db } = database;
    const sellerId = await person(db, "판매자");
    const itemId = await listedItem(db, sellerId);
    const synced = (await findItemsDueForBoards(db, 1000)).find((due) => due.itemId === itemId);
    expect(synced).toEqual({ itemId, version: 2 });

    await changePrice(db, itemId, sellerId, 5_000);
    expect(await clearBoardSyncDue(db, itemId, 2)).toBe(false);
    expect((await findItemsDueForBoards(db, 1000)).find((due) => due.itemId === itemId)).toEqual({
      itemId,
      version: 3,
    });
    expect(await clearBoardSyncDue(db, itemId, 3)).toBe(true);
    expect((await findItemsDueForBoards(db, 1000)).some((due) => due.itemId === itemId)).toBe(false);
  });
});

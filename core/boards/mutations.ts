import type { Database } from "../db/client.js";
import { parseOrRefuse } from "../errors.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../place.js";
import { toBoard } from "./queries.js";
import { refuseUnmanagedChat } from "./rules.js";
import { type BoardChat, type BoardSettings, boardChatSchema, boardSettingsSchema } from "./schema.js";
import type { Board } from "./types.js";

function managedChat(chat: BoardChat): BoardChat {
  const parsed = parseOrRefuse(boardChatSchema, chat);
  refuseUnmanagedChat(parsed);
  return parsed;
}

/** Makes the chat a neighbourhood board, or changes its area, radius and language. */
export async function setBoard(
  db: Database,
  userId: string,
  chat: BoardChat,
  settings: BoardSettings,
): Promise<Board> {
  const { platform, id: chatId } = managedChat(chat);
  const { place, radiusM, language } = parseOrRefuse(boardSettingsSchema, settings);
  // Shown back to everyone in the chat, and whoever set it may have typed their own doorstep.
  const { lat, lng } = approximate(place, HOME_AREA_PRECISION_METRES);
  const row = await db.board.upsert({
    where: { platform_chatId: { platform, chatId } },
    update: { lat, lng, radiusM, language },
    create: { platform, chatId, lat, lng, radiusM, language, createdById: userId },
  });
  return toBoard(row);
}

/** Stops the chat's board; its cards stay as they are. False when the chat had none. */
export async function removeBoard(db: Database, chat: BoardChat): Promise<boolean> {
  const { platform, id: chatId } = managedChat(chat);
  const { count } = await db.board.deleteMany({ where: { platform, chatId } });
  return count > 0;
}

/** The card of an item on a board now shows `version`; the first call records where the card is. */
export async function recordBoardCard(
  db: Database,
  card: { boardId: string; itemId: string; messageId: string; version: number },
): Promise<void> {
  const { boardId, itemId, messageId, version } = card;
  await db.boardPost.upsert({
    where: { boardId_itemId: { boardId, itemId } },
    update: { version },
    create: { boardId, itemId, messageId, version },
  });
}

/**
 * Marks the item's cards up to date, but only if it is still at the version they were synced
 * to: a change made during the sync keeps the item due, so the next scan brings that one too.
 */
export async function clearBoardSyncDue(db: Database, itemId: string, version: number): Promise<boolean> {
  const { count } = await db.item.updateMany({
    where: { id: itemId, version, boardSyncDueAt: { not: null } },
    data: { boardSyncDueAt: null },
  });
  return count > 0;
}

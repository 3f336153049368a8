import { boundingBox, metresBetween } from "../cells.js";
import type { Database, Prisma } from "../db/client.js";
import { getItemViewsFrom } from "../market/queries.js";
import { HOME_AREA_PRECISION_METRES } from "../place.js";
import { MAX_BOARD_RADIUS_M } from "./rules.js";
import { type Board, type BoardPlatform, type BoardSync, boardPlatforms } from "./types.js";

type BoardRow = Prisma.BoardGetPayload<object>;

export function toBoard(row: BoardRow): Board {
  return {
    id: row.id,
    platform: row.platform as BoardPlatform,
    chatId: row.chatId,
    centre: { lat: row.lat, lng: row.lng, precision: HOME_AREA_PRECISION_METRES },
    radiusM: row.radiusM,
    language: row.language,
  };
}

export async function findBoard(
  db: Database,
  platform: BoardPlatform,
  chatId: string,
): Promise<Board | undefined> {
  const row = await db.board.findUnique({ where: { platform_chatId: { platform, chatId } } });
  return row ? toBoard(row) : undefined;
}

/** Items whose board cards show an older state, as the [boardSyncDueAt] index lists them, oldest change first. */
export async function findItemsDueForBoards(
  db: Database,
  limit: number,
): Promise<{ itemId: string; version: number }[]> {
  const rows = await db.item.findMany({
    where: { boardSyncDueAt: { not: null } },
    orderBy: { boardSyncDueAt: "asc" },
    take: limit,
    select: { id: true, version: true },
  });
  return rows.map((row) => ({ itemId: row.id, version: row.version }));
}

/** Boards whose circle holds the point; boards are few, so a box on the table and an exact distance suffice. */
async function boardsAround(db: Database, point: { lat: number; lng: number }): Promise<BoardRow[]> {
  const box = boundingBox(point.lat, point.lng, MAX_BOARD_RADIUS_M);
  const rows = await db.board.findMany({
    where: {
      platform: { in: [...boardPlatforms] },
      lat: { gte: box.minLat, lte: box.maxLat },
      lng: { gte: box.minLng, lte: box.maxLng },
    },
  });
  return rows.filter((board) => metresBetween(board, point) <= board.radiusM);
}

/**
 * Every board the item's card is on or belongs on: a listed real item goes on the boards around
 * it, and a card already posted stays that board's to edit whatever became of the item since.
 * Playground items never reach a board: personas' listings are not for real people.
 */
export async function getBoardSync(db: Database, itemId: string): Promise<BoardSync | undefined> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { version: true, listed: true, hiddenAt: true, playground: true, lat: true, lng: true },
  });
  if (!item) return undefined;
  const [posts, nearby] = await Promise.all([
    db.boardPost.findMany({ where: { itemId }, include: { board: true } }),
    item.listed && !item.playground ? boardsAround(db, item) : [],
  ]);
  const postByBoard = new Map(posts.map((post) => [post.boardId, post]));
  const boards = [
    ...new Map([...posts.map((post) => post.board), ...nearby].map((row) => [row.id, row])).values(),
  ];
  // Most items are near no board: they are settled without reading their card.
  const views = boards.length > 0 ? await getItemViewsFrom(db, itemId, boards) : [];
  return {
    itemId,
    version: item.version,
    listed: item.listed,
    hidden: item.hiddenAt !== null,
    targets: boards.flatMap((row, index) => {
      const view = views[index];
      const post = postByBoard.get(row.id);
      if (!view) return [];
      return [
        { board: toBoard(row), post: post && { messageId: post.messageId, version: post.version }, view },
      ];
    }),
  };
}

import { AppError } from "../errors.js";
import type { BoardSync, BoardTarget, ChatRef } from "./types.js";

/** A board covers a neighbourhood: from a walk around the block to a district. */
export const MIN_BOARD_RADIUS_M = 1000;
export const MAX_BOARD_RADIUS_M = 10_000;
export const DEFAULT_BOARD_RADIUS_M = 3000;

/** Boards belong to chats many people read: only someone who runs the chat may set or stop one. */
export function refuseUnmanagedChat(chat: ChatRef): void {
  if (chat.kind === "private") throw new AppError("board-private-chat");
  if (!chat.canManage) throw new AppError("board-not-manager");
}

/** A board gets a card while the item is listed, and an edit for each version its card has not shown. */
export function cardIsBehind(
  sync: Pick<BoardSync, "version" | "listed">,
  { post }: Pick<BoardTarget, "post">,
): boolean {
  return post ? post.version < sync.version : sync.listed;
}

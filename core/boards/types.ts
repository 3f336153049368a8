import type { Language } from "../identity/types.js";
import type { ItemView } from "../market/types.js";
import type { Place } from "../place.js";

export const chatKinds = ["private", "group", "channel"] as const;
export type ChatKind = (typeof chatKinds)[number];

/**
 * The chat a command was typed in, as its messenger reports it. `canManage` is checked by the
 * front door (Telegram: creator or administrator; Discord: Manage Channels), because only the
 * messenger knows who runs a chat.
 */
export interface ChatRef {
  id: string;
  kind: ChatKind;
  canManage: boolean;
  /** The Discord server a channel belongs to (a linked group's meetups become its scheduled events). */
  guildId?: string;
}

/** Boards live in messenger chats; the playground has none. */
export const boardPlatforms = ["telegram", "discord"] as const;
export type BoardPlatform = (typeof boardPlatforms)[number];

export interface Board {
  id: string;
  platform: BoardPlatform;
  chatId: string;
  /** Rounded when the board was set, so it is used again as it is. */
  centre: Place;
  radiusM: number;
  language: Language;
}

/** A board the item's card belongs on, the card already there (if any) and the item as that board shows it. */
export interface BoardTarget {
  board: Board;
  post: { messageId: string; version: number } | undefined;
  /** Measured from the board's centre, so the card says how far from the neighbourhood it is. */
  view: ItemView;
}

/** What the board worker needs to bring every card of one item up to date. */
export interface BoardSync {
  itemId: string;
  version: number;
  listed: boolean;
  /** Hidden after reports: its cards are replaced by a notice, so the reported words leave the boards too. */
  hidden: boolean;
  targets: BoardTarget[];
}

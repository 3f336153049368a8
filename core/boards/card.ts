import { actions } from "../actions/table.js";
import { itemButton, itemCardText } from "../market/card.js";
import type { ItemView } from "../market/types.js";
import { type Message, text } from "../message.js";
import type { BoardSync } from "./types.js";

/**
 * The card on a neighbourhood board, which everyone in the chat reads: the item card's words, and
 * one button that opens the item for whoever presses it, where they can contact, save or report
 * it. Once the item is hidden after reports, a bare notice, so its words leave the board too.
 */
export function boardCard(sync: Pick<BoardSync, "hidden">, view: ItemView, now: Date): Message {
  if (sync.hidden) return { text: text("board-card-hidden"), buttons: [] };
  return {
    text: itemCardText(view, now),
    buttons: [[itemButton("button-view-item", actions.item, view.id)]],
  };
}

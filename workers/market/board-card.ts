import { boardCard } from "../../core/boards/card.js";
import type { BoardSync, BoardTarget } from "../../core/boards/types.js";
import { renderButtons, renderText } from "../../i18n/render.js";
import type { Translator } from "../../i18n/translator.js";
import type { SentButton } from "../notify/senders/sender.js";

export interface RenderedCard {
  text: string;
  buttons: SentButton[][];
}

/** The card as the board shows it, in the board's language. */
export function renderBoardCard(
  translator: Translator,
  sync: Pick<BoardSync, "hidden">,
  { board, view }: BoardTarget,
  now: Date,
): RenderedCard {
  const card = boardCard(sync, view, now);
  return {
    text: renderText(translator, board.language, card.text),
    buttons: renderButtons(translator, board.language, card.buttons),
  };
}

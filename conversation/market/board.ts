import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { removeBoard, setBoard } from "../../core/boards/mutations.js";
import { findBoard } from "../../core/boards/queries.js";
import { DEFAULT_BOARD_RADIUS_M, refuseUnmanagedChat } from "../../core/boards/rules.js";
import type { BoardChat } from "../../core/boards/schema.js";
import { AppError } from "../../core/errors.js";
import { placeSchema } from "../../core/place.js";
import { type CommandContext, defineCommand } from "../command.js";
import type { PlaceField } from "../fields.js";
import { type Button, reply, text } from "../reply.js";
import { radiusField } from "./fields.js";

// A board is set where it will live: in the group, channel or server channel itself, so the
// messenger can say whether the person runs that chat. Shared chats cannot take typed answers
// (Telegram shows the bot only commands there), so nothing here is asked: the area comes with
// the command (`/board 마포구`, Discord's options), or stays as it was, or is the person's home area.

const boardAreaField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-area",
  promptKey: "ask-board-area",
  optional: true,
};

/** The chat the command was typed in, as a board would live there; the playground has none. */
function boardChat(ctx: CommandContext): BoardChat {
  const { platform } = ctx.account;
  if (!ctx.chat || platform === "web") throw new AppError("board-private-chat");
  const chat = { platform, ...ctx.chat };
  refuseUnmanagedChat(chat);
  return chat;
}

/** One button per radius, each keeping the board's area: Telegram has no other way to pick one in a group. */
function radiusButtons(): Button[][] {
  return [
    radiusField.options.map((option) => ({
      label: text(option.labelKey),
      action: actions.board({ radius: Number(option.value) }),
    })),
  ];
}

/** `/board [area] [radius]`: this chat becomes the neighbourhood board for items around the area. */
export const board = defineCommand({
  name: "board",
  sharedChat: true,
  descriptionKey: "cmd-board",
  listed: true,
  discordSubcommand: { parent: "market", name: "board" },
  textArgument: "place",
  fields: [boardAreaField, { ...radiusField, optional: true }],
  schema: z.object({ place: placeSchema.optional(), radius: z.coerce.number().optional() }),
  async run(ctx, args) {
    const chat = boardChat(ctx);
    const current = await findBoard(ctx.db, chat.platform, chat.id);
    const place = args.place ?? current?.centre ?? ctx.profile.homeArea;
    if (!place) return reply("board-place-needed", { platform: chat.platform });
    const { radiusM } = await setBoard(ctx.db, ctx.profile.userId, chat, {
      place,
      radiusM: args.radius ?? current?.radiusM ?? DEFAULT_BOARD_RADIUS_M,
      language: ctx.profile.language,
    });
    const areaKept = args.place === undefined && current !== undefined;
    const params = { km: radiusM / 1000, platform: chat.platform, area: place.label ?? text("area-unnamed") };
    return reply(areaKept ? "board-updated" : "board-set", params, { buttons: radiusButtons() });
  },
});

export const boardOff = defineCommand({
  name: "board_off",
  sharedChat: true,
  descriptionKey: "cmd-board-off",
  listed: false,
  discordSubcommand: { parent: "market", name: "board-off" },
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    return reply((await removeBoard(ctx.db, boardChat(ctx))) ? "board-off" : "board-off-none");
  },
});

import { z } from "zod";
import { languageSchema } from "../identity/schema.js";
import { placeSchema } from "../place.js";
import { MAX_BOARD_RADIUS_M, MIN_BOARD_RADIUS_M } from "./rules.js";
import { boardPlatforms, chatKinds } from "./types.js";

export const boardChatSchema = z.object({
  platform: z.enum(boardPlatforms),
  id: z.string().trim().min(1).max(64),
  kind: z.enum(chatKinds),
  canManage: z.boolean(),
});

export type BoardChat = z.infer<typeof boardChatSchema>;

export const boardSettingsSchema = z.object({
  place: placeSchema,
  radiusM: z.number().int().min(MIN_BOARD_RADIUS_M).max(MAX_BOARD_RADIUS_M),
  language: languageSchema,
});

export type BoardSettings = z.infer<typeof boardSettingsSchema>;

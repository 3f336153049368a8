import { z } from "zod";
import { boardChatSchema } from "../../boards/schema.js";

/** The chat a link command was typed in, as its front door reports it. */
export const groupChatSchema = boardChatSchema.extend({
  guildId: z.string().trim().min(1).max(64).optional(),
});

export type GroupChatInput = z.infer<typeof groupChatSchema>;

import { z } from "zod";

export const MAX_POST_LENGTH = 2000;
export const MAX_COMMENT_LENGTH = 1000;

export const postBodySchema = z.string().trim().min(1).max(MAX_POST_LENGTH);
export const commentBodySchema = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);

export const postInputSchema = z.object({
  body: postBodySchema,
  /** Reaches every member whatever their post notice; moderators and the owner only. */
  announcement: z.boolean().default(false),
});

export type PostInput = z.input<typeof postInputSchema>;

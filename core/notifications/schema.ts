import { z } from "zod";
import { MAX_ACTION_BYTES } from "../actions/codec.js";
import type { NotificationButton, NotificationParams } from "./types.js";

export const notificationParamsSchema: z.ZodType<NotificationParams> = z.record(
  z.string(),
  z.union([z.string(), z.number()]),
);

const notificationButtonSchema: z.ZodType<NotificationButton> = z.object({
  label: z.object({ key: z.string().min(1), params: notificationParamsSchema.optional() }),
  action: z
    .string()
    .min(1)
    .refine((action) => Buffer.byteLength(action) <= MAX_ACTION_BYTES, "button data too long"),
});

/** Every row holds a button, so no messenger is ever sent an empty one. */
export const notificationButtonsSchema = z.array(z.array(notificationButtonSchema).min(1));

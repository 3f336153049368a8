import { z } from "zod";
import { categorySchema } from "../market/schema.js";
import { photoRefSchema } from "../photo.js";

export const tipInputSchema = z.object({
  product: z.string().trim().min(1).max(80),
  category: categorySchema,
  rating: z.number().int().min(1).max(5),
  body: z.string().trim().min(1).max(1000),
  photo: photoRefSchema.optional(),
});

export type TipInput = z.infer<typeof tipInputSchema>;

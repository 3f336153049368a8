import { z } from "zod";
import { photoRefSchema } from "../photo.js";
import { placeSchema } from "../place.js";
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_PHOTOS,
  MAX_PRICE_KRW,
  MAX_RADIUS_M,
  MAX_TITLE_LENGTH,
} from "./rules.js";
import { itemCategories, itemConditions, reportReasons } from "./types.js";

export const titleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);
export const descriptionSchema = z.string().trim().max(MAX_DESCRIPTION_LENGTH);
export const priceSchema = z.number().int().min(0).max(MAX_PRICE_KRW);
export const categorySchema = z.enum(itemCategories);
export const conditionSchema = z.enum(itemConditions);
export const reportReasonSchema = z.enum(reportReasons);
export const radiusSchema = z.number().int().min(100).max(MAX_RADIUS_M);

export const itemInputSchema = z.object({
  title: titleSchema,
  description: descriptionSchema,
  price: priceSchema,
  category: categorySchema,
  condition: conditionSchema,
  photos: z.array(photoRefSchema).max(MAX_PHOTOS),
  place: placeSchema,
});

export type ItemInput = z.infer<typeof itemInputSchema>;

export const itemChangesSchema = itemInputSchema.omit({ price: true, photos: true }).partial();
export type ItemChanges = z.infer<typeof itemChangesSchema>;

export const alertInputSchema = z.object({
  keyword: z.string().trim().min(1).max(40),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  radiusM: radiusSchema,
  maxPrice: priceSchema.optional(),
});

export type AlertInput = z.infer<typeof alertInputSchema>;

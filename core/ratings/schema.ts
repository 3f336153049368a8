import { z } from "zod";
import { ratingTags } from "./types.js";

export const ratingScoreSchema = z.number().int().min(1).max(5);
export const ratingCommentSchema = z.string().trim().max(300);
export const ratingTagsSchema = z.array(z.enum(ratingTags)).max(ratingTags.length);

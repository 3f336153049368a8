import { z } from "zod";
import { placeSchema } from "../place.js";
import {
  MAX_ANSWER_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_GROUP_RADIUS_M,
  MAX_MEMBER_LIMIT,
  MAX_NAME_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MIN_MEMBER_LIMIT,
  MIN_NAME_LENGTH,
  normalizeTag,
} from "./rules.js";
import { groupCategories, joinPolicies, postNotices } from "./types.js";

export const groupNameSchema = z.string().trim().min(MIN_NAME_LENGTH).max(MAX_NAME_LENGTH);
export const groupDescriptionSchema = z.string().trim().max(MAX_DESCRIPTION_LENGTH);
export const groupCategorySchema = z.enum(groupCategories);
export const joinPolicySchema = z.enum(joinPolicies);
export const postNoticeSchema = z.enum(postNotices);
export const memberLimitSchema = z.number().int().min(MIN_MEMBER_LIMIT).max(MAX_MEMBER_LIMIT);
export const joinQuestionSchema = z.string().trim().min(1).max(MAX_QUESTION_LENGTH);
export const joinAnswerSchema = z.string().trim().min(1).max(MAX_ANSWER_LENGTH);

/** Tags normalized (normalizeTag), empty ones and repeats dropped; too many or too long is refused. */
export const groupTagsSchema = z
  .array(z.string().transform(normalizeTag).pipe(z.string().max(MAX_TAG_LENGTH)))
  .transform((tags) => [...new Set(tags.filter((tag) => tag.length > 0))])
  .pipe(z.array(z.string()).max(MAX_TAGS));

export const groupInputSchema = z.object({
  name: groupNameSchema,
  description: groupDescriptionSchema.default(""),
  category: groupCategorySchema,
  tags: groupTagsSchema.default([]),
  area: placeSchema,
  joinPolicy: joinPolicySchema,
  memberLimit: memberLimitSchema.optional(),
  joinQuestion: joinQuestionSchema.optional(),
});

export type GroupInput = z.input<typeof groupInputSchema>;

/** What a moderator may change; null removes the limit or the question. */
export const groupChangesSchema = z
  .object({
    description: groupDescriptionSchema,
    tags: groupTagsSchema,
    joinPolicy: joinPolicySchema,
    memberLimit: memberLimitSchema.nullable(),
    joinQuestion: joinQuestionSchema.nullable(),
  })
  .partial();

export type GroupChanges = z.input<typeof groupChangesSchema>;

export const groupRadiusSchema = z.number().int().min(100).max(MAX_GROUP_RADIUS_M);

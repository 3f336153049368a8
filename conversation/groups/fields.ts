import { z } from "zod";
import { AppError } from "../../core/errors.js";
import {
  commentBodySchema,
  MAX_COMMENT_LENGTH,
  MAX_POST_LENGTH,
  postBodySchema,
} from "../../core/groups/posts/schema.js";
import {
  MAX_ANSWER_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_MEMBER_LIMIT,
  MAX_NAME_LENGTH,
  MAX_QUESTION_LENGTH,
  MIN_MEMBER_LIMIT,
} from "../../core/groups/rules.js";
import {
  groupDescriptionSchema,
  groupNameSchema,
  groupTagsSchema,
  joinAnswerSchema,
  joinQuestionSchema,
  memberLimitSchema,
} from "../../core/groups/schema.js";
import { groupCategories, joinPolicies, postNotices } from "../../core/groups/types.js";
import { type ChoiceField, choiceField, type ListField, type PlaceField, type TextField } from "../fields.js";

// The groups' fields as their commands ask for them.

export const groupNameField: TextField = {
  kind: "text",
  name: "name",
  labelKey: "field-group-name",
  promptKey: "ask-group-name",
  maxLength: MAX_NAME_LENGTH,
  schema: groupNameSchema,
};

export const groupCategoryField: ChoiceField = {
  ...choiceField("category", groupCategories, "group-category"),
  promptKey: "ask-group-category",
};

export const groupTagsField: ListField = {
  kind: "list",
  name: "tags",
  labelKey: "field-group-tags",
  promptKey: "ask-group-tags",
  optional: true,
  schema: groupTagsSchema,
};

export const groupAreaField: PlaceField = {
  kind: "place",
  name: "area",
  labelKey: "field-area",
  promptKey: "ask-group-area",
};

export const joinPolicyField: ChoiceField = {
  ...choiceField("policy", joinPolicies, "group-policy"),
  labelKey: "field-group-policy",
  promptKey: "ask-group-policy",
};

export const groupDescriptionField: TextField = {
  kind: "text",
  name: "description",
  labelKey: "field-description",
  promptKey: "ask-group-description",
  maxLength: MAX_DESCRIPTION_LENGTH,
  multiline: true,
  optional: true,
  schema: groupDescriptionSchema,
};

/** `20` or `20명`; `0` means no limit, which a moderator may choose to lift one. */
export const memberLimitField: TextField = {
  kind: "text",
  name: "limit",
  labelKey: "field-group-limit",
  promptKey: "ask-group-limit",
  maxLength: 10,
  optional: true,
  schema: z
    .string()
    .trim()
    .regex(/^\d{1,4}\s*명?$/u)
    .transform((typed) => Number.parseInt(typed, 10))
    .transform((limit) => (limit === 0 ? null : limit))
    .pipe(memberLimitSchema.nullable()),
  refusal: new AppError("count-out-of-range", {
    field: "field-group-limit",
    min: MIN_MEMBER_LIMIT,
    max: MAX_MEMBER_LIMIT,
  }),
};

export const joinQuestionField: TextField = {
  kind: "text",
  name: "question",
  labelKey: "field-group-question",
  promptKey: "ask-group-question",
  maxLength: MAX_QUESTION_LENGTH,
  optional: true,
  // Only people asking to join answer it, so an open group has no one to ask. A policy left as it
  // was (editing) may be approval, so the question is asked then.
  appliesWhen: (answers) => answers.policy !== "open",
  schema: joinQuestionSchema,
};

export const joinAnswerField: TextField = {
  kind: "text",
  name: "answer",
  labelKey: "field-group-answer",
  promptKey: "ask-group-answer",
  maxLength: MAX_ANSWER_LENGTH,
  multiline: true,
  schema: joinAnswerSchema,
};

/** Words after `/groups`: a keyword, `#tags`, or both. */
export const groupQueryField: TextField = {
  kind: "text",
  name: "query",
  labelKey: "field-group-query",
  promptKey: "ask-group-query",
  maxLength: 60,
  optional: true,
  schema: z.string().trim().max(60),
};

/** Where to look around, when the person has no home area yet. */
export const groupSearchPlaceField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-area",
  promptKey: "ask-search-place",
  optional: true,
};

export const postNoticeField: ChoiceField = {
  ...choiceField("notice", postNotices, "group-notice"),
  labelKey: "field-group-notice",
  promptKey: "ask-group-notice",
};

export const postBodyField: TextField = {
  kind: "text",
  name: "body",
  labelKey: "field-group-post",
  promptKey: "ask-group-post",
  maxLength: MAX_POST_LENGTH,
  multiline: true,
  schema: postBodySchema,
};

export const commentBodyField: TextField = {
  kind: "text",
  name: "comment",
  labelKey: "field-group-comment",
  promptKey: "ask-group-comment",
  maxLength: MAX_COMMENT_LENGTH,
  multiline: true,
  schema: commentBodySchema,
};

/** Asked by the command itself (askFor) after it says what is about to happen, so never up front. */
export const groupConfirmField: ChoiceField = {
  ...choiceField("confirm", ["yes", "no"], "group-confirm"),
  promptKey: "ask-group-confirm",
  optional: true,
};

import { z } from "zod";
import { parsePrice } from "../../core/market/price.js";
import { MAX_DESCRIPTION_LENGTH, MAX_PHOTOS, MAX_TITLE_LENGTH } from "../../core/market/rules.js";
import { descriptionSchema, titleSchema } from "../../core/market/schema.js";
import { itemCategories, itemConditions, reportReasons } from "../../core/market/types.js";
import { tradeRatingTags } from "../../core/ratings/types.js";
import { MAX_RELAY_MESSAGE_LENGTH } from "../../core/relay/types.js";
import {
  type ChoiceField,
  choiceField,
  type Field,
  type PhotosField,
  type PlaceField,
  type TextField,
} from "../fields.js";

// The marketplace's fields as its commands ask for them.

export const titleField: TextField = {
  kind: "text",
  name: "title",
  labelKey: "field-title",
  promptKey: "ask-title",
  maxLength: MAX_TITLE_LENGTH,
  schema: titleSchema,
};

export const descriptionField: TextField = {
  kind: "text",
  name: "description",
  labelKey: "field-description",
  promptKey: "ask-description",
  maxLength: MAX_DESCRIPTION_LENGTH,
  multiline: true,
  schema: descriptionSchema,
};

export const priceField: TextField = {
  kind: "text",
  name: "price",
  labelKey: "field-price",
  promptKey: "ask-price",
  maxLength: 20,
  // parsePrice throws its own reasons (too high, not a number), which the person sees as they are.
  schema: z.string().transform(parsePrice),
};

export const categoryField = choiceField("category", itemCategories, "category");
export const conditionField = choiceField("condition", itemConditions, "condition");
export const reportReasonField = choiceField("reason", reportReasons, "report-reason");
export const scoreField = choiceField("score", ["5", "4", "3", "2", "1"], "score");
export const tagField: ChoiceField = { ...choiceField("tag", tradeRatingTags, "rating-tag"), optional: true };
export const radiusField = choiceField("radius", ["1000", "3000", "5000", "10000"], "radius");
export const confirmField: ChoiceField = {
  ...choiceField("confirm", ["yes", "no"], "confirm"),
  optional: true,
};

export const photosField: PhotosField = {
  kind: "photos",
  name: "photos",
  labelKey: "field-photos",
  promptKey: "ask-photos",
  optional: true,
  max: MAX_PHOTOS,
};

export const itemPlaceField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-place",
  promptKey: "ask-item-place",
};

export const searchPlaceField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-place",
  promptKey: "ask-search-place",
  optional: true,
};

export const messageField: TextField = {
  kind: "text",
  name: "message",
  labelKey: "field-message",
  promptKey: "ask-message",
  maxLength: MAX_RELAY_MESSAGE_LENGTH,
  multiline: true,
  schema: z.string().trim().min(1),
};

export const commentField: TextField = {
  kind: "text",
  name: "comment",
  labelKey: "field-comment",
  promptKey: "ask-comment",
  optional: true,
  maxLength: 300,
  schema: z.string().trim().max(300),
};

export const keywordField: TextField = {
  kind: "text",
  name: "keyword",
  labelKey: "field-keyword",
  promptKey: "ask-keyword",
  maxLength: 40,
  schema: z.string().trim().min(1).max(40),
};

/** Search filters a person may give by name (Discord options, typed `/market` words); never asked. */
export const searchFilterFields: Field[] = [
  { ...keywordField, optional: true },
  { ...categoryField, optional: true },
  { ...priceField, name: "min_price", labelKey: "field-min-price", optional: true },
  { ...priceField, name: "max_price", labelKey: "field-max-price", optional: true },
  { ...radiusField, optional: true },
];

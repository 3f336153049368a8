import {
  bioSchema,
  displayNameSchema,
  interestsSchema,
  timeZoneSchema,
} from "../../../core/identity/schema.js";
import { languages, visibilities } from "../../../core/identity/types.js";
import type { ChoiceField, ListField, PlaceField, TextField } from "../fields.js";

// The profile's fields as every identity command asks for them.

export const languageField: ChoiceField = {
  kind: "choice",
  name: "language",
  labelKey: "field-language",
  promptKey: "ask-language",
  options: languages.map((value) => ({ value, labelKey: `language-${value}` })),
};

export const visibilityField: ChoiceField = {
  kind: "choice",
  name: "visibility",
  labelKey: "field-visibility",
  promptKey: "ask-visibility",
  options: visibilities.map((value) => ({ value, labelKey: `visibility-${value}` })),
};

export const homeAreaField: PlaceField = {
  kind: "place",
  name: "area",
  labelKey: "field-area",
  promptKey: "ask-area",
};

export const interestsField: ListField = {
  kind: "list",
  name: "interests",
  labelKey: "field-interests",
  promptKey: "ask-interests",
  schema: interestsSchema,
};

export const displayNameField: TextField = {
  kind: "text",
  name: "name",
  labelKey: "field-name",
  promptKey: "ask-name",
  maxLength: 40,
  schema: displayNameSchema,
};

export const bioField: TextField = {
  kind: "text",
  name: "bio",
  labelKey: "field-bio",
  promptKey: "ask-bio",
  maxLength: 300,
  multiline: true,
  schema: bioSchema,
};

export const timeZoneField: TextField = {
  kind: "text",
  name: "timeZone",
  labelKey: "field-time-zone",
  promptKey: "ask-time-zone",
  maxLength: 64,
  schema: timeZoneSchema,
};

import { AppError } from "../../core/errors.js";
import {
  bioSchema,
  displayNameSchema,
  emailCodeSchema,
  emailSchema,
  interestsSchema,
  timeZoneSchema,
} from "../../core/identity/schema.js";
import {
  genders,
  languages,
  leaderboardChoices,
  nudgeChoices,
  visibilities,
} from "../../core/identity/types.js";
import {
  type ContactField,
  choiceField,
  type ListField,
  type PlaceField,
  type TextField,
} from "../fields.js";

// The profile's fields as every identity command asks for them.

export const languageField = choiceField("language", languages, "language");

export const visibilityField = choiceField("visibility", visibilities, "visibility");

export const nudgesField = choiceField("nudges", nudgeChoices, "nudges");

export const leaderboardField = choiceField("leaderboard", leaderboardChoices, "leaderboard");

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

/** The answer for "prefer not to say", which clears a stated gender. */
export const GENDER_UNSTATED = "unstated";

export const genderField = choiceField("gender", [...genders, GENDER_UNSTATED], "gender");

export const emailField: TextField = {
  kind: "text",
  name: "email",
  labelKey: "field-email",
  promptKey: "ask-email",
  maxLength: 254,
  schema: emailSchema,
};

/** Asked again after a wrong code; skipping it sends a new one. */
export const emailCodeField: TextField = {
  kind: "text",
  name: "code",
  labelKey: "field-email-code",
  promptKey: "ask-email-code",
  optional: true,
  skipLabelKey: "button-verify-new-code",
  maxLength: 20,
  schema: emailCodeSchema,
  refusal: new AppError("verify-code-format"),
};

export const contactField: ContactField = {
  kind: "contact",
  name: "contact",
  labelKey: "field-contact",
  promptKey: "ask-contact",
};

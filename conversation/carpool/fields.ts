import { z } from "zod";
import { rideRatingTags } from "../../core/ratings/types.js";
import { type ChoiceField, choiceField, type PlaceField, type TextField } from "../fields.js";

// The carpool's fields as its commands ask for them.

export const originField: PlaceField = {
  kind: "place",
  name: "origin",
  labelKey: "field-ride-origin",
  promptKey: "ask-ride-origin",
};

export const destinationField: PlaceField = {
  kind: "place",
  name: "destination",
  labelKey: "field-ride-destination",
  promptKey: "ask-ride-destination",
};

/** Read in the command, where the person's clock and time zone are known (core/carpool/window.ts). */
export const departureField: TextField = {
  kind: "text",
  name: "time",
  labelKey: "field-ride-time",
  promptKey: "ask-ride-time",
  maxLength: 40,
  schema: z.string().trim().min(1),
};

export const seatsField = choiceField("seats", ["1", "2", "3"], "seats");
export const extraField: ChoiceField = {
  ...choiceField("extra", ["10", "15", "20", "30"], "extra"),
  optional: true,
};
export const sameGenderField: ChoiceField = {
  ...choiceField("same_gender", ["yes", "no"], "same-gender"),
  optional: true,
};
export const splitField: ChoiceField = {
  ...choiceField("split", ["distance", "equal"], "split"),
  optional: true,
};
export const rideScoreField: ChoiceField = {
  ...choiceField("score", ["5", "4", "3", "2", "1"], "score"),
  promptKey: "ask-ride-score",
};
export const rideTagField: ChoiceField = {
  ...choiceField("tag", rideRatingTags, "rating-tag"),
  optional: true,
};

/** An alert's time of day, `23:30` or `8시`. */
export const alertTimeField: TextField = {
  kind: "text",
  name: "time",
  labelKey: "field-ride-time",
  promptKey: "ask-ride-alert-time",
  maxLength: 20,
  schema: z.string().trim().min(1),
};

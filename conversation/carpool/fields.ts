import { z } from "zod";
import { checkInServiceArea, checkTrip } from "../../core/carpool/area.js";
import { alertMinuteOfDay } from "../../core/carpool/ride-alerts.js";
import { minTemperatureSchema } from "../../core/carpool/schema.js";
import { checkWindow, parseDeparture } from "../../core/carpool/window.js";
import { AppError } from "../../core/errors.js";
import { placeSchema } from "../../core/place.js";
import { rideRatingTags } from "../../core/ratings/types.js";
import {
  type ChoiceField,
  choiceField,
  type FieldContext,
  type PlaceField,
  type TextField,
} from "../fields.js";

// The carpool's fields as its commands ask for them.

export const originField: PlaceField = {
  kind: "place",
  name: "origin",
  labelKey: "field-ride-origin",
  promptKey: "ask-ride-origin",
  check: (origin, { carpool }) => {
    const from = placeSchema.safeParse(origin);
    if (from.success) checkInServiceArea(from.data, carpool);
  },
};

/** Judged with the start as soon as both are known: inside the service area, and a taxi ride apart. */
export const destinationField: PlaceField = {
  kind: "place",
  name: "destination",
  labelKey: "field-ride-destination",
  promptKey: "ask-ride-destination",
  check: (destination, { answers, carpool }) => {
    const origin = placeSchema.safeParse(answers.origin);
    const to = placeSchema.safeParse(destination);
    if (origin.success && to.success) checkTrip(origin.data, to.data, carpool);
  },
};

/** The departure window as the person typed it on their clock and zone (core/carpool/window.ts). */
export function departureWindow(typed: string, { now, timeZone, carpool }: Omit<FieldContext, "answers">) {
  const window = parseDeparture(typed, now, timeZone, carpool.defaultFlexMin);
  checkWindow(window, now, carpool);
  return window;
}

/** Kept as typed and read again by the command on its own clock; a time already past is refused here. */
export const departureField: TextField = {
  kind: "text",
  name: "time",
  labelKey: "field-ride-time",
  promptKey: "ask-ride-time",
  maxLength: 40,
  schema: z.string().trim().min(1),
  check: (typed, context) => void departureWindow(String(typed), context),
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
/** `36.5` or `36.5°`: the least trust temperature accepted in co-riders; skipped, anyone will do. */
export const minTemperatureField: TextField = {
  kind: "text",
  name: "min_temperature",
  labelKey: "field-ride-min-temperature",
  promptKey: "ask-ride-min-temperature",
  maxLength: 10,
  optional: true,
  schema: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d)?\s*(°C?|도)?$/u)
    .transform((typed) => Number.parseFloat(typed))
    .pipe(minTemperatureSchema),
  refusal: new AppError("ride-min-temperature-range"),
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
  check: (typed, { now, timeZone }) => void alertMinuteOfDay(String(typed), now, timeZone),
};

import { z } from "zod";
import { AppError } from "../../../core/errors.js";
import {
  checkMeetupTimes,
  MAX_CAPACITY,
  MAX_COST_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  MIN_CAPACITY,
  readMeetupTime,
} from "../../../core/groups/meetups/rules.js";
import { capacitySchema, costNoteSchema, meetupTitleSchema } from "../../../core/groups/meetups/schema.js";
import { recurrences } from "../../../core/groups/meetups/types.js";
import { type ChoiceField, choiceField, type PlaceField, type TextField } from "../../fields.js";

// The meetups' fields as their commands ask for them.

export const meetupTitleField: TextField = {
  kind: "text",
  name: "title",
  labelKey: "field-meetup-title",
  promptKey: "ask-meetup-title",
  maxLength: MAX_TITLE_LENGTH,
  schema: meetupTitleSchema,
};

/**
 * Kept as typed and read again by the command on its own clock; judged here on the host's clock
 * and zone (core/groups/meetups/rules.ts), so "19:00~18:00" is refused at this question.
 */
export const whenField: TextField = {
  kind: "text",
  name: "when",
  labelKey: "field-meetup-when",
  promptKey: "ask-meetup-when",
  maxLength: 40,
  schema: z.string().trim().min(1),
  check: (typed, { now, timeZone }) => checkMeetupTimes(readMeetupTime(String(typed), now, timeZone), now),
};

export const venueField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-meetup-place",
  promptKey: "ask-meetup-place",
};

export const capacityField: TextField = {
  kind: "text",
  name: "capacity",
  labelKey: "field-meetup-capacity",
  promptKey: "ask-meetup-capacity",
  optional: true,
  maxLength: 10,
  // "8" or "8명": the number is what counts.
  schema: z
    .string()
    .trim()
    .transform((typed) => Number.parseInt(typed, 10))
    .pipe(capacitySchema),
  refusal: new AppError("count-out-of-range", {
    field: "field-meetup-capacity",
    min: MIN_CAPACITY,
    max: MAX_CAPACITY,
  }),
};

export const costField: TextField = {
  kind: "text",
  name: "cost",
  labelKey: "field-meetup-cost",
  promptKey: "ask-meetup-cost",
  optional: true,
  maxLength: MAX_COST_NOTE_LENGTH,
  schema: costNoteSchema,
};

export const recurrenceField: ChoiceField = {
  ...choiceField("recurrence", ["none", ...recurrences], "recurrence"),
  optional: true,
};

export const checkInCodeField: TextField = {
  kind: "text",
  name: "code",
  labelKey: "field-checkin-code",
  promptKey: "ask-checkin-code",
  maxLength: 8,
  schema: z.string().trim().min(1),
};

export const hereField: PlaceField = {
  kind: "place",
  name: "place",
  labelKey: "field-checkin-place",
  promptKey: "ask-checkin-place",
};

/** An edit asks for each part with a skip button; what is skipped stays as it is. */
export const editFields = [meetupTitleField, whenField, venueField, capacityField, costField].map(
  (field) => ({
    ...field,
    optional: true,
  }),
);

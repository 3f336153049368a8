import { z } from "zod";
import { placeSchema } from "../../place.js";
import { MAX_CAPACITY, MAX_COST_NOTE_LENGTH, MAX_TITLE_LENGTH, MIN_CAPACITY } from "./rules.js";
import { recurrences, rsvpAnswers } from "./types.js";

export const meetupTitleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);
export const capacitySchema = z.number().int().min(MIN_CAPACITY).max(MAX_CAPACITY);
export const costNoteSchema = z.string().trim().min(1).max(MAX_COST_NOTE_LENGTH);
const recurrenceSchema = z.enum(recurrences);
export const rsvpAnswerSchema = z.enum(rsvpAnswers);

export const meetupInputSchema = z.object({
  groupId: z.uuid(),
  title: meetupTitleSchema,
  startAt: z.date(),
  endAt: z.date(),
  place: placeSchema,
  capacity: capacitySchema.optional(),
  costNote: costNoteSchema.optional(),
  recurrence: recurrenceSchema.optional(),
});

export type MeetupInput = z.input<typeof meetupInputSchema>;

/** What an edit may change; a new time comes as both ends, as a typed time gives them. */
export const meetupChangesSchema = z.object({
  title: meetupTitleSchema.optional(),
  times: z.object({ startAt: z.date(), endAt: z.date() }).optional(),
  place: placeSchema.optional(),
  capacity: capacitySchema.optional(),
  costNote: costNoteSchema.optional(),
});

export type MeetupChanges = z.input<typeof meetupChangesSchema>;

import { z } from "zod";
import { capacitySchema, meetupTitleSchema } from "../groups/meetups/schema.js";
import { MAX_WORKOUT_MINUTES, MIN_WORKOUT_MINUTES } from "./rules.js";
import { workoutKinds } from "./types.js";

export const workoutKindSchema = z.enum(workoutKinds);
export const workoutMinutesSchema = z.number().int().min(MIN_WORKOUT_MINUTES).max(MAX_WORKOUT_MINUTES);
/** ISO weekdays, each once, ascending: what MeetupSeries.weekdays holds. */
const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

const workoutBase = {
  groupId: z.uuid(),
  title: meetupTitleSchema,
  kind: workoutKindSchema,
  minutes: workoutMinutesSchema,
  capacity: capacitySchema.optional(),
};

/** A room started now: it lasts `minutes` from the moment it is made. */
export const workoutNowSchema = z.object(workoutBase);
export type WorkoutNow = z.input<typeof workoutNowSchema>;

/** A planned workout: once at `startAt`, or weekly on `weekdays` from `startAt` on. */
export const workoutPlanSchema = z.object({
  ...workoutBase,
  startAt: z.date(),
  weekdays: weekdaysSchema.optional(),
});
export type WorkoutPlan = z.input<typeof workoutPlanSchema>;

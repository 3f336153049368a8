import { z } from "zod";
import { AppError } from "../../core/errors.js";
import { checkMeetupTimes } from "../../core/groups/meetups/rules.js";
import { readGoal } from "../../core/workouts/goal.js";
import { MAX_WORKOUT_MINUTES, MIN_WORKOUT_MINUTES } from "../../core/workouts/rules.js";
import { readWorkoutSchedule, typedLength } from "../../core/workouts/schedule.js";
import { workoutMinutesSchema } from "../../core/workouts/schema.js";
import { workoutKinds } from "../../core/workouts/types.js";
import { type ChoiceField, choiceField, type TextField } from "../fields.js";
import { meetupTitleField } from "../groups/meetups/fields.js";

// The workouts' fields as their commands ask for them.

export const workoutModes = ["now", "plan", "goal"] as const;

export const workoutModeField: ChoiceField = {
  ...choiceField("mode", workoutModes, "workout-mode"),
  labelKey: "field-workout-mode",
  promptKey: "ask-workout-mode",
};

export const workoutKindField: ChoiceField = {
  ...choiceField("kind", workoutKinds, "workout-kind"),
  labelKey: "field-workout-kind",
  promptKey: "ask-workout-kind",
};

export const workoutTitleField: TextField = { ...meetupTitleField, promptKey: "ask-workout-title" };

const minutesRefusal = new AppError("count-out-of-range", {
  field: "field-workout-minutes",
  min: MIN_WORKOUT_MINUTES,
  max: MAX_WORKOUT_MINUTES,
});

/** "30" or "30분" / "30 min": the number is what counts. */
export const workoutMinutesField: TextField = {
  kind: "text",
  name: "minutes",
  labelKey: "field-workout-minutes",
  promptKey: "ask-workout-minutes",
  maxLength: 12,
  schema: z
    .string()
    .trim()
    .regex(/^\d{1,3}\s*(?:분|min(?:ute)?s?)?$/iu)
    .transform((typed) => Number.parseInt(typed, 10))
    .pipe(workoutMinutesSchema),
  refusal: minutesRefusal,
  // A length typed with the schedule ("월수금 07:00 30분") is not asked again.
  appliesWhen: (answers) => typeof answers.when !== "string" || typedLength(answers.when) === undefined,
};

/**
 * Kept as typed and read again by the command on its own clock; judged here on the host's, so a
 * schedule already past, too far ahead or too long is refused at this question.
 */
export const workoutWhenField: TextField = {
  kind: "text",
  name: "when",
  labelKey: "field-workout-when",
  promptKey: "ask-workout-when",
  maxLength: 60,
  schema: z.string().trim().min(1),
  check: (typed, { now, timeZone }) => {
    const { startAt, minutes } = readWorkoutSchedule(String(typed), now, timeZone);
    if (minutes !== undefined && !workoutMinutesSchema.safeParse(minutes).success) throw minutesRefusal;
    const length = (minutes ?? MIN_WORKOUT_MINUTES) * 60_000;
    checkMeetupTimes({ startAt, endAt: new Date(startAt.getTime() + length) }, now);
  },
};

/** "주 3회", "매일 20분", "없음": read by core, which says what is accepted. */
export const goalField: TextField = {
  kind: "text",
  name: "goal",
  labelKey: "field-workout-goal",
  promptKey: "ask-workout-goal",
  maxLength: 40,
  schema: z.string().trim().min(1),
  check: (typed) => {
    readGoal(String(typed));
  },
};

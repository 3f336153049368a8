import { z } from "zod";
import type { ActionOn } from "../../core/actions/builder.js";
import { actions } from "../../core/actions/table.js";
import { listModeratedGroups, listMyGroups } from "../../core/groups/queries.js";
import { readGoal } from "../../core/workouts/goal.js";
import { planWorkout, setGroupGoal, startWorkoutNow } from "../../core/workouts/mutations.js";
import { readWorkoutSchedule } from "../../core/workouts/schedule.js";
import { workoutKindSchema } from "../../core/workouts/schema.js";
import { askAgainWhen, type CommandContext, defineCommand } from "../command.js";
import { showGroup } from "../groups/browse.js";
import { meetupTimeErrors } from "../groups/meetups/create.js";
import { capacityField } from "../groups/meetups/fields.js";
import { cardOf } from "../groups/meetups/view.js";
import { type Reply, reply, text } from "../reply.js";
import {
  goalField,
  workoutKindField,
  workoutMinutesField,
  workoutModeField,
  workoutModes,
  workoutTitleField,
  workoutWhenField,
} from "./fields.js";
import { joinReply } from "./join.js";

type Mode = (typeof workoutModes)[number];

/** Where each choice goes on, and in which groups: any of mine to start now, those I run to plan or set a goal. */
const nextStep: Record<Mode, ActionOn<"groupId">> = {
  now: actions.workoutNow,
  plan: actions.workoutPlan,
  goal: actions.workoutGoal,
};

async function groupsFor(ctx: CommandContext, mode: Mode) {
  if (mode === "now") return listMyGroups(ctx.db, ctx.profile.userId);
  return listModeratedGroups(ctx.db, ctx.profile.userId);
}

/** The groups the person may do this in, one button each. */
async function pickGroup(ctx: CommandContext, mode: Mode): Promise<Reply> {
  const groups = await groupsFor(ctx, mode);
  if (groups.length === 0) return reply(mode === "now" ? "workout-no-groups" : "workout-no-moderated-groups");
  const buttons = groups.map((group) => [
    {
      label: text("button-meetup-in-group", { name: group.name }),
      action: nextStep[mode]({ groupId: group.id }),
    },
  ]);
  return reply(`workout-pick-${mode}`, {}, { buttons });
}

/**
 * `/workout` (Discord `/workout now|plan|goal`): start a room now, plan a workout, or set a
 * group's goal; then the group to do it in.
 */
export const workout = defineCommand({
  name: "workout",
  descriptionKey: "cmd-workout",
  listed: true,
  discordSubcommandsOf: "mode",
  fields: [workoutModeField],
  schema: z.object({ mode: z.enum(workoutModes) }),
  run: (ctx, { mode }) => pickGroup(ctx, mode),
});

const workoutArgs = {
  groupId: z.uuid(),
  kind: workoutKindSchema,
  title: z.string(),
  capacity: z.number().optional(),
};

/** Any member: a room open from now for the minutes given, the member its host; their own link comes with it. */
export const workoutNow = defineCommand({
  name: "workout_now",
  descriptionKey: "cmd-workout",
  listed: false,
  askOptional: true,
  fields: [workoutKindField, workoutTitleField, workoutMinutesField, capacityField],
  schema: z.object({ ...workoutArgs, minutes: z.number() }),
  async run(ctx, args) {
    const meetupId = await startWorkoutNow(ctx.db, ctx.profile, args, ctx.now);
    return [reply("workout-started", { title: args.title }), await joinReply(ctx, meetupId)];
  },
});

/** Moderators: once or weekly ("월수금 07:00 30분"), its length asked unless typed with the schedule. */
export const workoutPlan = defineCommand({
  name: "workout_plan",
  descriptionKey: "cmd-workout",
  listed: false,
  askOptional: true,
  fields: [workoutKindField, workoutTitleField, workoutWhenField, workoutMinutesField, capacityField],
  schema: z.object({ ...workoutArgs, when: z.string(), minutes: z.number().optional() }),
  async run(ctx, { when, minutes, ...args }) {
    return askAgainWhen([...meetupTimeErrors, "workout-time-unreadable"], "when", async () => {
      const schedule = readWorkoutSchedule(when, ctx.now, ctx.profile.timeZone);
      const plan = {
        ...args,
        startAt: schedule.startAt,
        weekdays: schedule.weekdays,
        minutes: minutes ?? schedule.minutes ?? 0,
      };
      const meetupId = await planWorkout(ctx.db, ctx.profile, plan, ctx.now);
      return [reply("workout-planned", { title: args.title }), await cardOf(ctx, meetupId)];
    });
  },
});

/** Owner and moderators: "주 3회", "매일 20분", or "없음" to have none. */
export const workoutGoal = defineCommand({
  name: "workout_goal",
  descriptionKey: "cmd-workout",
  listed: false,
  fields: [goalField],
  schema: z.object({ groupId: z.uuid(), goal: z.string() }),
  async run(ctx, { groupId, goal }) {
    const read = readGoal(goal);
    await setGroupGoal(ctx.db, ctx.profile.userId, groupId, read, ctx.now);
    return [reply(read ? "workout-goal-set" : "workout-goal-cleared"), await showGroup(ctx, groupId)];
  },
});

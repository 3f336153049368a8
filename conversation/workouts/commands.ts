import type { Command } from "../command.js";
import { workout, workoutGoal, workoutNow, workoutPlan } from "./create.js";
import { workoutJoin } from "./join.js";
import { streak } from "./streak.js";

/** The workouts' commands: `/workout` and `/streak` listed, then those only their buttons run. */
export const workoutCommands: Command[] = [
  workout,
  streak,
  workoutNow,
  workoutPlan,
  workoutGoal,
  workoutJoin,
];

import type { Command } from "../command.js";
import { workout, workoutGoal, workoutNow, workoutPlan } from "./create.js";
import { workoutJoin } from "./join.js";
import { videoCheckCommands } from "./video-checks.js";

/** The workouts' commands: `/workout` and `/videocheck` listed, then those only their buttons run. */
export const workoutCommands: Command[] = [
  workout,
  workoutNow,
  workoutPlan,
  workoutGoal,
  workoutJoin,
  ...videoCheckCommands,
];

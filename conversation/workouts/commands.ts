import type { Command } from "../command.js";
import { workout, workoutGoal, workoutNow, workoutPlan } from "./create.js";
import { workoutEnd, workoutJoin } from "./join.js";
import { streak } from "./streak.js";
import { videoCheckCommands } from "./video-checks.js";

/** The workouts' commands: `/workout`, `/streak` and `/videocheck` listed, then those only their buttons run. */
export const workoutCommands: Command[] = [
  workout,
  streak,
  workoutNow,
  workoutPlan,
  workoutGoal,
  workoutJoin,
  workoutEnd,
  ...videoCheckCommands,
];

import type { Command } from "../command.js";
import { workout, workoutGoal, workoutNow, workoutPlan } from "./create.js";
import { workoutJoin } from "./join.js";

/** The workouts' commands: `/workout` listed, then those only its buttons run. */
export const workoutCommands: Command[] = [workout, workoutNow, workoutPlan, workoutGoal, workoutJoin];

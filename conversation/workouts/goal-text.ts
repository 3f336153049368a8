import type { WorkoutGoal } from "../../core/workouts/types.js";
import { type Text, text } from "../reply.js";

/** "주 3회", "매일 20분": a group's goal as its cards show it. */
export function goalText(goal: WorkoutGoal): Text {
  return text("workout-goal", {
    period: goal.period,
    sessions: goal.sessions,
    minutes: goal.minutes ?? "none",
  });
}

import { actions } from "../../actions/table.js";
import type { MessageContent } from "../../notifications/types.js";
import type { WorkoutGoal } from "../types.js";

// The evening nudge: how long the streak is, the goal still to meet, a way to see the streak and
// a way to never get this again.

export function streakNudge({
  groupName,
  goal,
  current,
}: {
  groupName: string;
  goal: WorkoutGoal;
  current: number;
}): MessageContent {
  return {
    messageKey: "notify-streak-nudge",
    params: {
      group: groupName,
      count: current,
      period: goal.period,
      sessions: goal.sessions,
      minutes: goal.minutes ?? "none",
    },
    buttons: [
      [
        { label: { key: "button-streak" }, action: actions.streak() },
        { label: { key: "button-nudges-off" }, action: actions.settings({ nudges: "off" }) },
      ],
    ],
  };
}

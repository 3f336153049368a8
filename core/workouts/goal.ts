import { AppError } from "../errors.js";
import { MAX_GOAL_MINUTES, MAX_GOAL_SESSIONS, MIN_GOAL_MINUTES } from "./rules.js";
import type { GoalPeriod, WorkoutGoal } from "./types.js";

// A group's goal as its owner or a moderator types it: "주 3회", "매일 20분", "주 3회 150분",
// "3 times a week", "20 minutes every day"; "없음" / "none" takes the goal away.

const NO_GOAL = /^(?:없음|없애기|끄기|none|off|no goal)$/u;
const PERIODS: [RegExp, GoalPeriod][] = [
  [/일주일에|일주일|매주|주에|주|every week|a week|per week|each week|weekly|week/u, "week"],
  [/매일|하루에|하루|날마다|every\s?day|a day|per day|each day|daily|day/u, "day"],
];
const SESSIONS = /(\d{1,3})\s*(?:회|번|times?|x|sessions?|workouts?)|\b(once)\b|\b(twice)\b/u;
const MINUTES = /(\d{1,4})\s*(?:분|min(?:ute)?s?)/u;
/** What else a goal may say: "씩", "이상", "at least"… */
const FILLER = /씩|이상|정도|동안|운동|at least|of|in the room|and|[\s,·/]+/gu;

function take(text: string, pattern: RegExp): { match: RegExpExecArray | null; rest: string } {
  const match = pattern.exec(text);
  return { match, rest: match ? text.replace(match[0], " ") : text };
}

function sessionsOf(match: RegExpExecArray | null): number {
  if (!match) return 1;
  if (match[2]) return 1;
  if (match[3]) return 2;
  return Number(match[1]);
}

function refuseOutOfRange(value: number, min: number, max: number, field: string): void {
  if (value < min || value > max) throw new AppError("count-out-of-range", { field, min, max });
}

/** The goal typed, or null for none; words that are no goal are refused with examples of one. */
export function readGoal(typed: string): WorkoutGoal | null {
  const text = typed.trim().toLowerCase().replace(/\s+/gu, " ");
  if (NO_GOAL.test(text)) return null;
  const minutes = take(text, MINUTES);
  const sessions = take(minutes.rest, SESSIONS);
  const period = PERIODS.map(([pattern, name]) => ({ name, ...take(sessions.rest, pattern) })).find(
    (candidate) => candidate.match,
  );
  if (period === undefined || period.rest.replace(FILLER, "").length > 0)
    throw new AppError("goal-unreadable");
  const goal: WorkoutGoal = {
    period: period.name,
    sessions: sessionsOf(sessions.match),
    minutes: minutes.match ? Number(minutes.match[1]) : undefined,
  };
  checkGoal(goal);
  return goal;
}

/** Refuses a goal no group can keep: sessions or minutes outside what a period holds. */
export function checkGoal(goal: WorkoutGoal): void {
  refuseOutOfRange(goal.sessions, 1, MAX_GOAL_SESSIONS[goal.period], "field-goal-sessions");
  if (goal.minutes !== undefined)
    refuseOutOfRange(goal.minutes, MIN_GOAL_MINUTES, MAX_GOAL_MINUTES, "field-goal-minutes");
}

/** The goal a group's row holds, if it has one. */
export function goalOf(group: {
  goalPeriod: GoalPeriod | null;
  goalSessions: number | null;
  goalMinutes: number | null;
}): WorkoutGoal | undefined {
  if (!group.goalPeriod) return undefined;
  return {
    period: group.goalPeriod,
    sessions: group.goalSessions ?? 1,
    minutes: group.goalMinutes ?? undefined,
  };
}

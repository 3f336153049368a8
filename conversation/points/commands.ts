import type { Command } from "../command.js";
import { leaderboard } from "./leaderboard.js";
import { points } from "./points.js";

/** The points' commands: `/points` listed, then the leaderboards its buttons open. */
export const pointsCommands: Command[] = [points, leaderboard];

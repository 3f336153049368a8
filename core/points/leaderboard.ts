import { TZDate } from "@date-fns/tz";
import { startOfWeek } from "date-fns";
import { cellAndNeighbours } from "../cells.js";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { findGroupFor, memberRole } from "../groups/queries.js";
import { type BoardPeople, type BoardPoints, boardViewer, rankedPeople } from "./queries.js";
import type { Leaderboard, LeaderboardChoice } from "./types.js";

// Leaderboards rank people by the points they earned (spending never lowers a place), among the
// people of a group or of a neighbourhood. Someone who chose not to appear is left out of every
// board others see, and still sees their own rank among those who appear.

export const LEADERBOARD_TOP = 10;

/** Monday 00:00 of this week on the person's own clock: the weekly board counts from there. */
export function weekStart(now: Date, timeZone: string): Date {
  return startOfWeek(new TZDate(now.getTime(), timeZone), { weekStartsOn: 1 });
}

type Viewer = NonNullable<Awaited<ReturnType<typeof boardViewer>>>;

function neighbourhoodOf(viewer: Viewer): BoardPeople {
  if (viewer.homeCell === null) throw new AppError("leaderboard-no-home");
  return { neighbourhood: cellAndNeighbours(viewer.homeCell), playground: viewer.playground };
}

/** A group's board is for its members: the others are told so, and nothing is read of it. */
async function groupPeople(db: Database, groupId: string, viewerId: string, viewer: Viewer) {
  const group = await findGroupFor(db, groupId, viewerId);
  if (!(await memberRole(db, groupId, viewerId))) throw new AppError("leaderboard-not-member");
  return { people: { groupId, playground: viewer.playground }, groupName: group.name };
}

async function boardScope(
  db: Database,
  choice: LeaderboardChoice,
  viewerId: string,
  viewer: Viewer,
  now: Date,
): Promise<{ people: BoardPeople; points: BoardPoints; groupName: string | undefined }> {
  if (choice.board === "group")
    return { ...(await groupPeople(db, choice.groupId, viewerId, viewer)), points: { allTime: true } };
  const people = neighbourhoodOf(viewer);
  const points: BoardPoints =
    choice.board === "week" ? { since: weekStart(now, viewer.timeZone) } : { allTime: true };
  return { people, points, groupName: undefined };
}

/** The top of the board and the viewer's own rank on it. */
export async function leaderboard(
  db: Database,
  viewerId: string,
  choice: LeaderboardChoice,
  now: Date,
): Promise<Leaderboard> {
  const viewer = await boardViewer(db, viewerId);
  if (!viewer) throw new AppError("not-found");
  const { people, points, groupName } = await boardScope(db, choice, viewerId, viewer, now);
  const rows = await rankedPeople(db, people, points, viewerId, LEADERBOARD_TOP);
  const mine = rows.find((row) => row.userId === viewerId);
  return {
    choice,
    groupName,
    // The viewer's own row comes last when they are not among the first.
    top: rows
      .slice(0, LEADERBOARD_TOP)
      .map(({ userId, ...line }) => ({ ...line, isViewer: userId === viewerId })),
    viewer: { rank: mine?.rank ?? null, points: mine?.points ?? 0 },
    viewerHidden: !viewer.onLeaderboards,
  };
}

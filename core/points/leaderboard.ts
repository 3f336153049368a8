import { cellAndNeighbours } from "../cells.js";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { findGroupFor, memberRole } from "../groups/queries.js";
import { type Board, type BoardPoints, boardViewer, rankedPeople } from "./queries.js";
import type { Leaderboard, LeaderboardChoice } from "./types.js";
import { weekOf } from "./weeks.js";

// Leaderboards rank people by the points they earned (spending never lowers a place), among the
// people of a group or of a neighbourhood. Someone who chose not to appear is left out of every
// board others see, and still sees their own rank among those who appear.

export const LEADERBOARD_TOP = 10;

type Viewer = NonNullable<Awaited<ReturnType<typeof boardViewer>>>;

function neighbourhoodOf(viewer: Viewer): number[] {
  if (viewer.homeCell === null) throw new AppError("leaderboard-no-home");
  return cellAndNeighbours(viewer.homeCell);
}

/** A group's board is for its members: the others are told so, and nothing is read of it. */
async function groupBoard(db: Database, groupId: string, viewerId: string, viewer: Viewer) {
  // Both asked at once; a group the viewer may not see still answers not-found first.
  const [group, role] = await Promise.all([
    findGroupFor(db, groupId, viewerId),
    memberRole(db, groupId, viewerId),
  ]);
  if (!role) throw new AppError("leaderboard-not-member");
  return { board: { groupId, playground: viewer.playground }, groupName: group.name };
}

async function boardOf(
  db: Database,
  choice: LeaderboardChoice,
  viewerId: string,
  viewer: Viewer,
  now: Date,
): Promise<{ board: Board; groupName: string | undefined }> {
  if (choice.board === "group") return groupBoard(db, choice.groupId, viewerId, viewer);
  // The weekly board counts from this week's Monday 00:00 on the viewer's own calendar.
  const points: BoardPoints =
    choice.board === "week" ? { week: weekOf(now, viewer.timeZone) } : { allTime: true };
  const board = { neighbourhood: neighbourhoodOf(viewer), playground: viewer.playground, points };
  return { board, groupName: undefined };
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
  const { board, groupName } = await boardOf(db, choice, viewerId, viewer, now);
  const rows = await rankedPeople(db, board, viewerId, LEADERBOARD_TOP);
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

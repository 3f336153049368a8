import { z } from "zod";
import { nameWithBadge } from "../../core/identity/badge.js";
import { leaderboard as readLeaderboard } from "../../core/points/leaderboard.js";
import { type Leaderboard, type LeaderboardLine, neighbourhoodBoards } from "../../core/points/types.js";
import { defineCommand } from "../command.js";
import { leaderboardButton } from "../identity/cards.js";
import { type Reply, reply, type Text, text } from "../reply.js";
import { leaderboardButtons } from "./points.js";

// A leaderboard from the buttons under /points: the top and my own rank, and a button that shows
// or hides me on the boards others see.

function line({ rank, displayName, verified, points, isViewer }: LeaderboardLine): Text {
  const name = nameWithBadge({ displayName, verified });
  return text(isViewer ? "leaderboard-line-me" : "leaderboard-line", { rank, name, points });
}

function mineLine({ viewer, viewerHidden }: Leaderboard): Text {
  const hidden = viewerHidden ? "-hidden" : "";
  if (viewer.rank === null) return text(`leaderboard-mine${hidden}-none`);
  return text(`leaderboard-mine${hidden}`, { rank: viewer.rank, points: viewer.points });
}

function boardCard(board: Leaderboard): Reply {
  return reply("leaderboard-card", {
    board: board.choice.board,
    group: board.groupName ?? "",
    lines: board.top.length > 0 ? board.top.map(line) : [text("leaderboard-nobody")],
    mine: mineLine(board),
  });
}

export const leaderboard = defineCommand({
  name: "leaderboard",
  descriptionKey: "cmd-leaderboard",
  listed: false,
  fields: [],
  schema: z.object({ board: z.enum(neighbourhoodBoards).optional(), groupId: z.uuid().optional() }),
  async run({ db, profile, now }, { board = "neighbourhood", groupId }) {
    const choice = groupId ? { board: "group" as const, groupId } : { board };
    const [shown, boards] = await Promise.all([
      readLeaderboard(db, profile.userId, choice, now),
      leaderboardButtons(db, profile.userId),
    ]);
    return { ...boardCard(shown), buttons: [...boards, [leaderboardButton(profile.onLeaderboards)]] };
  },
});

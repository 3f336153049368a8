import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { listMyGroups } from "../../core/groups/queries.js";
import { levelBand } from "../../core/points/levels.js";
import { pointsSummary } from "../../core/points/queries.js";
import { pointSettings } from "../../core/points/settings.js";
import type { PointsEntryView, PointsSummary } from "../../core/points/types.js";
import { defineCommand } from "../command.js";
import { type Button, inRows, type Reply, reply, type Text, text } from "../reply.js";

// `/points`: my balance, my level with its name and what the next one takes, my latest entries
// each with why, my badges, and the way to the leaderboards.

/** Group boards offered under /points; the rest are a group card away. */
const GROUP_BOARD_BUTTONS = 4;

const signed = (amount: number) => (amount > 0 ? `+${amount}` : String(amount));

function entryLine(entry: PointsEntryView): Text {
  const params = { what: text("points-kind", { kind: entry.kind }), amount: signed(entry.amount) };
  if (entry.status === "held")
    return text("points-entry-held", { ...params, reason: entry.heldReason ?? "" });
  return text(entry.reversed ? "points-entry-reversed" : "points-entry", params);
}

function badgesLine(summary: PointsSummary): Text {
  if (summary.badges.length === 0) return text("points-badges-none");
  return text("points-badges", { badges: summary.badges.map((badge) => text("points-badge", { badge })) });
}

/** How points are earned, with the amounts the ledger really credits. */
function emptyLedger(band: Text): Reply {
  const { earning } = pointSettings;
  return reply("points-empty", {
    band,
    trade: earning.trade_completed.amount,
    ride: earning.ride_happened.amount,
    meetup: earning.meetup_attended.amount,
    workout: earning.workout_attended.amount,
  });
}

function pointsCard(summary: PointsSummary): Reply {
  const { level, intoLevel, levelSpan } = summary.level;
  const band = text("level-band", { band: levelBand(level) });
  if (summary.entries.length === 0) return emptyLedger(band);
  return reply("points-card", {
    balance: summary.balance,
    level,
    band,
    toNext: levelSpan - intoLevel,
    badges: badgesLine(summary),
    lines: summary.entries.map(entryLine),
  });
}

/** The buttons to the neighbourhood's boards and to the boards of my groups. */
export async function leaderboardButtons(db: Parameters<typeof listMyGroups>[0], userId: string) {
  const groups = await listMyGroups(db, userId);
  const groupButtons: Button[] = groups.slice(0, GROUP_BOARD_BUTTONS).map((group) => ({
    label: text("button-leaderboard-group", { name: group.name }),
    action: actions.leaderboard({ groupId: group.id }),
  }));
  const neighbourhood: Button[] = [
    {
      label: text("button-leaderboard-neighbourhood"),
      action: actions.leaderboard({ board: "neighbourhood" }),
    },
    { label: text("button-leaderboard-week"), action: actions.leaderboard({ board: "week" }) },
  ];
  return [neighbourhood, ...inRows(groupButtons, 2)];
}

export const points = defineCommand({
  name: "points",
  descriptionKey: "cmd-points",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run({ db, profile }) {
    const [summary, buttons] = await Promise.all([
      pointsSummary(db, profile.userId),
      leaderboardButtons(db, profile.userId),
    ]);
    const card = { ...pointsCard(summary), buttons };
    return profile.verified ? card : [card, reply("points-unverified")];
  },
});

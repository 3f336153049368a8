import { z } from "zod";
import { CALENDAR_WEEKS } from "../../core/workouts/streaks/calendar.js";
import { listMyStreaks } from "../../core/workouts/streaks/queries.js";
import type { GroupStreaks } from "../../core/workouts/streaks/types.js";
import { defineCommand } from "../command.js";
import { type Reply, reply, text } from "../reply.js";
import { goalText } from "./goal-text.js";
import { streakPng } from "./streak-picture.js";

// `/streak`: for each of my groups with a goal, my streak and the members' streaks in words, and
// my weeks as a picture under them.

function streakReply({ groupName, goal, mine, members, calendar }: GroupStreaks): Reply {
  const count = (value: number) => text("streak-count", { period: goal.period, count: value });
  const lines = members.map(({ displayName, current }, index) =>
    text("streak-member-line", { rank: index + 1, name: displayName, count: count(current) }),
  );
  return reply(
    "streak-group",
    {
      group: groupName,
      goal: goalText(goal),
      current: count(mine.current),
      best: count(mine.best),
      members: lines.length > 0 ? text("streak-members", { lines }) : text("streak-members-none"),
      period: goal.period,
      weeks: CALENDAR_WEEKS,
    },
    { picture: { png: streakPng(calendar), name: "streak.png" } },
  );
}

export const streak = defineCommand({
  name: "streak",
  descriptionKey: "cmd-streak",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const groups = await listMyStreaks(ctx.db, ctx.profile.userId, ctx.now);
    if (groups.length === 0) return reply("streak-no-goal");
    return groups.map(streakReply);
  },
});

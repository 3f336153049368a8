import { z } from "zod";
import { actions } from "../../../core/actions/table.js";
import { listGroupMeetups, listMyMeetups } from "../../../core/groups/meetups/queries.js";
import { listModeratedGroups } from "../../../core/groups/queries.js";
import { hasRole } from "../../../core/groups/roles.js";
import { type CommandContext, defineCommand } from "../../command.js";
import { type Button, reply, text } from "../../reply.js";
import { meetupList } from "./cards.js";

function newMeetupButton(groupId: string): Button {
  return { label: text("button-new-meetup"), action: actions.meetup({ groupId }) };
}

async function groupMeetups(ctx: CommandContext, groupId: string) {
  const { role, meetups } = await listGroupMeetups(ctx.db, ctx.profile.userId, groupId, ctx.now);
  const plan = hasRole(role, "moderator") ? [[newMeetupButton(groupId)]] : [];
  return meetupList({ key: "meetups-group" }, meetups, ctx.profile.timeZone, plan);
}

async function myMeetups(ctx: CommandContext) {
  const meetups = await listMyMeetups(ctx.db, ctx.profile.userId, ctx.now);
  const plan = [[{ label: text("button-new-meetup"), action: actions.meetupNew() }]];
  return meetupList({ key: "meetups-mine" }, meetups, ctx.profile.timeZone, plan);
}

/**
 * `/meetups` (Discord `/meetup list`): my meetups to come across my groups; from a group's page,
 * that group's, with a button to plan one for its moderators.
 */
export const meetups = defineCommand({
  name: "meetups",
  descriptionKey: "cmd-meetups",
  listed: true,
  discordSubcommand: { parent: "meetup", name: "list" },
  fields: [],
  schema: z.object({ groupId: z.uuid().optional() }),
  run: (ctx, { groupId }) => (groupId ? groupMeetups(ctx, groupId) : myMeetups(ctx)),
});

/** Discord `/meetup create`, and the button under my meetups: first the group to plan it in. */
export const meetupNew = defineCommand({
  name: "meetup_new",
  descriptionKey: "cmd-meetup-new",
  listed: false,
  discordSubcommand: { parent: "meetup", name: "create" },
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const groups = await listModeratedGroups(ctx.db, ctx.profile.userId);
    if (groups.length === 0) return reply("meetup-new-no-groups");
    const buttons = groups.map((group) => [
      {
        label: text("button-meetup-in-group", { name: group.name }),
        action: actions.meetup({ groupId: group.id }),
      },
    ]);
    return reply("meetup-new-pick", {}, { buttons });
  },
});

import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import type { Database } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { removeMember, setModerator, transferOwnership } from "../../core/groups/mutations.js";
import { getGroupView, listMembers } from "../../core/groups/queries.js";
import type { GroupRole } from "../../core/groups/roles.js";
import { outranks } from "../../core/groups/roles.js";
import type { MemberView } from "../../core/groups/types.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, inRows, reply, text } from "../reply.js";
import { showGroup } from "./browse.js";
import { confirmArgument, confirmFirst } from "./confirm.js";
import { groupConfirmField } from "./fields.js";
import { pageArgument, pageButtons, pageOf } from "./paging.js";

/** Names per page of the member list: a long list would pass a messenger's message length. */
const MEMBERS_PER_PAGE = 30;
/** People per page of a picker: three to a row and four rows, leaving Discord's fifth for paging. */
const PICKS_PER_PAGE = 12;
const PICKS_PER_ROW = 3;

/** `group_members`: who is in the group, owner and moderators first, a page at a time. */
export const groupMembers = defineCommand({
  name: "group_members",
  descriptionKey: "cmd-mygroups",
  listed: false,
  fields: [],
  schema: z.object({ groupId: z.uuid(), page: pageArgument }),
  async run(ctx, { groupId, page }) {
    const members = await listMembers(ctx.db, groupId, ctx.profile.userId);
    const shown = pageOf(members, page, MEMBERS_PER_PAGE);
    const lines = shown.items.map((member) =>
      text(`group-member-line-${member.role}`, { name: member.displayName }),
    );
    const pages = pageButtons(page, shown.hasMore, (to) => actions.groupMembers({ groupId, page: to }));
    return reply("group-members-list", { count: members.length, lines }, { buttons: pages });
  },
});

interface MemberTool {
  /** The tool's command, which its picker's buttons (people and pages) run again. */
  action: typeof actions.groupKick;
  /** Who can be picked, by their role and the role of whoever is picking. */
  eligible: (target: GroupRole, actor: GroupRole) => boolean;
  confirmKey: string;
  doneKey: string;
  act: (db: Database, actorId: string, groupId: string, memberId: string) => Promise<void>;
}

function pickerRows(tool: MemberTool, groupId: string, people: MemberView[]): Button[][] {
  const buttons = people.map((person) => ({
    label: text("button-person", { name: person.displayName }),
    action: tool.action({ groupId, memberId: person.userId }),
  }));
  return inRows(buttons, PICKS_PER_ROW);
}

/** Who the tool can be used on, as buttons a page at a time; the core refuses anyone else anyway. */
function picker(tool: MemberTool, groupId: string, members: MemberView[], actor: MemberView, page: number) {
  const eligible = members.filter(
    (member) => member.userId !== actor.userId && tool.eligible(member.role, actor.role),
  );
  if (eligible.length === 0) return reply("group-pick-nobody");
  const shown = pageOf(eligible, page, PICKS_PER_PAGE);
  const pages = pageButtons(page, shown.hasMore, (to) => tool.action({ groupId, page: to }));
  return reply("group-pick-member", {}, { buttons: [...pickerRows(tool, groupId, shown.items), ...pages] });
}

/**
 * A moderator's tool on the card: pick a member from buttons, confirm, done. The same command
 * serves each step, told apart by what its buttons carried (the member) and the answer.
 */
function memberTool(tool: MemberTool) {
  return defineCommand({
    name: tool.action.command,
    descriptionKey: "cmd-mygroups",
    listed: false,
    fields: [groupConfirmField],
    schema: z.object({
      groupId: z.uuid(),
      memberId: z.uuid().optional(),
      page: pageArgument,
      confirm: confirmArgument,
    }),
    async run(ctx: CommandContext, { groupId, memberId, page, confirm }) {
      const members = await listMembers(ctx.db, groupId, ctx.profile.userId);
      const actor = members.find((member) => member.userId === ctx.profile.userId) as MemberView;
      if (!memberId) return picker(tool, groupId, members, actor, page);
      const target = members.find((member) => member.userId === memberId);
      if (!target) throw new AppError("not-found");
      const { name: group } = await getGroupView(ctx.db, groupId, ctx.profile.userId);
      const names = { name: target.displayName, group };
      return confirmFirst(confirm, reply(tool.confirmKey, names), async () => {
        await tool.act(ctx.db, ctx.profile.userId, groupId, memberId);
        return [reply(tool.doneKey, names), await showGroup(ctx, groupId)];
      });
    },
  });
}

export const memberTools = [
  memberTool({
    action: actions.groupKick,
    eligible: (target, actor) => outranks(actor, target),
    confirmKey: "group-kick-confirm",
    doneKey: "group-kicked",
    act: removeMember,
  }),
  memberTool({
    action: actions.groupMod,
    eligible: (target) => target === "member",
    confirmKey: "group-mod-confirm",
    doneKey: "group-modded",
    act: (db, ownerId, groupId, memberId) => setModerator(db, ownerId, groupId, memberId, true),
  }),
  memberTool({
    action: actions.groupUnmod,
    eligible: (target) => target === "moderator",
    confirmKey: "group-unmod-confirm",
    doneKey: "group-unmodded",
    act: (db, ownerId, groupId, memberId) => setModerator(db, ownerId, groupId, memberId, false),
  }),
  memberTool({
    action: actions.groupOwner,
    eligible: (target) => target !== "owner",
    confirmKey: "group-owner-confirm",
    doneKey: "group-owner-handed",
    act: transferOwnership,
  }),
];

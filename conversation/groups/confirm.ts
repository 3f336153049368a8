import { z } from "zod";
import { getGroupView } from "../../core/groups/queries.js";
import { type GroupRole, requireRole } from "../../core/groups/roles.js";
import { type Ask, askFor, type CommandContext, defineCommand } from "../command.js";
import { type Reply, reply } from "../reply.js";
import { groupConfirmField } from "./fields.js";

/** The answer to groupConfirmField, as a command's schema reads it. */
export const confirmArgument = z.enum(["yes", "no"]).optional();

/**
 * Says what is about to happen and asks to confirm it (the `confirm` field), then acts on yes.
 * Every command using it lists groupConfirmField, optional so it is asked only from here.
 */
export async function confirmFirst(
  confirm: "yes" | "no" | undefined,
  notice: Reply,
  act: () => Promise<Reply | Reply[]>,
): Promise<Reply | Reply[] | Ask> {
  if (confirm === undefined) return askFor("confirm", notice);
  if (confirm === "no") return reply("group-kept");
  return act();
}

/**
 * A button on the card that changes the whole group (leave it, delete it) once the person confirms
 * by name. Someone without the `needed` role is refused at once, not asked to confirm first.
 */
export function confirmedOnGroup(
  name: string,
  confirmKey: string,
  needed: GroupRole,
  act: (ctx: CommandContext, groupId: string, groupName: string) => Promise<Reply | Reply[]>,
) {
  return defineCommand({
    name,
    descriptionKey: "cmd-mygroups",
    listed: false,
    fields: [groupConfirmField],
    schema: z.object({ groupId: z.uuid(), confirm: confirmArgument }),
    async run(ctx, { groupId, confirm }) {
      const { name: groupName, standing } = await getGroupView(ctx.db, groupId, ctx.profile.userId);
      requireRole(standing.role, needed);
      return confirmFirst(confirm, reply(confirmKey, { name: groupName }), () =>
        act(ctx, groupId, groupName),
      );
    },
  });
}

import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { AppError } from "../../core/errors.js";
import { linkGroupChat, unlinkGroupChat } from "../../core/groups/chats/mutations.js";
import type { GroupChatInput } from "../../core/groups/chats/schema.js";
import { listModeratedGroups } from "../../core/groups/queries.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, reply } from "../reply.js";

// A group is linked where the link will live: in the group chat or server channel itself, so the
// messenger can say whether the person runs that chat. Shared chats take no typed answers, so the
// group is picked with a button.

/** The chat the command was typed in; refused at once where no link can live or the person does not run it. */
function chatHere(ctx: CommandContext): GroupChatInput {
  const { platform } = ctx.account;
  if (!ctx.chat || platform === "web" || ctx.chat.kind === "private")
    throw new AppError("group-chat-private");
  return { platform, ...ctx.chat };
}

async function groupButtons(ctx: CommandContext): Promise<Button[][]> {
  const groups = await listModeratedGroups(ctx.db, ctx.profile.userId);
  return groups.map((group) => [
    {
      label: { key: "button-group-name", params: { name: group.name } },
      action: actions.groupLink({ groupId: group.id }),
    },
  ]);
}

/** `/group_link` (Discord `/group link`) in a group chat: pick one of the groups you run, and it hears of that group's news. */
export const groupLink = defineCommand({
  name: "group_link",
  sharedChat: true,
  descriptionKey: "cmd-group-link",
  listed: true,
  discordSubcommand: { parent: "group", name: "link" },
  fields: [],
  schema: z.object({ groupId: z.uuid().optional() }),
  async run(ctx, { groupId }) {
    const chat = chatHere(ctx);
    if (!chat.canManage) throw new AppError("group-chat-not-manager");
    if (!groupId) {
      const buttons = await groupButtons(ctx);
      return reply(buttons.length ? "group-link-pick" : "group-link-none", {}, { buttons });
    }
    const linked = await linkGroupChat(ctx.db, ctx.profile, groupId, chat);
    return reply("group-linked", { group: linked.groupName, open: linked.groupOpen ? "yes" : "no" });
  },
});

/** `/group_unlink` (Discord `/group unlink`): the chat stops hearing of its group. */
export const groupUnlink = defineCommand({
  name: "group_unlink",
  sharedChat: true,
  descriptionKey: "cmd-group-unlink",
  listed: false,
  discordSubcommand: { parent: "group", name: "unlink" },
  fields: [],
  schema: z.object({}),
  async run(ctx) {
    const unlinked = await unlinkGroupChat(ctx.db, ctx.profile.userId, chatHere(ctx));
    return reply(unlinked ? "group-unlinked" : "group-unlinked-none");
  },
});

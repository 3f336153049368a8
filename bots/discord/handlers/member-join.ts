import type { GuildMember, PartialGuildMember } from "discord.js";
import { joinGroupsFromServer } from "../../../core/groups/chats/mutations.js";
import type { AppContext } from "../../../runtime/context.js";

/**
 * Someone joined a server: they join the open groups linked to its channels. Nothing is said to
 * anyone; a failure is logged and the bot goes on, as with any other event.
 */
export async function handleMemberJoin(
  ctx: AppContext,
  member: GuildMember | PartialGuildMember,
): Promise<void> {
  const { user } = member;
  if (user.bot) return;
  const account = {
    platform: "discord" as const,
    externalId: user.id,
    // The worker opens the DM channel for this user id itself, as for anyone who used a command.
    chatId: user.id,
    displayName: user.globalName ?? undefined,
    handle: user.username,
  };
  try {
    const outcomes = await joinGroupsFromServer(ctx.db, account, member.guild.id);
    if (outcomes.length > 0) ctx.logger.debug({ outcomes }, "server join");
  } catch (error) {
    ctx.logger.error({ err: error }, "server join failed");
  }
}

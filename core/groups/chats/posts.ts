import type { Prisma } from "../../db/client.js";
import { queueChatPost } from "../../notifications/mutations.js";
import type { MessageContent } from "../../notifications/types.js";
import { listGroupChats } from "./queries.js";
import type { ChatReaders } from "./types.js";

/**
 * Posts to every chat linked to the group, through the outbox, in the transaction of the change
 * it tells of. `content` is asked once per chat, so times read on each chat's clock.
 */
export async function queueGroupChatPosts(
  tx: Prisma.TransactionClient,
  groupId: string,
  content: (readers: ChatReaders) => MessageContent & { ephemeral?: boolean },
): Promise<number> {
  const chats = await listGroupChats(tx, groupId);
  for (const chat of chats) await queueChatPost(tx, chat.id, content(chat));
  return chats.length;
}

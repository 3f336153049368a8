import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";

export interface ConversationSummary {
  id: string;
  topic: string;
  openerId: string;
  subjectId: string;
}

/** A conversation its member may write in; anyone else gets "not in conversation". */
export async function getConversationFor(
  db: Database,
  conversationId: string,
  userId: string,
): Promise<ConversationSummary> {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, members: { some: { userId } } },
    select: { id: true, topic: true, openerId: true, subjectId: true },
  });
  if (!conversation) throw new AppError("not-in-conversation");
  return conversation;
}

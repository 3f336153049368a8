import { actions } from "../actions/table.js";
import type { Database, Prisma } from "../db/client.js";
import { AppError } from "../errors.js";
import { findContactInfo } from "../moderation/contact-info.js";
import { queueNotification } from "../notifications/mutations.js";
import { type ConversationContext, MAX_RELAY_MESSAGE_LENGTH, type RelayOutcome } from "./types.js";

export interface NewConversation {
  context: ConversationContext;
  subjectId: string;
  openerId: string;
  topic: string;
  memberIds: string[];
}

/** The conversation of this opener about this subject, started on first contact. */
export async function ensureConversation(
  tx: Prisma.TransactionClient,
  input: NewConversation,
): Promise<string> {
  const key = { context: input.context, subjectId: input.subjectId, openerId: input.openerId };
  // INSERT … ON CONFLICT DO NOTHING: a second press racing the first waits for it and then finds
  // its row, where an upsert (select, then insert) fails the whole transaction on the unique key.
  const { count: created } = await tx.conversation.createMany({
    data: [{ ...key, topic: input.topic }],
    skipDuplicates: true,
  });
  const { id } = await tx.conversation.findUniqueOrThrow({
    where: { context_subjectId_openerId: key },
    select: { id: true },
  });
  if (created > 0) {
    await tx.conversationMember.createMany({
      data: [...new Set(input.memberIds)].map((userId) => ({ conversationId: id, userId })),
    });
  }
  return id;
}

async function membersOf(db: Prisma.TransactionClient, conversationId: string, userId: string) {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    include: { members: { include: { user: { select: { displayName: true } } } } },
  });
  if (!conversation?.members.some((member) => member.userId === userId)) {
    throw new AppError("not-in-conversation");
  }
  return conversation;
}

function relayButtons(conversationId: string) {
  return [
    [
      { label: { key: "button-reply" }, action: actions.relay({ conversationId }) },
      { label: { key: "button-share-handle" }, action: actions.relayShare({ conversationId }) },
    ],
  ];
}

/**
 * Passes one message to everyone else in the conversation through the outbox. A message with a
 * phone number, account number or e-mail is held back with a warning until the sender confirms.
 * The words are stored only on the ephemeral outbox rows, which forget them once delivered.
 */
export async function relayMessage(
  db: Database,
  input: { conversationId: string; senderId: string; text: string; confirmed: boolean; now?: Date },
): Promise<RelayOutcome> {
  const text = input.text.trim();
  if (!text) throw new AppError("invalid-input");
  if (text.length > MAX_RELAY_MESSAGE_LENGTH)
    throw new AppError("text-too-long", { max: MAX_RELAY_MESSAGE_LENGTH });
  return db.$transaction(async (tx): Promise<RelayOutcome> => {
    // Membership first: someone outside the conversation is refused, not offered to confirm.
    const conversation = await membersOf(tx, input.conversationId, input.senderId);
    const found = findContactInfo(text);
    if (found.length > 0 && !input.confirmed) return { status: "warning", found };
    const sender = conversation.members.find((member) => member.userId === input.senderId);
    const recipients = conversation.members.filter((member) => member.userId !== input.senderId);
    for (const recipient of recipients) {
      await queueNotification(tx, {
        userId: recipient.userId,
        messageKey: "notify-relay-message",
        params: { from: sender?.user.displayName ?? "", topic: conversation.topic, body: text },
        buttons: relayButtons(conversation.id),
        ephemeral: true,
      });
    }
    await tx.conversation.update({
      where: { id: conversation.id },
      data: { messageCount: { increment: 1 }, lastMessageAt: input.now ?? new Date() },
    });
    return { status: "sent", recipients: recipients.length };
  });
}

/**
 * Records that this person agrees to show their messenger handle. Once everyone agreed, each
 * member is told the others' handles; until then nobody sees anyone's.
 */
export async function shareHandle(
  db: Database,
  input: { conversationId: string; userId: string },
): Promise<{ everyoneAgreed: boolean }> {
  return db.$transaction(async (tx) => {
    await membersOf(tx, input.conversationId, input.userId);
    // One agreement at a time per conversation: two members agreeing at the same moment would
    // otherwise each miss the other's uncommitted agreement, and nobody would be shown anything.
    await tx.$queryRaw`SELECT 1 FROM "Conversation" WHERE id = ${input.conversationId}::uuid FOR UPDATE`;
    const { count: agreedNow } = await tx.conversationMember.updateMany({
      where: { conversationId: input.conversationId, userId: input.userId, sharesHandle: false },
      data: { sharesHandle: true },
    });
    const members = await tx.conversationMember.findMany({
      where: { conversationId: input.conversationId },
      include: {
        user: { select: { displayName: true, accounts: { select: { platform: true, handle: true } } } },
      },
    });
    const everyoneAgreed = members.every((member) => member.sharesHandle);
    // A repeated press changes nothing: the handles went out when the last member agreed.
    if (!everyoneAgreed || agreedNow === 0) return { everyoneAgreed };
    for (const member of members) {
      const others = members
        .filter((other) => other.userId !== member.userId)
        .map((other) => {
          const handles = other.user.accounts.flatMap((account) =>
            account.handle && account.platform !== "web" ? [`${account.platform} @${account.handle}`] : [],
          );
          return `${other.user.displayName}: ${handles.join(", ") || "-"}`;
        });
      await queueNotification(tx, {
        userId: member.userId,
        messageKey: "notify-relay-handles",
        params: { handles: others.join("\n") },
        ephemeral: true,
      });
    }
    return { everyoneAgreed };
  });
}

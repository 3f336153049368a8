// What the bot sent to each chat, kept for the person there to read (person.ts).

/** A message the bot sent, as it sent it. */
export interface BotMessage {
  chat_id: number | string;
  text: string;
  reply_markup?: {
    inline_keyboard?: { text: string; callback_data: string }[][];
    keyboard?: { text: string; request_location?: boolean; request_contact?: boolean }[][];
    remove_keyboard?: boolean;
  };
}

interface Kept {
  messageId: number;
  message: BotMessage;
  read: boolean;
}

export function chatHistories() {
  const chats = new Map<string, Kept[]>();
  const historyOf = (chatId: string) => {
    const history = chats.get(chatId) ?? [];
    chats.set(chatId, history);
    return history;
  };
  return {
    sent(chatId: string, messageId: number, payload: Record<string, unknown>) {
      historyOf(chatId).push({ messageId, message: payload as unknown as BotMessage, read: false });
    },
    /** What a person has read stays as they read it: an edit shows in a message not read yet. */
    edited(chatId: string, messageId: number, payload: Record<string, unknown>) {
      const kept = historyOf(chatId).find((candidate) => candidate.messageId === messageId);
      if (kept) kept.message = { ...kept.message, ...payload };
    },
    /** The messages not read yet, oldest first; they count as read now. */
    unread(chatId: string): BotMessage[] {
      const unread = historyOf(chatId).filter((kept) => !kept.read);
      for (const kept of unread) kept.read = true;
      return unread.map((kept) => structuredClone(kept.message));
    },
  };
}

export type ConversationContext = "trade" | "ride";

export const MAX_RELAY_MESSAGE_LENGTH = 1000;

export type RelayOutcome =
  | { status: "sent"; recipients: number }
  /** Contact details found: nothing was sent; the sender may confirm to send it anyway. */
  | { status: "warning"; found: ("phone" | "account" | "email")[] };

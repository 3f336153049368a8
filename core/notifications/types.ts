import type { Language, Platform } from "../identity/types.js";

export type NotificationParams = Record<string, string | number>;

/** An i18n key and its parameters, translated in the person's language when it is delivered. */
export type NotificationText = { key: string; params?: NotificationParams };

/**
 * A button under a notification. It has the shape of a command reply's Button (with flat label
 * params), so every front door renders both alike and handles a press the same way.
 */
export type NotificationButton = {
  label: NotificationText;
  /** Opaque button data the bots decode when it is pressed (core/actions.ts). */
  action: string;
};

/** What a message says: an i18n key rendered in its reader's language when it is delivered. */
export interface MessageContent {
  messageKey: string;
  params?: NotificationParams;
  buttons?: NotificationButton[][];
}

export interface NewNotification extends MessageContent {
  userId: string;
  /**
   * The params hold a person's own words (a relayed message): they are erased as soon as the
   * row is delivered or given up, so nobody's words are kept longer than delivering them takes.
   */
  ephemeral?: boolean;
  /** Prefer this messenger if the person has an account there. */
  via?: Platform;
}

/** What a notification says, read back from its row. */
export interface NotificationContent {
  messageKey: string;
  params: NotificationParams;
  buttons: NotificationButton[][];
}

/** Everything the delivery worker needs, read at delivery time (never carried in a job). */
export interface PendingDelivery extends NotificationContent {
  notificationId: string;
  language: Language;
  attempts: number;
  /** `shared` for a group's linked chat, which many people read: it is posted to at a group chat's pace. */
  target: { platform: Platform; chatId: string; shared: boolean } | undefined;
}

/** A notification shown in a playground persona's inbox. */
export interface DeliveredNotification extends NotificationContent {
  id: string;
  sentAt: Date | null;
  ephemeral: boolean;
}

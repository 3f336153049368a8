import type { Language, Platform } from "../identity/types.js";

export type NotificationParams = Record<string, string | number>;

export interface NewNotification {
  userId: string;
  /** i18n message key, rendered in the person's language when it is delivered. */
  messageKey: string;
  params?: NotificationParams;
  /** Prefer this messenger if the person has an account there. */
  via?: Platform;
}

/** Everything the delivery worker needs, read at delivery time (never carried in a job). */
export interface PendingDelivery {
  notificationId: string;
  messageKey: string;
  params: NotificationParams;
  language: Language;
  attempts: number;
  target: { platform: Platform; chatId: string } | undefined;
}

import type { Language } from "../../core/identity/types.js";
import type { DeliveredNotification } from "../../core/notifications/types.js";
import type { AppContext } from "../../runtime/context.js";
import { renderReply, type WebButton } from "./render.js";

export interface WebNotification {
  id: string;
  text: string;
  buttons: WebButton[][];
  sentAt: string | undefined;
}

/** A notification is rendered like a reply, so its buttons are pressed like a reply's. */
export function renderNotification(
  ctx: Pick<AppContext, "translator" | "dispatcher">,
  language: Language,
  notification: DeliveredNotification,
): WebNotification {
  const { text, buttons } = renderReply(ctx, language, {
    text: { key: notification.messageKey, params: notification.params },
    buttons: notification.buttons,
  });
  return { id: notification.id, text, buttons, sentAt: notification.sentAt?.toISOString() };
}

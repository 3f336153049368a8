import type { Language, Platform } from "../../core/identity/types.js";
import type { Message } from "../../core/message.js";

/** Why a send failed, which decides what the queue does next. */
export type SendFailure =
  /** The messenger asked us to slow down: pause the whole queue that long, then try again. */
  | { kind: "rate-limited"; retryAfterMs: number }
  /** Trying again cannot help (blocked by the user, chat gone): give up on this notification. */
  | { kind: "permanent"; reason: string }
  /** Network trouble or a server error: retry with backoff. */
  | { kind: "transient"; reason: string };

/** A message in no language yet, and its reader's language: the messenger's sender translates it. */
export interface OutgoingMessage extends Message {
  language: Language;
}

/**
 * One messenger's way to reach a person privately, implemented in that messenger's folder
 * (bots/<messenger>/sender.ts) and handed to the workers by the composition root. `reason`s hold
 * status codes and the messenger's fixed error sentences only — never the text or the chat id —
 * because they are stored on the notification row and logged.
 */
export interface Sender {
  send(chatId: string, message: OutgoingMessage): Promise<void>;
  /**
   * A card in a chat many people read (a neighbourhood board), kept up to date with `edit`.
   * Its buttons answer whoever presses them, privately. Returns the message id.
   */
  post(chatId: string, message: OutgoingMessage): Promise<string>;
  edit(chatId: string, messageId: string, message: OutgoingMessage): Promise<void>;
  classify(error: unknown): SendFailure;
}

/** The messengers that have a token configured; web needs no sender (its inbox is the table). */
export type Senders = Partial<Record<Exclude<Platform, "web">, Sender>>;

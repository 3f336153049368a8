import type { ChatRef } from "../core/boards/types.js";
import type { SharedContact } from "../core/identity/types.js";
import type { PhotoFacts, PhotoRef, SentPhoto } from "../core/photo.js";
import type { Place } from "../core/place.js";
import { cleanText, visibleText } from "../core/text/clean.js";

/** Named values given up front: text by field name, or photos for a photos field (Discord attachments). */
export type CommandOptions = Record<string, string | SentPhoto[]>;

/**
 * What a person did, as each front door reads it from its messenger, and where: the chat (when the
 * messenger has shared ones, a command or button in a group acts on that group) and who reads the
 * answer there — only the person (a private chat, Discord's ephemeral replies, the playground) or
 * everyone in a shared chat. Without `readBy`, a chat other than a private one is read by all.
 */
export type Input = (
  | { kind: "command"; name: string; text?: string; options?: CommandOptions }
  | { kind: "button"; data: string }
  | { kind: "text"; text: string }
  | { kind: "place"; place: Place }
  | { kind: "photo"; photo: PhotoRef; facts?: PhotoFacts }
  | { kind: "contact"; contact: SharedContact }
  | { kind: "form"; command: string; values: Record<string, string> }
) & { chat?: ChatRef; readBy?: "person" | "chat" };

/** Whether everyone in the chat reads the answer to this input. */
export function answeredInShared(input: Input): boolean {
  if (input.readBy) return input.readBy === "chat";
  return input.chat !== undefined && input.chat.kind !== "private";
}

function cleanValues<T extends string | SentPhoto[]>(values: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" ? cleanText(value) : value,
    ]),
  ) as Record<string, T>;
}

/** The input with every text a person typed cleaned (core/text/clean.ts), before anything reads it. */
export function cleanInput(input: Input): Input {
  switch (input.kind) {
    case "command":
      return {
        ...input,
        ...(input.text === undefined ? {} : { text: cleanText(input.text) }),
        ...(input.options ? { options: cleanValues(input.options) } : {}),
      };
    case "text":
      return { ...input, text: cleanText(input.text) };
    case "form":
      return { ...input, values: cleanValues(input.values) };
    case "place": {
      const { label, ...place } = input.place;
      const visible = visibleText(label);
      return { ...input, place: visible ? { ...place, label: visible } : place };
    }
    case "contact":
      return { ...input, contact: { ...input.contact, phone: cleanText(input.contact.phone) } };
    default:
      return input;
  }
}

import type { BoardPlatform } from "../../boards/types.js";
import type { Language } from "../../identity/types.js";

/** A messenger chat linked to a group, which hears the group's announcements, meetups and reminders. */
export interface LinkedChat {
  id: string;
  groupId: string;
  groupName: string;
  /** People who join the chat join an open group too. */
  groupOpen: boolean;
  platform: BoardPlatform;
  chatId: string;
  /** Set for a Discord channel: the server whose scheduled events show the group's meetups. */
  guildId: string | undefined;
  /** A chat has no language or clock of its own: those of whoever linked it. */
  language: Language;
  timeZone: string;
}

/** What a post to a chat needs to say things its readers understand: their language and clock. */
export type ChatReaders = Pick<LinkedChat, "language" | "timeZone">;

/** A meetup of a group linked to a Discord server, whose scheduled event there is behind. */
export interface DiscordEventTask {
  meetupId: string;
  groupChatId: string;
  guildId: string;
  /** Discord's id of the event, once created. */
  eventId: string | undefined;
  version: number;
  cancelled: boolean;
  title: string;
  startAt: Date;
  endAt: Date;
  placeLabel: string | undefined;
  /** A workout: the event shows its video room, never a link to it. */
  videoRoom: boolean;
  costNote: string | undefined;
  groupName: string;
  language: LinkedChat["language"];
}

/** What bringing an event up to date takes: Discord keeps no events in the past and edits none that began. */
export type DiscordEventStep = "create" | "update" | "cancel" | "none";

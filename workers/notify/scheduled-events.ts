import type { SendFailure } from "./sender.js";

/** A meetup as a server's scheduled event shows it; the texts are already in the chat's language. */
export interface EventFields {
  name: string;
  description: string;
  location: string;
  startAt: Date;
  endAt: Date;
}

/**
 * A Discord server's scheduled events, as the sync of linked groups' meetups uses them; the
 * Discord bot's folder implements it (bots/discord/scheduled-events.ts).
 */
export interface ScheduledEvents {
  /** Creates the event, or adopts one already there with the same name and start (a create whose answer was lost). */
  create(guildId: string, event: EventFields): Promise<string>;
  update(guildId: string, eventId: string, event: EventFields): Promise<void>;
  cancel(guildId: string, eventId: string): Promise<void>;
  classify(error: unknown): SendFailure;
}

import {
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  REST,
  type RESTPostAPIGuildScheduledEventJSONBody,
  Routes,
} from "discord.js";
import { z } from "zod";
import type { EventFields, ScheduledEvents } from "../../workers/notify/scheduled-events.js";
import { classifyDiscordError } from "./sender.js";

const eventList = z.array(
  z.object({ id: z.string(), name: z.string(), scheduled_start_time: z.string(), status: z.number() }),
);

/** Discord's limits: a name of 100 characters, a description of 1000, a location of 100. */
function eventBody(event: EventFields) {
  return {
    name: event.name.slice(0, 100),
    description: event.description.slice(0, 1000),
    scheduled_start_time: event.startAt.toISOString(),
    scheduled_end_time: event.endAt.toISOString(),
    entity_metadata: { location: event.location.slice(0, 100) },
  };
}

/** Discord's scheduled events through its REST API, for the sync of linked groups' meetups. */
export function discordScheduledEvents(token: string, apiRoot: string | undefined): ScheduledEvents {
  // As for messages: no REST-level retries, so a lost answer cannot make a second event unseen.
  const rest = new REST({ version: "10", retries: 0, ...(apiRoot ? { api: apiRoot } : {}) }).setToken(token);

  async function findSame(guildId: string, event: EventFields): Promise<string | undefined> {
    const events = eventList.parse(await rest.get(Routes.guildScheduledEvents(guildId)));
    const { name, scheduled_start_time } = eventBody(event);
    const same = events.find(
      (found) =>
        found.status === GuildScheduledEventStatus.Scheduled &&
        found.name === name &&
        Date.parse(found.scheduled_start_time) === Date.parse(scheduled_start_time),
    );
    return same?.id;
  }

  return {
    async create(guildId, event) {
      const existing = await findSame(guildId, event);
      if (existing) return existing;
      const body: RESTPostAPIGuildScheduledEventJSONBody = {
        ...eventBody(event),
        privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
        entity_type: GuildScheduledEventEntityType.External,
      };
      const created = await rest.post(Routes.guildScheduledEvents(guildId), { body });
      return z.object({ id: z.string().min(1) }).parse(created).id;
    },
    async update(guildId, eventId, event) {
      await rest.patch(Routes.guildScheduledEvent(guildId, eventId), { body: eventBody(event) });
    },
    async cancel(guildId, eventId) {
      await rest.patch(Routes.guildScheduledEvent(guildId, eventId), {
        body: { status: GuildScheduledEventStatus.Canceled },
      });
    },
    classify: classifyDiscordError,
  };
}

import type { Redis } from "ioredis";
import type { Database } from "../../core/db/client.js";
import { discordEventStep } from "../../core/groups/chats/discord-events.js";
import { recordDiscordEvent } from "../../core/groups/chats/mutations.js";
import { listDiscordEventsBehind } from "../../core/groups/chats/queries.js";
import type { DiscordEventTask } from "../../core/groups/chats/types.js";
import type { Translator } from "../../i18n/translator.js";
import type { Logger } from "../../runtime/logger.js";
import { takeLock } from "../redis-lock.js";
import type { EventFields, ScheduledEvents } from "./scheduled-events.js";

/** Events brought up to date per pass; the rest wait for the next one. */
const EVENTS_PER_PASS = 50;

export interface DiscordEventDeps {
  db: Database;
  events: ScheduledEvents;
  translator: Translator;
  logger: Logger;
}

/** Longer than a pass of EVENTS_PER_PASS calls takes, short enough to recover from a crash. */
const PASS_LOCK_MS = 5 * 60_000;

/**
 * One pass at a time across every worker: two passes could both find an event missing and both
 * create it. A pass that finds the lock taken leaves the work to the one running.
 */
export async function syncDiscordEventsAlone(
  deps: DiscordEventDeps & { redis: Redis; queuePrefix: string },
): Promise<number> {
  const lock = await takeLock(deps.redis, `${deps.queuePrefix}:discord-events`, PASS_LOCK_MS);
  if (!lock) return 0;
  try {
    return await syncDiscordEvents(deps);
  } finally {
    await lock.release();
  }
}

/** A workout's event shows its video room; a meetup's, the venue's name when it has one. */
function locationKey(task: DiscordEventTask): string {
  if (task.videoRoom) return "discord-event-location-video-room";
  return task.placeLabel ? "discord-event-location" : "discord-event-location-unnamed";
}

function eventFields(translator: Translator, task: DiscordEventTask): EventFields {
  return {
    name: task.title,
    description: translator.translate(task.language, "discord-event-description", {
      group: task.groupName,
      cost: task.costNote ?? "-",
    }),
    location: translator.translate(task.language, locationKey(task), { place: task.placeLabel ?? "" }),
    startAt: task.startAt,
    endAt: task.endAt,
  };
}

/** Makes one server's event match its meetup; the event's id afterwards, if it has one. */
async function bringUpToDate(deps: DiscordEventDeps, task: DiscordEventTask, now: Date) {
  const step = discordEventStep(task, now);
  const fields = eventFields(deps.translator, task);
  if (step === "create") return deps.events.create(task.guildId, fields);
  if (step === "update" && task.eventId) await deps.events.update(task.guildId, task.eventId, fields);
  if (step === "cancel" && task.eventId) await deps.events.cancel(task.guildId, task.eventId);
  return task.eventId;
}

/**
 * Brings the scheduled events of linked Discord servers in line with their meetups: creates,
 * edits or cancels each event that is behind its meetup's version. A server that refuses for good
 * (the bot lost Manage Events, the server is gone) is recorded as done, so it is not asked again
 * for this version; any other failure is tried again on the next pass.
 */
export async function syncDiscordEvents(deps: DiscordEventDeps, now = new Date()): Promise<number> {
  const tasks = await listDiscordEventsBehind(deps.db, now, EVENTS_PER_PASS);
  let synced = 0;
  for (const task of tasks) {
    const { meetupId, groupChatId, version } = task;
    try {
      const eventId = await bringUpToDate(deps, task, now);
      await recordDiscordEvent(deps.db, { meetupId, groupChatId, eventId, version });
      synced++;
    } catch (error) {
      const failure = deps.events.classify(error);
      deps.logger.warn({ meetupId, groupChatId, failure }, "discord event not synced");
      // Discord asked to slow down: the rest waits for the next pass. One server's outage must
      // not hold up the others', so anything else moves on to the next event.
      if (failure.kind === "rate-limited") return synced;
      if (failure.kind === "permanent") {
        await recordDiscordEvent(deps.db, { meetupId, groupChatId, eventId: task.eventId, version });
      }
    }
  }
  return synced;
}

import type { DiscordEventStep, DiscordEventTask } from "./types.js";

/**
 * The call that brings a server's event in line with its meetup. Discord refuses an event that
 * starts in the past and any change to one that has begun, so those are left as they are (and
 * recorded as synced, so they are not tried again).
 */
export function discordEventStep(task: DiscordEventTask, now: Date): DiscordEventStep {
  const ahead = task.startAt.getTime() > now.getTime();
  if (task.eventId === undefined) return !task.cancelled && ahead ? "create" : "none";
  if (!ahead) return "none";
  return task.cancelled ? "cancel" : "update";
}

import type { Database } from "../../db/client.js";
import { joinButton } from "../../workouts/messages.js";
import { giveBackButtons, meetupCardButton } from "../meetups/messages.js";
import { notifyEach, postToGroupChats } from "../meetups/notices.js";
import type { ReminderKind } from "../meetups/types.js";
import { answeredBy } from "../rsvp/queries.js";
import { reminderDue } from "./rules.js";

/**
 * The worker queued the reminder jobs of these meetups at these versions: it records that, in one
 * UPDATE, and each debt is paid unless that meetup changed meanwhile (then the next scan queues
 * the new version's jobs; any job left behind reads the meetup when it runs and sends nothing out
 * of time, see reminderDue). Returns how many were paid.
 */
export async function markRemindersScheduled(
  db: Database,
  scheduled: { id: string; version: number }[],
): Promise<number> {
  if (scheduled.length === 0) return 0;
  return db.$executeRaw`
    UPDATE "Meetup" m SET "remindersVersion" = s.version, "remindersDueAt" = NULL
    FROM unnest(${scheduled.map(({ id }) => id)}::uuid[], ${scheduled.map(({ version }) => version)}::int[])
      AS s(id, version)
    WHERE m.id = s.id AND m.version = s.version`;
}

/**
 * Sends one reminder of a meetup, if it is still scheduled and the reminder is due for its start
 * as it stands now (reminderDue): to the people going, and a day ahead to the first on the waitlist too.
 * The MeetupReminder row is written with the notifications, so a retried or duplicated job finds
 * it and sends nothing. Returns how many people were reminded.
 */
export async function sendMeetupReminder(
  db: Database,
  job: { meetupId: string; kind: ReminderKind },
  now = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const meetup = await tx.meetup.findUnique({ where: { id: job.meetupId } });
    if (meetup?.status !== "scheduled" || !reminderDue(job.kind, meetup.startAt, now)) return 0;
    const { count } = await tx.meetupReminder.createMany({
      data: [{ meetupId: meetup.id, kind: job.kind, startAt: meetup.startAt, sentAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) return 0;
    const going = await answeredBy(tx, meetup.id, ["going"]);
    const messageKey = job.kind === "day" ? "notify-meetup-reminder-day" : "notify-meetup-reminder-hour";
    // Whoever is going to a workout gets the way into its room with the reminder.
    const join = meetup.workoutKind ? [[joinButton(meetup.id)]] : [];
    await notifyEach(tx, meetup, going, {
      messageKey,
      buttons: [...join, ...giveBackButtons(meetup.id)],
    });
    await postToGroupChats(tx, meetup, { messageKey, buttons: [[meetupCardButton(meetup.id)]] });
    const [nextInLine] = job.kind === "day" ? await answeredBy(tx, meetup.id, ["waitlisted"]) : [];
    if (nextInLine) {
      await notifyEach(tx, meetup, [nextInLine], {
        messageKey: "notify-meetup-reminder-waitlist",
        buttons: giveBackButtons(meetup.id),
      });
    }
    return going.length + (nextInLine ? 1 : 0);
  });
}

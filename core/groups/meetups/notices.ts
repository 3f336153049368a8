import type { Prisma } from "../../db/client.js";
import { queueNotifications } from "../../notifications/mutations.js";
import type { MessageContent } from "../../notifications/types.js";
import { queueGroupChatPosts } from "../chats/posts.js";
import { type MeetupFacts, meetupParams } from "./messages.js";
import type { VenueReaders } from "./venue.js";

// Who hears of a meetup's news, and the notice each gets: the meetup's time on their own clocks,
// the venue exact for members and rough for linked chats. Shared by a meetup's lifecycle, its
// RSVPs and its reminders.

type Tx = Prisma.TransactionClient;

export interface Recipient {
  userId: string;
  timeZone: string;
}

export const recipientColumns = { userId: true, user: { select: { timeZone: true } } } as const;

export function recipientOf(row: { userId: string; user: { timeZone: string } }): Recipient {
  return { userId: row.userId, timeZone: row.user.timeZone };
}

/** The message with the meetup's title, time (on the reader's clocks) and venue in its params. */
function contentFor(
  meetup: MeetupFacts,
  readers: { timeZone: string; venue: VenueReaders },
  message: MessageContent,
): MessageContent {
  return {
    messageKey: message.messageKey,
    params: { ...meetupParams(meetup, readers.timeZone, readers.venue), ...message.params },
    ...(message.buttons ? { buttons: message.buttons } : {}),
  };
}

/** One notification per recipient, with the meetup's time written on their own clocks. */
export async function notifyEach(
  tx: Tx,
  meetup: MeetupFacts,
  recipients: Recipient[],
  message: MessageContent,
) {
  await queueNotifications(
    tx,
    recipients.map(({ userId, timeZone }) => ({
      userId,
      ...contentFor(meetup, { timeZone, venue: "members" }, message),
    })),
  );
}

/** The same to the chats linked to the group, on the clock of whoever linked each, with the venue's rough area. */
export async function postToGroupChats(
  tx: Tx,
  meetup: MeetupFacts & { groupId: string },
  message: MessageContent,
) {
  await queueGroupChatPosts(tx, meetup.groupId, ({ timeZone }) =>
    contentFor(meetup, { timeZone, venue: "chat" }, message),
  );
}

import type { Prisma } from "../../db/client.js";
import { recipientColumns, recipientOf } from "../meetups/notices.js";
import type { RsvpStatus } from "../meetups/types.js";

/** People who answered the meetup one of `statuses`, waitlist order first, except whoever made the change. */
export async function answeredBy(
  tx: Prisma.TransactionClient,
  meetupId: string,
  statuses: RsvpStatus[],
  except?: string,
) {
  const rows = await tx.rsvp.findMany({
    where: { meetupId, status: { in: statuses }, ...(except ? { userId: { not: except } } : {}) },
    orderBy: [{ waitlistNo: "asc" }, { respondedAt: "asc" }],
    select: recipientColumns,
  });
  return rows.map(recipientOf);
}

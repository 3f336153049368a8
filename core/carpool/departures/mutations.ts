import type { Database } from "../../db/client.js";
import { queueNotification } from "../../notifications/mutations.js";
import { localTime } from "../format.js";
import { followUpButtons } from "../messages.js";
import { memberFacts } from "../queries.js";
import { closed } from "../request-status.js";
import type { CarpoolSettings } from "../settings.js";

// A confirmed group around its departure: reminded before it, settled after it.

const MINUTE_MS = 60_000;
/** Riders are asked how the ride went this long after departure. */
export const FOLLOW_UP_AFTER_MS = 30 * MINUTE_MS;

/** Each confirmed group is reminded once, `reminderMin` before departure. */
export async function remindRides(
  db: Database,
  settings: CarpoolSettings,
  now = new Date(),
): Promise<number> {
  const soon = new Date(now.getTime() + settings.reminderMin * MINUTE_MS);
  return db.$transaction(async (tx) => {
    const groups = await tx.rideGroup.updateManyAndReturn({
      where: { status: "confirmed", departAt: { lte: soon, gt: now }, remindedAt: null },
      data: { remindedAt: now },
      select: { id: true, departAt: true },
    });
    for (const group of groups) {
      for (const member of await memberFacts(tx, group.id)) {
        await queueNotification(tx, {
          userId: member.riderId,
          messageKey: "notify-ride-reminder",
          params: {
            depart: localTime(group.departAt, member.timeZone),
            order: member.pickupOrder + 1,
            minutes: settings.reminderMin,
          },
        });
      }
    }
    return groups.length;
  });
}

/**
 * A confirmed group whose departure passed has left: its riders are free to request again, and
 * a while later each is asked whether the ride happened, to rate the others or report a no-show.
 */
export async function settleDepartedRides(db: Database, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const departed = await tx.rideGroup.updateManyAndReturn({
      where: { status: "confirmed", departAt: { lte: now } },
      data: { status: "departed", endedAt: now },
      select: { id: true },
    });
    await tx.rideRequest.updateMany({
      where: { groupId: { in: departed.map((group) => group.id) } },
      data: closed("done"),
    });
    const followUps = await tx.rideGroup.updateManyAndReturn({
      where: {
        status: "departed",
        followUpAt: null,
        departAt: { lte: new Date(now.getTime() - FOLLOW_UP_AFTER_MS) },
      },
      data: { followUpAt: now },
      select: { id: true },
    });
    for (const group of followUps) {
      const members = await tx.rideGroupMember.findMany({
        where: { groupId: group.id },
        select: { riderId: true },
      });
      for (const member of members) {
        await queueNotification(tx, {
          userId: member.riderId,
          messageKey: "notify-ride-follow-up",
          buttons: followUpButtons(group.id),
        });
      }
    }
    return departed.length;
  });
}

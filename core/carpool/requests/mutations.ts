import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { AppError, parseOrRefuse } from "../../errors.js";
import type { Profile } from "../../identity/types.js";
import { requireVerified } from "../../identity/verification.js";
import { queueNotification } from "../../notifications/mutations.js";
import { reputationsOf } from "../../trust/queries.js";
import type { Reputation } from "../../trust/types.js";
import { checkTrip } from "../area.js";
import { dissolve, lockedGroup } from "../proposals/mutations.js";
import { refuseUnlessVideoVerified } from "../queries.js";
import { closed } from "../request-status.js";
import { type RideRequestInput, rideRequestInputSchema } from "../schema.js";
import type { CarpoolSettings } from "../settings.js";
import { tripColumns } from "../trip.js";
import { checkWindow } from "../window.js";

const MINUTE_MS = 60_000;

/**
 * Saves a verified person's ride request; the worker's scan picks it up for matching. One live
 * request per person, enforced by the unique liveRiderId: a person is never in two groups.
 */
export async function createRideRequest(
  db: Database,
  profile: Profile,
  input: RideRequestInput,
  settings: CarpoolSettings,
  now = new Date(),
): Promise<string> {
  requireVerified(profile);
  const request = parseOrRefuse(rideRequestInputSchema, input);
  checkTrip(request.origin, request.destination, settings);
  checkWindow(request, now, settings);
  if (request.sameGender && !profile.gender) throw new AppError("same-gender-needs-gender");
  await refuseUnlessVideoVerified(db, profile.userId, settings);
  const { temperature } = (await reputationsOf(db, [profile.userId])).get(profile.userId) as Reputation;
  return db.$transaction(async (tx) => {
    // A request whose window passed unmatched is over, even if upkeep has not closed it yet.
    await tx.rideRequest.updateMany({
      where: { liveRiderId: profile.userId, status: "waiting", latest: { lte: now } },
      data: closed("expired"),
    });
    try {
      const { id } = await tx.rideRequest.create({
        data: {
          riderId: profile.userId,
          liveRiderId: profile.userId,
          ...tripColumns(request.origin, request.destination),
          earliest: request.earliest,
          latest: request.latest,
          seats: request.seats,
          maxExtraMin: request.maxExtraMin,
          sameGender: request.sameGender,
          split: request.split,
          gender: profile.gender ?? null,
          temperature,
          minTemperature: request.minTemperature ?? null,
          playground: profile.playground,
          matchDueAt: now,
        },
        select: { id: true },
      });
      return id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("ride-already-live");
      throw error;
    }
  });
}

/** The match job ran for this version; a newer version keeps its own job owed. */
export async function markMatched(db: Database, requestId: string, version: number): Promise<void> {
  await db.rideRequest.updateMany({ where: { id: requestId, version }, data: { matchDueAt: null } });
}

/**
 * Cancels one's own request at any time before departure. Leaving a confirmed group breaks it
 * up for everyone, and within `lateCancelMin` of departure it counts against the trust score.
 */
export async function cancelRideRequest(
  db: Database,
  input: { requestId: string; userId: string },
  settings: CarpoolSettings,
  now = new Date(),
): Promise<{ late: boolean }> {
  return db.$transaction(async (tx) => {
    const request = await tx.rideRequest.findUnique({ where: { id: input.requestId } });
    if (!request) throw new AppError("not-found");
    if (request.riderId !== input.userId) throw new AppError("ride-not-yours");
    if (request.status === "waiting") {
      await tx.rideRequest.update({
        where: { id: request.id },
        data: { ...closed("cancelled"), cancelledAt: now },
      });
      return { late: false };
    }
    const group = request.groupId ? await lockedGroup(tx, request.groupId) : null;
    if (!group || !["proposed", "confirmed"].includes(group.status) || group.departAt <= now) {
      throw new AppError("ride-not-cancellable");
    }
    const late =
      group.status === "confirmed" &&
      group.departAt.getTime() - now.getTime() < settings.lateCancelMin * MINUTE_MS;
    await dissolve(tx, group, { cancelledBy: input.userId, late }, now);
    return { late };
  });
}

/** Requests whose window closed with nobody to share with. */
export async function expireWaitingRequests(db: Database, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.rideRequest.updateManyAndReturn({
      where: { status: "waiting", latest: { lte: now } },
      data: closed("expired"),
      select: { riderId: true },
    });
    for (const { riderId } of expired) {
      await queueNotification(tx, { userId: riderId, messageKey: "notify-ride-no-match" });
    }
    return expired.length;
  });
}

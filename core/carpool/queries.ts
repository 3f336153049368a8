import type { Database, Prisma } from "../db/client.js";
import { AppError } from "../errors.js";
import { reputationsOf } from "../trust/queries.js";
import type { Reputation } from "../trust/types.js";
import type { MemberFacts } from "./messages.js";
import type { CarpoolSettings } from "./settings.js";
import type { RideWish } from "./types.js";
import { wishColumns, wishOf } from "./wish.js";

/** Every waiting request: the worker's index is rebuilt from these, Postgres being the record. */
export async function listWaitingWishes(db: Database): Promise<RideWish[]> {
  const rows = await db.rideRequest.findMany({ where: { status: "waiting" }, select: wishColumns });
  return rows.map(wishOf);
}

export interface WishChange {
  wish: RideWish;
  waiting: boolean;
  updatedAt: Date;
}

/** Requests changed after `since`, oldest change first, so an index can catch up with other workers. */
export async function listWishChanges(db: Database, since: Date, limit = 5000): Promise<WishChange[]> {
  const rows = await db.rideRequest.findMany({
    where: { updatedAt: { gt: since } },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { ...wishColumns, status: true, updatedAt: true },
  });
  return rows.map((row) => ({
    wish: wishOf(row),
    waiting: row.status === "waiting",
    updatedAt: row.updatedAt,
  }));
}

/** Waiting requests whose match job is still owed (new, or back from a dissolved proposal). */
export async function listRequestsDueForMatching(db: Database, limit = 500) {
  return db.rideRequest.findMany({
    where: { matchDueAt: { not: null }, status: "waiting" },
    orderBy: { matchDueAt: "asc" },
    take: limit,
    select: { id: true, version: true },
  });
}

/** Rides each person was reported missing from, by anyone (several reports of one ride count once). */
async function noShowCounts(tx: Prisma.TransactionClient, userIds: string[]): Promise<Map<string, number>> {
  const reports = await tx.rideNoShow.groupBy({
    by: ["reportedId", "groupId"],
    where: { reportedId: { in: userIds } },
  });
  const counts = new Map<string, number>();
  for (const { reportedId } of reports) counts.set(reportedId, (counts.get(reportedId) ?? 0) + 1);
  return counts;
}

/** A group's members as the messages to them tell of each other, read in the caller's transaction. */
export async function memberFacts(tx: Prisma.TransactionClient, groupId: string): Promise<MemberFacts[]> {
  const members = await tx.rideGroupMember.findMany({
    where: { groupId },
    include: {
      request: {
        select: {
          originLat: true,
          originLng: true,
          destLat: true,
          destLng: true,
          rider: { select: { displayName: true, timeZone: true } },
        },
      },
    },
  });
  const riderIds = members.map((member) => member.riderId);
  const noShows = await noShowCounts(tx, riderIds);
  const reputations = await reputationsOf(tx, riderIds);
  return members.map((member) => ({
    riderId: member.riderId,
    displayName: member.request.rider.displayName,
    noShows: noShows.get(member.riderId) ?? 0,
    reputation: reputations.get(member.riderId) as Reputation,
    timeZone: member.request.rider.timeZone,
    pickupOrder: member.pickupOrder,
    dropOrder: member.dropOrder,
    origin: { lat: member.request.originLat, lng: member.request.originLng },
    destination: { lat: member.request.destLat, lng: member.request.destLng },
    soloFareKrw: member.soloFareKrw,
    shareKrw: member.shareKrw,
    extraS: member.extraS,
  }));
}

/** A request its rider may still cancel (a confirmed one only before departure, which core checks). */
const CANCELLABLE = new Set(["waiting", "proposed", "confirmed"]);

export interface RideSummary {
  id: string;
  status: string;
  cancellable: boolean;
  originLabel: string | null;
  destLabel: string | null;
  earliest: Date;
  latest: Date;
  seats: number;
  group:
    | { id: string; status: string; departAt: Date; shareKrw: number; soloFareKrw: number; riders: number }
    | undefined;
}

/** A person's recent ride requests, newest first, with the group each is in. */
export async function listMyRides(db: Database, riderId: string, limit = 10): Promise<RideSummary[]> {
  const rows = await db.rideRequest.findMany({
    where: { riderId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: {
      group: { include: { members: { select: { riderId: true, shareKrw: true, soloFareKrw: true } } } },
    },
  });
  return rows.map((row) => {
    const mine = row.group?.members.find((member) => member.riderId === riderId);
    return {
      id: row.id,
      status: row.status,
      cancellable: CANCELLABLE.has(row.status),
      originLabel: row.originLabel,
      destLabel: row.destLabel,
      earliest: row.earliest,
      latest: row.latest,
      seats: row.seats,
      group:
        row.group && mine
          ? {
              id: row.group.id,
              status: row.group.status,
              departAt: row.group.departAt,
              shareKrw: mine.shareKrw,
              soloFareKrw: mine.soloFareKrw,
              riders: row.group.members.length,
            }
          : undefined,
    };
  });
}

export interface CoRider {
  userId: string;
  displayName: string;
}

/** The other riders of a group the person rode in; anyone outside it is refused. */
export async function listCoRiders(db: Database, groupId: string, userId: string): Promise<CoRider[]> {
  const members = await db.rideGroupMember.findMany({
    where: { groupId },
    select: { riderId: true, request: { select: { rider: { select: { displayName: true } } } } },
  });
  if (!members.some((member) => member.riderId === userId)) throw new AppError("not-co-rider");
  return members
    .filter((member) => member.riderId !== userId)
    .map((member) => ({ userId: member.riderId, displayName: member.request.rider.displayName }));
}

export interface RideAlertView {
  id: string;
  originLabel: string | null;
  destLabel: string | null;
  minuteOfDay: number;
}

export async function listRideAlerts(db: Database, userId: string): Promise<RideAlertView[]> {
  return db.rideAlert.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, originLabel: true, destLabel: true, minuteOfDay: true },
  });
}

/** Where the carpool asks for the video verified mark, a rider without it is refused (with how to get it). */
export async function refuseUnlessVideoVerified(
  db: Database,
  userId: string,
  settings: Pick<CarpoolSettings, "requireVideoVerified">,
): Promise<void> {
  if (!settings.requireVideoVerified) return;
  const { videoVerifiedAt } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { videoVerifiedAt: true },
  });
  if (!videoVerifiedAt) throw new AppError("ride-needs-video-check");
}

/**
 * Refuses a second ride request while one is going, before anything is asked (the unique
 * liveRiderId is what holds it when the request is saved). A waiting request whose window passed
 * is over, as createRideRequest counts it.
 */
export async function refuseSecondLiveRide(db: Database, userId: string, now: Date): Promise<void> {
  const live = await db.rideRequest.findUnique({
    where: { liveRiderId: userId },
    select: { status: true, latest: true },
  });
  if (live && !(live.status === "waiting" && live.latest <= now)) throw new AppError("ride-already-live");
}

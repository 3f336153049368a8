import { commandAction } from "../actions.js";
import type { Database, Prisma } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { AppError, parseOrRefuse } from "../errors.js";
import type { Profile } from "../identity/types.js";
import { requireVerified } from "../identity/verification.js";
import { queueNotification } from "../notifications/mutations.js";
import type { Place } from "../place.js";
import { recordRating } from "../ratings/mutations.js";
import { getRatingSummaries } from "../ratings/queries.js";
import { ratingCommentSchema, ratingScoreSchema, ratingTagsSchema } from "../ratings/schema.js";
import type { RatingTag } from "../ratings/types.js";
import { ensureConversation } from "../relay/mutations.js";
import { checkTrip } from "./area.js";
import { localTime } from "./format.js";
import { confirmedMessage, followUpButtons, type MemberFacts, proposalMessage } from "./messages.js";
import { rideAlertMatches, rideAlertsNear } from "./ride-alerts.js";
import {
  type RideAlertInput,
  type RideRequestInput,
  rideAlertInputSchema,
  rideRequestInputSchema,
} from "./schema.js";
import type { CarpoolSettings } from "./settings.js";
import type { FareSplit, GroupFare, GroupPlan } from "./types.js";
import { checkWindow } from "./window.js";

type Tx = Prisma.TransactionClient;

const MINUTE_MS = 60_000;
export const MAX_RIDE_ALERTS = 5;
/** Riders are asked how the ride went this long after departure. */
export const FOLLOW_UP_AFTER_MS = 30 * MINUTE_MS;

/** A request's columns while it is live: its rider in the unique liveRiderId, its match owed. */
function liveAgain(now: Date) {
  return { status: "waiting" as const, groupId: null, matchDueAt: now, version: { increment: 1 } };
}

/** A trip's two ends as ride requests and ride alerts store them. */
function tripColumns(origin: Place, destination: Place) {
  return {
    originLat: origin.lat,
    originLng: origin.lng,
    originLabel: origin.label ?? null,
    destLat: destination.lat,
    destLng: destination.lng,
    destLabel: destination.label ?? null,
  };
}

const closed = (status: "cancelled" | "expired" | "done") => ({
  status,
  liveRiderId: null,
  matchDueAt: null,
});

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

/** Rides each person was reported missing from, by anyone (several reports of one ride count once). */
async function noShowCounts(tx: Tx, userIds: string[]): Promise<Map<string, number>> {
  const reports = await tx.rideNoShow.groupBy({
    by: ["reportedId", "groupId"],
    where: { reportedId: { in: userIds } },
  });
  const counts = new Map<string, number>();
  for (const { reportedId } of reports) counts.set(reportedId, (counts.get(reportedId) ?? 0) + 1);
  return counts;
}

async function memberFacts(tx: Tx, groupId: string): Promise<MemberFacts[]> {
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
  const noShows = await noShowCounts(
    tx,
    members.map((member) => member.riderId),
  );
  return members.map((member) => ({
    riderId: member.riderId,
    displayName: member.request.rider.displayName,
    noShows: noShows.get(member.riderId) ?? 0,
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

export type ProposalOutcome =
  | { status: "proposed"; groupId: string }
  | { status: "stale"; requestId: string };

class StaleRequest extends Error {
  constructor(readonly requestId: string) {
    super(`request ${requestId} changed`);
  }
}

/**
 * Turns a plan into a proposal, claiming each request only at the version the plan was made
 * from. A request another worker claimed (or its rider changed) rolls the whole proposal back.
 */
export async function proposeGroup(
  db: Database,
  proposal: { plan: GroupPlan; fare: GroupFare; versions: Map<string, number>; split: FareSplit },
  settings: CarpoolSettings,
  now = new Date(),
): Promise<ProposalOutcome> {
  const { plan, fare } = proposal;
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.rideGroup.create({
        data: {
          departAt: new Date(plan.departAt),
          proposalExpiresAt: new Date(now.getTime() + settings.proposalTtlMin * MINUTE_MS),
          split: proposal.split,
          fareKrw: fare.fareKrw,
          distanceM: Math.round(plan.route.distanceM),
          durationS: Math.round(plan.route.durationS),
        },
        select: { id: true },
      });
      // In one order everywhere, so two workers claiming overlapping groups wait rather than deadlock.
      for (const id of [...plan.requestIds].sort()) await claim(tx, id, proposal.versions, group.id);
      const requests = await tx.rideRequest.findMany({
        where: { id: { in: plan.requestIds } },
        select: { id: true, riderId: true, playground: true },
      });
      const riderOf = new Map(requests.map((request) => [request.id, request.riderId]));
      await tx.rideGroup.update({
        where: { id: group.id },
        data: { playground: requests.some((request) => request.playground) },
      });
      await tx.rideGroupMember.createMany({
        data: plan.riders.map((rider) => {
          const fares = fare.riders.find((candidate) => candidate.requestId === rider.requestId);
          return {
            groupId: group.id,
            requestId: rider.requestId,
            riderId: riderOf.get(rider.requestId) as string,
            pickupOrder: rider.pickupOrder,
            dropOrder: rider.dropOrder,
            soloFareKrw: fares?.soloFareKrw ?? 0,
            shareKrw: fares?.shareKrw ?? 0,
            extraS: Math.round(rider.extraS),
          };
        }),
      });
      await notifyProposal(
        tx,
        group.id,
        { departAt: new Date(plan.departAt), split: proposal.split },
        settings,
      );
      return { status: "proposed" as const, groupId: group.id };
    });
  } catch (error) {
    if (error instanceof StaleRequest) return { status: "stale", requestId: error.requestId };
    throw error;
  }
}

async function claim(tx: Tx, requestId: string, versions: Map<string, number>, groupId: string) {
  const { count } = await tx.rideRequest.updateMany({
    where: { id: requestId, status: "waiting", version: versions.get(requestId) ?? -1 },
    data: { status: "proposed", groupId, matchDueAt: null, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleRequest(requestId);
}

async function notifyProposal(
  tx: Tx,
  groupId: string,
  terms: { departAt: Date; split: FareSplit },
  settings: CarpoolSettings,
) {
  const members = await memberFacts(tx, groupId);
  const ratings = await getRatingSummaries(
    tx,
    members.map((member) => member.riderId),
  );
  for (const member of members) {
    const message = proposalMessage(groupId, member, members, ratings, {
      ...terms,
      ttlMin: settings.proposalTtlMin,
    });
    await queueNotification(tx, { userId: member.riderId, messageKey: "notify-ride-proposal", ...message });
  }
}

/** Locks the group so answers to it take turns: the last acceptance must see all the others. */
async function lockedGroup(tx: Tx, groupId: string) {
  await tx.$queryRaw`SELECT 1 FROM "RideGroup" WHERE id = ${groupId}::uuid FOR UPDATE`;
  return tx.rideGroup.findUnique({ where: { id: groupId }, include: { members: true } });
}

type LockedGroup = NonNullable<Awaited<ReturnType<typeof lockedGroup>>>;

/** Accept or decline a proposal one is in, while it is open. */
export async function answerProposal(
  db: Database,
  input: { groupId: string; userId: string; accept: boolean },
  now = new Date(),
): Promise<"waiting-for-others" | "confirmed" | "declined"> {
  return db.$transaction(async (tx) => {
    const group = await lockedGroup(tx, input.groupId);
    const member = group?.members.find((candidate) => candidate.riderId === input.userId);
    if (!group || !member) throw new AppError("not-in-proposal");
    if (group.status !== "proposed" || group.proposalExpiresAt <= now) throw new AppError("proposal-expired");
    if (!input.accept) {
      await dissolve(tx, group, { declinedBy: input.userId }, now);
      return "declined";
    }
    await tx.rideGroupMember.update({
      where: { groupId_requestId: { groupId: group.id, requestId: member.requestId } },
      data: { acceptedAt: now },
    });
    const othersPending = group.members.some((other) => other.riderId !== input.userId && !other.acceptedAt);
    if (othersPending) return "waiting-for-others";
    await confirm(tx, group, now);
    return "confirmed";
  });
}

/** Everyone accepted: the group is on, members see every stop exactly and get a chat. */
async function confirm(tx: Tx, group: LockedGroup, now: Date) {
  await tx.rideGroup.update({ where: { id: group.id }, data: { status: "confirmed", confirmedAt: now } });
  await tx.rideRequest.updateMany({
    where: { groupId: group.id },
    data: { status: "confirmed", version: { increment: 1 } },
  });
  const members = await memberFacts(tx, group.id);
  const opener = [...members].sort((a, b) => a.pickupOrder - b.pickupOrder)[0] as MemberFacts;
  const conversationId = await ensureConversation(tx, {
    context: "ride",
    subjectId: group.id,
    openerId: opener.riderId,
    topic: `🚕 ${localTime(group.departAt, opener.timeZone)}`,
    memberIds: members.map((member) => member.riderId),
  });
  for (const member of members) {
    await queueNotification(tx, {
      userId: member.riderId,
      messageKey: "notify-ride-confirmed",
      ...confirmedMessage(member, members, group.departAt, conversationId),
      // The stops are other people's exact doorsteps: the outbox forgets them once delivered.
      ephemeral: true,
    });
  }
}

type DissolveCause = { declinedBy: string } | { timedOut: true } | { cancelledBy: string; late: boolean };

/**
 * Ends a proposal or confirmed group. The riders who did nothing wrong go back to matching (the
 * window permitting); a decliner keeps waiting but is not paired with the same people again;
 * a rider who let the proposal lapse, or cancelled, is out.
 */
async function dissolve(tx: Tx, group: LockedGroup, cause: DissolveCause, now: Date) {
  const confirmed = group.status === "confirmed";
  await tx.rideGroup.update({
    where: { id: group.id },
    data: { status: confirmed ? "cancelled" : "dissolved", endedAt: now },
  });
  const requestIds = group.members.map((member) => member.requestId);
  const requests = await tx.rideRequest.findMany({ where: { id: { in: requestIds } } });
  for (const request of requests) {
    const member = group.members.find((candidate) => candidate.requestId === request.id);
    const others = requestIds.filter((id) => id !== request.id);
    const windowOpen = request.latest > now;
    if ("declinedBy" in cause && cause.declinedBy === request.riderId) {
      await tx.rideGroupMember.update({
        where: { groupId_requestId: { groupId: group.id, requestId: request.id } },
        data: { declinedAt: now },
      });
      await tx.rideRequest.update({
        where: { id: request.id },
        data: { ...liveAgain(now), avoidIds: [...new Set([...request.avoidIds, ...others])] },
      });
    } else if ("cancelledBy" in cause && cause.cancelledBy === request.riderId) {
      await tx.rideGroupMember.update({
        where: { groupId_requestId: { groupId: group.id, requestId: request.id } },
        data: { lateCancel: cause.late },
      });
      await tx.rideRequest.update({
        where: { id: request.id },
        data: { ...closed("cancelled"), groupId: null, cancelledAt: now, lateCancel: cause.late },
      });
    } else if ("timedOut" in cause && !member?.acceptedAt) {
      await tx.rideRequest.update({
        where: { id: request.id },
        data: { ...closed("expired"), groupId: null },
      });
      await queueNotification(tx, { userId: request.riderId, messageKey: "notify-ride-proposal-lapsed" });
    } else {
      await tx.rideRequest.update({
        where: { id: request.id },
        data: windowOpen ? liveAgain(now) : { ...closed("expired"), groupId: null },
      });
      await queueNotification(tx, {
        userId: request.riderId,
        messageKey: confirmed ? "notify-ride-group-cancelled" : "notify-ride-proposal-fell-through",
        params: { looking: windowOpen ? "yes" : "no" },
      });
    }
  }
}

/** Proposals nobody finished answering in time release the riders who did answer. */
export async function expireProposals(db: Database, now = new Date()): Promise<number> {
  const due = await db.rideGroup.findMany({
    where: { status: "proposed", proposalExpiresAt: { lte: now } },
    select: { id: true },
    take: 200,
  });
  let expired = 0;
  for (const { id } of due) {
    expired += await db.$transaction(async (tx) => {
      const group = await lockedGroup(tx, id);
      // Someone's last acceptance may have won the lock first.
      if (group?.status !== "proposed") return 0;
      await dissolve(tx, group, { timedOut: true }, now);
      return 1;
    });
  }
  return expired;
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

/** The two people shared a departed taxi; anyone else is refused. */
async function departedTogether(tx: Tx, groupId: string, a: string, b: string) {
  const group = await tx.rideGroup.findUnique({
    where: { id: groupId },
    select: { status: true, members: { select: { riderId: true } } },
  });
  const riders = new Set(group?.members.map((member) => member.riderId));
  if (!group || !riders.has(a) || !riders.has(b) || a === b) throw new AppError("not-co-rider");
  if (group.status !== "departed") throw new AppError("ride-not-over");
}

/** The rider says the ride happened. */
export async function confirmRideTaken(db: Database, groupId: string, userId: string, now = new Date()) {
  const member = await db.rideGroupMember.findFirst({
    where: { groupId, riderId: userId },
    select: { group: { select: { status: true } } },
  });
  if (!member) throw new AppError("not-co-rider");
  if (member.group.status !== "departed") throw new AppError("ride-not-over");
  await db.rideGroupMember.updateMany({
    where: { groupId, riderId: userId, rodeAt: null },
    data: { rodeAt: now },
  });
}

export async function rateCoRider(
  db: Database,
  input: {
    groupId: string;
    raterId: string;
    rateeId: string;
    score: number;
    tags: RatingTag[];
    comment?: string;
  },
): Promise<void> {
  const score = parseOrRefuse(ratingScoreSchema, input.score);
  const tags = parseOrRefuse(ratingTagsSchema, input.tags);
  const comment = parseOrRefuse(ratingCommentSchema.optional(), input.comment);
  await db.$transaction(async (tx) => {
    await departedTogether(tx, input.groupId, input.raterId, input.rateeId);
    await recordRating(tx, {
      context: "ride",
      subjectId: input.groupId,
      raterId: input.raterId,
      rateeId: input.rateeId,
      score,
      tags,
      comment,
    });
  });
}

/** A co-rider who never came; one report per reporter, ride and person, kept for the trust score. */
export async function reportNoShow(
  db: Database,
  input: { groupId: string; reporterId: string; reportedId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await departedTogether(tx, input.groupId, input.reporterId, input.reportedId);
    await tx.rideNoShow.createMany({ data: [input], skipDuplicates: true });
  });
}

export async function addRideAlert(db: Database, userId: string, input: RideAlertInput): Promise<string> {
  const alert = parseOrRefuse(rideAlertInputSchema, input);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
    if ((await tx.rideAlert.count({ where: { userId } })) >= MAX_RIDE_ALERTS) {
      throw new AppError("too-many-ride-alerts", { max: MAX_RIDE_ALERTS });
    }
    const { id } = await tx.rideAlert.create({
      data: {
        userId,
        ...tripColumns(alert.origin, alert.destination),
        minuteOfDay: alert.minuteOfDay,
      },
      select: { id: true },
    });
    return id;
  });
}

export async function deleteRideAlert(db: Database, userId: string, alertId: string): Promise<void> {
  const { count } = await db.rideAlert.deleteMany({ where: { id: alertId, userId } });
  if (count === 0) throw new AppError("not-found");
}

/**
 * Tells the owners of matching ride alerts, once per request and at most hourly per alert, that
 * a ride they want appeared. The notice names places and time only, never who asked.
 */
export async function matchRideAlerts(
  db: Database,
  requestId: string,
  settings: CarpoolSettings,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const [request] = await tx.rideRequest.updateManyAndReturn({
      where: { id: requestId, alertsMatchedAt: null },
      data: { alertsMatchedAt: now },
    });
    if (!request) return 0;
    const candidates = await tx.rideAlert.findMany({
      where: {
        ...rideAlertsNear(request, settings),
        userId: { not: request.riderId },
        user: { playground: request.playground },
        OR: [{ notifiedAt: null }, { notifiedAt: { lt: new Date(now.getTime() - 60 * MINUTE_MS) } }],
      },
    });
    const hits = candidates.filter((alert) => rideAlertMatches(alert, request, settings));
    for (const alert of hits) {
      await tx.rideAlert.update({ where: { id: alert.id }, data: { notifiedAt: now } });
      await queueNotification(tx, {
        userId: alert.userId,
        messageKey: "notify-ride-alert",
        params: {
          from: alert.originLabel ?? "-",
          to: alert.destLabel ?? "-",
          depart: localTime(request.earliest, settings.timeZone),
        },
        buttons: [[{ label: { key: "button-new-ride" }, action: commandAction("ride") }]],
      });
    }
    return hits.length;
  });
}

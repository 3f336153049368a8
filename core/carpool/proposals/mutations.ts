import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { queueNotification } from "../../notifications/mutations.js";
import { getRatingSummaries } from "../../ratings/queries.js";
import { ensureConversation } from "../../relay/mutations.js";
import { markTrustStale } from "../../trust/mutations.js";
import { localTime } from "../format.js";
import { confirmedMessage, type MemberFacts, proposalMessage } from "../messages.js";
import { memberFacts } from "../queries.js";
import { closed, liveAgain } from "../request-status.js";
import type { CarpoolSettings } from "../settings.js";
import type { FareSplit, GroupFare, GroupPlan } from "../types.js";

// A group proposed to riders, from the plan to everyone's answer: confirmed, or broken up.

type Tx = Prisma.TransactionClient;

const MINUTE_MS = 60_000;

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
export async function lockedGroup(tx: Tx, groupId: string) {
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
export async function dissolve(tx: Tx, group: LockedGroup, cause: DissolveCause, now: Date) {
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
      if (cause.late) await markTrustStale(tx, [request.riderId], now);
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

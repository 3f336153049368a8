import { actions } from "../actions/table.js";
import { cellOf } from "../cells.js";
import type { Database, Prisma } from "../db/client.js";
import type { Group } from "../db/generated/client.js";
import { takeTurns } from "../db/turns.js";
import { AppError, parseOrRefuse } from "../errors.js";
import type { Profile } from "../identity/types.js";
import { refuseProfanity } from "../moderation/profanity.js";
import { queueNotification, queueNotifications } from "../notifications/mutations.js";
import type { NotificationButton } from "../notifications/types.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../place.js";
import { choseongOf, normalizeForSearch, searchTokens } from "../search/korean.js";
import { findGroupFor, memberRole } from "./queries.js";
import { type GroupRole, outranks, requireRole } from "./roles.js";
import { withdrawFromGroupMeetups } from "./rsvp/mutations.js";
import { MAX_GROUPS_OWNED } from "./rules.js";
import {
  type GroupChanges,
  type GroupInput,
  groupChangesSchema,
  groupInputSchema,
  joinAnswerSchema,
} from "./schema.js";
import type { JoinOutcome } from "./types.js";

type Tx = Prisma.TransactionClient;

/** The search columns of a group, rebuilt whenever its description or tags change. */
function searchColumns(name: string, description: string, tags: string[]) {
  const texts = [name, description, tags.join(" ")];
  return {
    searchTokens: searchTokens(...texts),
    searchText: normalizeForSearch(...texts),
    searchChoseong: choseongOf(...texts),
  };
}

/**
 * Locks the group's row until the transaction ends, so changes to its members take turns: the
 * count checked against the limit, and who is owner, are still true when the change is written.
 * NO KEY UPDATE lets rows that merely reference the group (posts, notifications) be written meanwhile.
 */
async function lockedGroup(tx: Tx, groupId: string, userId: string): Promise<Group> {
  await tx.$queryRaw`SELECT 1 FROM "Group" WHERE id = ${groupId}::uuid FOR NO KEY UPDATE`;
  return findGroupFor(tx, groupId, userId);
}

/** The locked group and the actor's role in it, refused unless that role reaches `needed`. */
async function groupActedOnBy(tx: Tx, groupId: string, actorId: string, needed: GroupRole) {
  const group = await lockedGroup(tx, groupId, actorId);
  const role = requireRole(await memberRole(tx, groupId, actorId), needed);
  return { group, role };
}

/** Someone else in the group: acting on oneself has its own way (leave), and a stranger is not there. */
async function otherMembersRole(tx: Tx, groupId: string, actorId: string, memberId: string) {
  if (memberId === actorId) throw new AppError("invalid-input");
  const role = await memberRole(tx, groupId, memberId);
  if (!role) throw new AppError("not-found");
  return role;
}

function viewGroupButton(groupId: string): NotificationButton[][] {
  return [[{ label: { key: "button-group-view" }, action: actions.groupView({ groupId }) }]];
}

function refuseIfFull(group: Group): void {
  if (group.memberLimit !== null && group.memberCount >= group.memberLimit)
    throw new AppError("group-full", { limit: group.memberLimit });
}

async function refuseIfOwningTooMany(tx: Tx, userId: string): Promise<void> {
  // Two groups created (or handed over) at once would each count one too few.
  await takeTurns(tx, { userId });
  const owned = await tx.groupMember.count({ where: { userId, role: "owner" } });
  if (owned >= MAX_GROUPS_OWNED) throw new AppError("too-many-groups", { max: MAX_GROUPS_OWNED });
}

/** A new group around an area kept only to a neighbourhood block; its creator is its owner. */
export async function createGroup(
  db: Database,
  profile: Profile,
  input: GroupInput,
  now = new Date(),
): Promise<string> {
  const group = parseOrRefuse(groupInputSchema, input);
  refuseProfanity(group.name, group.description, group.joinQuestion, ...group.tags);
  const area = approximate(group.area, HOME_AREA_PRECISION_METRES);
  return db.$transaction(async (tx) => {
    await refuseIfOwningTooMany(tx, profile.userId);
    const { id } = await tx.group.create({
      data: {
        name: group.name,
        description: group.description,
        category: group.category,
        tags: group.tags,
        areaLat: area.lat,
        areaLng: area.lng,
        areaLabel: area.label ?? null,
        cell: cellOf(area.lat, area.lng),
        joinPolicy: group.joinPolicy,
        memberLimit: group.memberLimit ?? null,
        joinQuestion: group.joinQuestion ?? null,
        memberCount: 1,
        ...searchColumns(group.name, group.description, group.tags),
        playground: profile.playground,
        createdAt: now,
        members: { create: { userId: profile.userId, role: "owner", joinedAt: now, digestedAt: now } },
      },
      select: { id: true },
    });
    return id;
  });
}

/** A moderator changes the description, tags, policy, limit or question; the name and area stay. */
export async function editGroup(
  db: Database,
  userId: string,
  groupId: string,
  changes: GroupChanges,
): Promise<void> {
  const parsed = parseOrRefuse(groupChangesSchema, changes);
  refuseProfanity(parsed.description, parsed.joinQuestion ?? undefined, ...(parsed.tags ?? []));
  await db.$transaction(async (tx) => {
    const { group } = await groupActedOnBy(tx, groupId, userId, "moderator");
    const limit = parsed.memberLimit;
    if (limit != null && limit < group.memberCount)
      throw new AppError("group-limit-below-members", { members: group.memberCount });
    const description = parsed.description ?? group.description;
    const tags = parsed.tags ?? group.tags;
    await tx.group.update({
      where: { id: groupId },
      data: {
        description,
        tags,
        joinPolicy: parsed.joinPolicy,
        memberLimit: limit,
        joinQuestion: parsed.joinQuestion,
        ...searchColumns(group.name, description, tags),
      },
    });
  });
}

/** The owner ends the group; its other members are told. */
export async function deleteGroup(db: Database, ownerId: string, groupId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { group } = await groupActedOnBy(tx, groupId, ownerId, "owner");
    const others = await tx.groupMember.findMany({
      where: { groupId, userId: { not: ownerId } },
      select: { userId: true },
    });
    await tx.group.delete({ where: { id: groupId } });
    await queueNotifications(
      tx,
      others.map(({ userId }) => ({
        userId,
        messageKey: "notify-group-deleted",
        params: { group: group.name },
      })),
    );
  });
}

/** Adds a member with the count in the same transaction; a request still pending is settled by it. */
async function addMember(tx: Tx, groupId: string, userId: string, now: Date): Promise<void> {
  await tx.groupMember.create({ data: { groupId, userId, joinedAt: now, digestedAt: now } });
  await tx.group.update({ where: { id: groupId }, data: { memberCount: { increment: 1 } } });
  await tx.groupJoinRequest.updateMany({
    where: { groupId, userId, status: "pending" },
    data: { status: "approved", decidedAt: now },
  });
}

async function dropMember(tx: Tx, groupId: string, userId: string, now: Date): Promise<void> {
  await tx.groupMember.delete({ where: { groupId_userId: { groupId, userId } } });
  await tx.group.update({ where: { id: groupId }, data: { memberCount: { decrement: 1 } } });
  await withdrawFromGroupMeetups(tx, groupId, userId, now);
}

function decisionButtons(groupId: string, userId: string): NotificationButton[][] {
  const request = { groupId, requesterId: userId };
  return [
    [
      { label: { key: "button-join-approve" }, action: actions.joinApprove(request) },
      { label: { key: "button-join-reject" }, action: actions.joinReject(request) },
    ],
  ];
}

/** Records a pending request (again, after a rejection) and asks every moderator to decide it. */
async function requestToJoin(tx: Tx, group: Group, userId: string, answer: string | undefined, now: Date) {
  const where = { groupId_userId: { groupId: group.id, userId } };
  const previous = await tx.groupJoinRequest.findUnique({ where, select: { status: true } });
  if (previous?.status === "pending") throw new AppError("group-join-pending");
  const request = { answer: answer ?? null, status: "pending" as const, decidedById: null, decidedAt: null };
  await tx.groupJoinRequest.upsert({
    where,
    update: { ...request, createdAt: now },
    create: { groupId: group.id, userId, ...request, createdAt: now },
  });
  const requester = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } });
  const moderators = await tx.groupMember.findMany({
    where: { groupId: group.id, role: { in: ["owner", "moderator"] } },
    select: { userId: true },
  });
  await queueNotifications(
    tx,
    moderators.map((moderator) => ({
      userId: moderator.userId,
      messageKey: "notify-group-join-request",
      params: { group: group.name, name: requester.displayName, answer: answer ?? "-" },
      buttons: decisionButtons(group.id, userId),
      // The answer is the requester's own words.
      ephemeral: true,
    })),
  );
}

/**
 * Joins an open group at once, or asks to join one that needs approval. The member limit holds
 * however many people press at once: the group's row is locked while its count is checked and raised.
 */
export async function joinGroup(
  db: Database,
  userId: string,
  groupId: string,
  answer?: string,
  now = new Date(),
): Promise<JoinOutcome> {
  const reply = parseOrRefuse(joinAnswerSchema.optional(), answer);
  refuseProfanity(reply);
  return db.$transaction(async (tx) => {
    const group = await lockedGroup(tx, groupId, userId);
    if (await memberRole(tx, groupId, userId)) throw new AppError("group-already-member");
    refuseIfFull(group);
    if (group.joinPolicy === "open") {
      await addMember(tx, groupId, userId, now);
      return "joined";
    }
    await requestToJoin(tx, group, userId, reply, now);
    return "requested";
  });
}

/** A moderator approves (room permitting) or rejects a pending request; the requester is told either way. */
export async function decideJoinRequest(
  db: Database,
  input: { moderatorId: string; groupId: string; requesterId: string; approve: boolean },
  now = new Date(),
): Promise<"approved" | "rejected"> {
  const { moderatorId, groupId, requesterId, approve } = input;
  return db.$transaction(async (tx) => {
    const { group } = await groupActedOnBy(tx, groupId, moderatorId, "moderator");
    const where = { groupId_userId: { groupId, userId: requesterId } };
    const request = await tx.groupJoinRequest.findUnique({ where, select: { status: true } });
    if (request?.status !== "pending") throw new AppError("group-no-request");
    await tx.groupJoinRequest.update({
      where,
      data: { status: approve ? "approved" : "rejected", decidedById: moderatorId, decidedAt: now },
    });
    if (approve) {
      refuseIfFull(group);
      await addMember(tx, groupId, requesterId, now);
    }
    await queueNotification(tx, {
      userId: requesterId,
      messageKey: approve ? "notify-group-join-approved" : "notify-group-join-rejected",
      params: { group: group.name },
      ...(approve ? { buttons: viewGroupButton(groupId) } : {}),
    });
    return approve ? "approved" : "rejected";
  });
}

/**
 * Leaves the group. The owner must hand it over first, unless nobody else is left, in which case
 * leaving ends the group.
 */
export async function leaveGroup(
  db: Database,
  userId: string,
  groupId: string,
  now = new Date(),
): Promise<"left" | "deleted"> {
  return db.$transaction(async (tx) => {
    const { group, role } = await groupActedOnBy(tx, groupId, userId, "member");
    if (role !== "owner") {
      await dropMember(tx, groupId, userId, now);
      return "left";
    }
    if (group.memberCount > 1) throw new AppError("group-owner-must-hand-over");
    await tx.group.delete({ where: { id: groupId } });
    return "deleted";
  });
}

/** Moderators remove members, only the owner removes a moderator, and nobody removes the owner. */
export async function removeMember(
  db: Database,
  actorId: string,
  groupId: string,
  memberId: string,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { group, role } = await groupActedOnBy(tx, groupId, actorId, "moderator");
    const target = await otherMembersRole(tx, groupId, actorId, memberId);
    // The owner has no rank above, so stays.
    if (!outranks(role, target))
      throw new AppError(target === "member" ? "group-not-moderator" : "group-not-owner");
    await dropMember(tx, groupId, memberId, now);
    await queueNotification(tx, {
      userId: memberId,
      messageKey: "notify-group-removed",
      params: { group: group.name },
    });
  });
}

/** The owner makes a member a moderator, or a moderator a member again; they are told. */
export async function setModerator(
  db: Database,
  ownerId: string,
  groupId: string,
  memberId: string,
  moderator: boolean,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { group } = await groupActedOnBy(tx, groupId, ownerId, "owner");
    const current = await otherMembersRole(tx, groupId, ownerId, memberId);
    const role = moderator ? "moderator" : "member";
    if (current === role) return;
    await tx.groupMember.update({ where: { groupId_userId: { groupId, userId: memberId } }, data: { role } });
    await queueNotification(tx, {
      userId: memberId,
      messageKey: "notify-group-role",
      params: { group: group.name, role },
      buttons: viewGroupButton(groupId),
    });
  });
}

/** The owner hands the group to a member, who may own no more groups than anyone; the old owner stays as a moderator. */
export async function transferOwnership(
  db: Database,
  ownerId: string,
  groupId: string,
  memberId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { group } = await groupActedOnBy(tx, groupId, ownerId, "owner");
    await otherMembersRole(tx, groupId, ownerId, memberId);
    await refuseIfOwningTooMany(tx, memberId);
    await tx.groupMember.update({
      where: { groupId_userId: { groupId, userId: memberId } },
      data: { role: "owner" },
    });
    await tx.groupMember.update({
      where: { groupId_userId: { groupId, userId: ownerId } },
      data: { role: "moderator" },
    });
    await queueNotification(tx, {
      userId: memberId,
      messageKey: "notify-group-owner",
      params: { group: group.name },
      buttons: viewGroupButton(groupId),
    });
  });
}

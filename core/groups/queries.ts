import { cellsAround, METRES_PER_DEGREE_LAT, metresBetween } from "../cells.js";
import type { Database } from "../db/client.js";
import { type Group, Prisma } from "../db/generated/client.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { isVerified } from "../identity/verification.js";
import { roundDistance } from "../market/rules.js";
import { HOME_AREA_PRECISION_METRES, type Place } from "../place.js";
import { parseSearchQuery } from "../search/korean.js";
import { reputationsOf } from "../trust/queries.js";
import type { Reputation } from "../trust/types.js";
import { goalOf } from "../workouts/goal.js";
import { type GroupRole, hasRole, requireRole } from "./roles.js";
import { GROUP_PAGE_SIZE, MAX_GROUP_PAGE } from "./rules.js";
import { groupRadiusSchema } from "./schema.js";
import type {
  GroupPage,
  GroupSearch,
  GroupSummary,
  GroupView,
  JoinRequestView,
  MemberView,
  MyGroup,
  Standing,
} from "./types.js";

/** Reads run on the client or inside a caller's transaction alike. */
type Reader = Prisma.TransactionClient;

interface Point {
  lat: number;
  lng: number;
}

/**
 * The group, if it exists in the person's world: playground personas and real people never see
 * each other's groups, so a forged button from the other world finds nothing.
 */
export async function findGroupFor(db: Reader, groupId: string, userId: string): Promise<Group> {
  const group = await db.group.findUnique({ where: { id: groupId } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { playground: true } });
  if (!group || group.playground !== user?.playground) throw new AppError("not-found");
  return group;
}

/** The person's role in the group; undefined when they are not a member. */
export async function memberRole(
  db: Reader,
  groupId: string,
  userId: string,
): Promise<GroupRole | undefined> {
  const member = await db.groupMember.findUnique({
    where: { groupId_userId: { groupId, userId } },
    select: { role: true },
  });
  return member?.role;
}

function toSummary(row: Group, from: Point | undefined): GroupSummary {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    tags: row.tags,
    areaLabel: row.areaLabel ?? undefined,
    memberCount: row.memberCount,
    memberLimit: row.memberLimit ?? undefined,
    joinPolicy: row.joinPolicy,
    distanceM: from ? roundDistance(metresBetween(from, { lat: row.areaLat, lng: row.areaLng })) : undefined,
  };
}

function areaOf(row: Group): Place {
  // Stored already rounded (createGroup), so the columns are what anyone may see.
  return {
    lat: row.areaLat,
    lng: row.areaLng,
    precision: HOME_AREA_PRECISION_METRES,
    ...(row.areaLabel ? { label: row.areaLabel } : {}),
  };
}

/**
 * The words of a keyword, checked as the market checks them (core/search/korean.ts). Groups are
 * few next to items, so the token index always leads.
 */
function keywordCondition(keyword: string): Prisma.Sql | undefined {
  const query = parseSearchQuery(keyword);
  if (query.tokens.length === 0) return undefined;
  return Prisma.sql`g."searchTokens" @> ${query.tokens}::text[]
    AND g."searchText" ~ ALL (${query.textPatterns}::text[])
    AND g."searchChoseong" ~ ALL (${query.choseongPatterns}::text[])`;
}

function searchConditions(search: GroupSearch): Prisma.Sql {
  const cells = cellsAround(search.lat, search.lng, search.radiusM);
  // In the degrees metresBetween measures in, so a group shown "5 km" away is in a 5 km search.
  const radiusDeg = search.radiusM / METRES_PER_DEGREE_LAT;
  const lngScale = Math.cos((search.lat * Math.PI) / 180);
  const parts = [
    Prisma.sql`g.playground = ${search.playground}`,
    Prisma.sql`g.cell IN (${Prisma.join(cells)})`,
    Prisma.sql`power(g."areaLat" - ${search.lat}, 2) + power((g."areaLng" - ${search.lng}) * ${lngScale}, 2)
      <= ${radiusDeg * radiusDeg}`,
  ];
  if (search.category) parts.push(Prisma.sql`g.category = ${search.category}::"GroupCategory"`);
  if (search.tags?.length) parts.push(Prisma.sql`g.tags @> ${search.tags}::text[]`);
  const keyword = search.keyword ? keywordCondition(search.keyword) : undefined;
  if (keyword) parts.push(keyword);
  return Prisma.join(parts, " AND ");
}

/** A page (from 1) of groups around a point, newest first, narrowed by keyword, tags and category. */
export async function searchGroups(db: Database, search: GroupSearch, page = 1): Promise<GroupPage> {
  if (!Number.isInteger(page) || page < 1 || page > MAX_GROUP_PAGE) throw new AppError("invalid-input");
  parseOrRefuse(groupRadiusSchema, search.radiusM);
  const skip = (page - 1) * GROUP_PAGE_SIZE;
  const found = await db.$queryRaw<{ id: string }[]>`SELECT g.id FROM "Group" g
    WHERE ${searchConditions(search)}
    ORDER BY g."createdAt" DESC, g.id DESC LIMIT ${GROUP_PAGE_SIZE + 1} OFFSET ${skip}`;
  const ids = found.slice(0, GROUP_PAGE_SIZE).map((row) => row.id);
  const rows = await db.group.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const groups = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, search)] : [];
  });
  // The last page there may be has no next one, whatever lies beyond it.
  return { groups, page, hasMore: found.length > GROUP_PAGE_SIZE && page < MAX_GROUP_PAGE };
}

async function standingOf(db: Reader, groupId: string, userId: string): Promise<Standing> {
  const role = await memberRole(db, groupId, userId);
  if (role) return { role };
  const request = await db.groupJoinRequest.findUnique({
    where: { groupId_userId: { groupId, userId } },
    select: { status: true },
  });
  return { role: undefined, pendingRequest: request?.status === "pending" };
}

/** A group's card as `viewerId` sees it, measured from `from` when given. */
export async function getGroupView(
  db: Database,
  groupId: string,
  viewerId: string,
  from?: Point,
): Promise<GroupView> {
  const row = await findGroupFor(db, groupId, viewerId);
  const standing = await standingOf(db, groupId, viewerId);
  const moderates = standing.role !== undefined && hasRole(standing.role, "moderator");
  const member = standing.role
    ? await db.groupMember.findUnique({
        where: { groupId_userId: { groupId, userId: viewerId } },
        select: { postNotice: true },
      })
    : null;
  return {
    ...toSummary(row, from),
    description: row.description,
    area: areaOf(row),
    joinQuestion: row.joinQuestion ?? undefined,
    standing,
    pendingRequests: moderates
      ? await db.groupJoinRequest.count({ where: { groupId, status: "pending" } })
      : undefined,
    postNotice: member?.postNotice,
    goal: goalOf(row),
  };
}

/** Who is in the group, owner and moderators first: members only. */
export async function listMembers(db: Database, groupId: string, viewerId: string): Promise<MemberView[]> {
  await findGroupFor(db, groupId, viewerId);
  requireRole(await memberRole(db, groupId, viewerId), "member");
  const members = await db.groupMember.findMany({
    where: { groupId },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    select: { userId: true, role: true, user: { select: { displayName: true } } },
  });
  return members.map((member) => ({
    userId: member.userId,
    displayName: member.user.displayName,
    role: member.role,
  }));
}

/**
 * Pending requests to join, oldest first, with the answers to the group's question and each
 * person's badge, level and temperature, for deciding: moderators only.
 */
export async function listJoinRequests(
  db: Database,
  groupId: string,
  moderatorId: string,
): Promise<JoinRequestView[]> {
  await findGroupFor(db, groupId, moderatorId);
  requireRole(await memberRole(db, groupId, moderatorId), "moderator");
  const requests = await db.groupJoinRequest.findMany({
    where: { groupId, status: "pending" },
    orderBy: { createdAt: "asc" },
    select: {
      userId: true,
      answer: true,
      createdAt: true,
      user: { select: { displayName: true, verifiedAt: true } },
    },
  });
  const reputations = await reputationsOf(
    db,
    requests.map((request) => request.userId),
  );
  return requests.map((request) => ({
    userId: request.userId,
    displayName: request.user.displayName,
    verified: isVerified(request.user),
    reputation: reputations.get(request.userId) as Reputation,
    answer: request.answer ?? undefined,
    createdAt: request.createdAt,
  }));
}

/** The groups a person is in, most recently joined first. */
export async function listMyGroups(db: Database, userId: string): Promise<MyGroup[]> {
  const memberships = await db.groupMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "desc" },
    include: { group: true },
  });
  return memberships.map((membership) => ({
    ...toSummary(membership.group, undefined),
    role: membership.role,
  }));
}

/** Whether two people are in one group together: a profile shown to "groups" is shown to them. */
export async function shareAGroup(db: Database, userA: string, userB: string): Promise<boolean> {
  const shared = await db.groupMember.findFirst({
    where: { userId: userA, group: { members: { some: { userId: userB } } } },
    select: { groupId: true },
  });
  return shared !== null;
}

/** The groups the person runs (moderator or owner): where they may plan meetups and link chats. */
export async function listModeratedGroups(
  db: Database,
  userId: string,
): Promise<{ id: string; name: string }[]> {
  const rows = await db.groupMember.findMany({
    where: { userId, role: { in: ["owner", "moderator"] } },
    orderBy: { joinedAt: "asc" },
    select: { group: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.group);
}

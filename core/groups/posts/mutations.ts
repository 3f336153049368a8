import { actions } from "../../actions/table.js";
import type { Database, Prisma } from "../../db/client.js";
import { parseOrRefuse } from "../../errors.js";
import { refuseProfanity } from "../../moderation/profanity.js";
import { queueNotification, queueNotifications } from "../../notifications/mutations.js";
import type { NotificationButton } from "../../notifications/types.js";
import { queueGroupChatPosts } from "../chats/posts.js";
import { findGroupFor, memberRole } from "../queries.js";
import { requireRole } from "../roles.js";
import { postNoticeSchema } from "../schema.js";
import type { PostNotice } from "../types.js";
import { excerpt } from "./excerpt.js";
import { postAndRole } from "./queries.js";
import { commentBodySchema, type PostInput, postInputSchema } from "./schema.js";

type Tx = Prisma.TransactionClient;

/** A digest goes out at most this often, and only with posts in it. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Posts a digest quotes the first line of; it counts the rest. */
export const DIGEST_POSTS_QUOTED = 3;
/** Members one `sendPostDigests` run serves; the next run takes the ones after them. */
export const DIGEST_BATCH = 500;

function postButton(postId: string): NotificationButton[][] {
  return [[{ label: { key: "button-group-post" }, action: actions.groupPost({ postId }) }]];
}

async function displayName(tx: Tx, userId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } });
  return user.displayName;
}

/** Members who want each post hear of it at once; an announcement reaches every member and linked chat. */
async function notifyNewPost(
  tx: Tx,
  post: {
    id: string;
    groupId: string;
    groupName: string;
    authorId: string;
    body: string;
    announcement: boolean;
  },
) {
  const readers = await tx.groupMember.findMany({
    where: {
      groupId: post.groupId,
      userId: { not: post.authorId },
      ...(post.announcement ? {} : { postNotice: "each" as const }),
    },
    select: { userId: true },
  });
  const content = {
    messageKey: post.announcement ? "notify-group-announcement" : "notify-group-post",
    params: {
      group: post.groupName,
      name: await displayName(tx, post.authorId),
      excerpt: excerpt(post.body),
    },
    buttons: postButton(post.id),
  };
  // A post is its author's own words: each person's copy is erased once delivered.
  await queueNotifications(
    tx,
    readers.map((reader) => ({ userId: reader.userId, ...content, ephemeral: true })),
  );
  // The group's linked chats are read by its members too, so they hear announcements as well.
  if (post.announcement) await queueGroupChatPosts(tx, post.groupId, () => ({ ...content, ephemeral: true }));
}

/** A member writes on the board; an announcement is for moderators and the owner. */
export async function createPost(
  db: Database,
  authorId: string,
  groupId: string,
  input: PostInput,
  now = new Date(),
): Promise<string> {
  const { body, announcement } = parseOrRefuse(postInputSchema, input);
  refuseProfanity(body);
  return db.$transaction(async (tx) => {
    const group = await findGroupFor(tx, groupId, authorId);
    requireRole(await memberRole(tx, groupId, authorId), announcement ? "moderator" : "member");
    const { id } = await tx.groupPost.create({
      data: { groupId, authorId, body, announcement, createdAt: now },
      select: { id: true },
    });
    await notifyNewPost(tx, { id, groupId, groupName: group.name, authorId, body, announcement });
    return id;
  });
}

/** A member comments on a post; its author hears of it, unless the comment is their own. */
export async function addComment(
  db: Database,
  authorId: string,
  postId: string,
  body: string,
  now = new Date(),
): Promise<string> {
  const comment = parseOrRefuse(commentBodySchema, body);
  refuseProfanity(comment);
  return db.$transaction(async (tx) => {
    const { post, role } = await postAndRole(tx, postId, authorId);
    requireRole(role, "member");
    const { id } = await tx.groupComment.create({
      data: { postId, authorId, body: comment, createdAt: now },
      select: { id: true },
    });
    await tx.groupPost.update({ where: { id: postId }, data: { commentCount: { increment: 1 } } });
    if (post.authorId === authorId) return id;
    await queueNotification(tx, {
      userId: post.authorId,
      messageKey: "notify-group-comment",
      params: { group: post.group.name, name: await displayName(tx, authorId), excerpt: excerpt(comment) },
      buttons: postButton(postId),
      ephemeral: true,
    });
    return id;
  });
}

/** Its author (even after leaving the group) or a moderator takes a post down, with its comments. */
export async function deletePost(db: Database, userId: string, postId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { post, role } = await postAndRole(tx, postId, userId);
    if (post.authorId !== userId) requireRole(role, "moderator");
    await tx.groupPost.delete({ where: { id: postId } });
  });
}

/** How a member hears of new posts. Choosing the digest starts it from now, not from joining. */
export async function setPostNotice(
  db: Database,
  userId: string,
  groupId: string,
  notice: PostNotice,
  now = new Date(),
): Promise<void> {
  const postNotice = parseOrRefuse(postNoticeSchema, notice);
  await db.$transaction(async (tx) => {
    await findGroupFor(tx, groupId, userId);
    requireRole(await memberRole(tx, groupId, userId), "member");
    // Already on the digest, the clock is kept: choosing it again must not postpone the next one.
    await tx.groupMember.updateMany({
      where: { groupId, userId, postNotice: { not: postNotice } },
      data: { postNotice, ...(postNotice === "digest" ? { digestedAt: now } : {}) },
    });
  });
}

type MemberKey = { groupId: string; userId: string };

/**
 * One member's digest, in one transaction with moving their digestedAt on. The move is claimed
 * at the digestedAt read here, so a second run or worker finds it changed and sends nothing.
 */
async function sendDigest(db: Database, key: MemberKey, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const member = await tx.groupMember.findUnique({
      where: { groupId_userId: key },
      select: { postNotice: true, digestedAt: true, group: { select: { name: true } } },
    });
    const due = new Date(now.getTime() - DIGEST_INTERVAL_MS);
    if (member?.postNotice !== "digest" || member.digestedAt > due) return 0;
    const fresh = {
      groupId: key.groupId,
      authorId: { not: key.userId },
      createdAt: { gt: member.digestedAt },
    };
    const count = await tx.groupPost.count({ where: fresh });
    if (count === 0) return 0;
    const { count: claimed } = await tx.groupMember.updateMany({
      where: { ...key, postNotice: "digest", digestedAt: member.digestedAt },
      data: { digestedAt: now },
    });
    if (claimed === 0) return 0;
    const newest = await tx.groupPost.findMany({
      where: fresh,
      orderBy: { createdAt: "desc" },
      take: DIGEST_POSTS_QUOTED,
      select: { body: true },
    });
    await queueNotification(tx, {
      userId: key.userId,
      messageKey: "notify-group-digest",
      params: {
        group: member.group.name,
        count,
        lines: newest.map((post) => `• ${excerpt(post.body)}`).join("\n"),
      },
      buttons: [
        [{ label: { key: "button-group-board" }, action: actions.groupBoard({ groupId: key.groupId }) }],
      ],
      ephemeral: true,
    });
    return 1;
  });
}

/**
 * Queues a digest for each member on the daily digest whose last one is a day old or more and
 * who has new posts by others since; returns how many went out. A run serves DIGEST_BATCH
 * members, oldest digest first; those served are no longer due, so the next run takes the rest.
 */
export async function sendPostDigests(db: Database, now = new Date()): Promise<number> {
  const dueMs = now.getTime() - DIGEST_INTERVAL_MS;
  // The cut-off travels as epoch milliseconds: a timestamp parameter would be read in the session's zone.
  const due = await db.$queryRaw<MemberKey[]>`SELECT m."groupId", m."userId" FROM "GroupMember" m
    WHERE m."postNotice" = 'digest'
      AND m."digestedAt" <= (to_timestamp(${dueMs}::double precision / 1000) AT TIME ZONE 'UTC')
      AND EXISTS (SELECT 1 FROM "GroupPost" p WHERE p."groupId" = m."groupId"
        AND p."authorId" <> m."userId" AND p."createdAt" > m."digestedAt")
    ORDER BY m."digestedAt" LIMIT ${DIGEST_BATCH}`;
  let sent = 0;
  for (const key of due) sent += await sendDigest(db, key, now);
  return sent;
}

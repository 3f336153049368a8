import type { Database, Prisma } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { findGroupFor, memberRole } from "../queries.js";
import { type GroupRole, hasRole, requireRole } from "../roles.js";
import type { PostPage, PostThread, PostView } from "./types.js";

type Reader = Prisma.TransactionClient;

export const POST_PAGE_SIZE = 5;
export const MAX_POST_PAGE = 50;
/** A thread shows its latest comments; older ones have been read by the time a post has this many. */
export const COMMENTS_SHOWN = 20;

const postInclude = {
  author: { select: { displayName: true } },
  group: { select: { name: true } },
} as const satisfies Prisma.GroupPostInclude;

type PostRow = Prisma.GroupPostGetPayload<{ include: typeof postInclude }>;

function toPostView(row: PostRow): PostView {
  return {
    id: row.id,
    groupId: row.groupId,
    groupName: row.group.name,
    author: { userId: row.authorId, displayName: row.author.displayName },
    body: row.body,
    announcement: row.announcement,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
  };
}

/** A post of a group in the person's world, and their role there (undefined when not a member). */
export async function postAndRole(
  db: Reader,
  postId: string,
  userId: string,
): Promise<{ post: PostRow; role: GroupRole | undefined }> {
  const post = await db.groupPost.findUnique({ where: { id: postId }, include: postInclude });
  if (!post) throw new AppError("not-found");
  await findGroupFor(db, post.groupId, userId);
  return { post, role: await memberRole(db, post.groupId, userId) };
}

/** A page (from 1) of the group's board, newest first: members only. */
export async function listPosts(
  db: Database,
  groupId: string,
  viewerId: string,
  page = 1,
): Promise<PostPage> {
  if (!Number.isInteger(page) || page < 1 || page > MAX_POST_PAGE) throw new AppError("invalid-input");
  await findGroupFor(db, groupId, viewerId);
  requireRole(await memberRole(db, groupId, viewerId), "member");
  const rows = await db.groupPost.findMany({
    where: { groupId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * POST_PAGE_SIZE,
    take: POST_PAGE_SIZE + 1,
    include: postInclude,
  });
  return {
    posts: rows.slice(0, POST_PAGE_SIZE).map(toPostView),
    page,
    // The last page there may be has no next one, whatever lies beyond it.
    hasMore: rows.length > POST_PAGE_SIZE && page < MAX_POST_PAGE,
  };
}

/** A post with its latest comments, oldest of them first: members only. */
export async function getPostThread(db: Database, postId: string, viewerId: string): Promise<PostThread> {
  const { post, role } = await postAndRole(db, postId, viewerId);
  const member = requireRole(role, "member");
  const comments = await db.groupComment.findMany({
    where: { postId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMMENTS_SHOWN,
    include: { author: { select: { displayName: true } } },
  });
  return {
    post: toPostView(post),
    comments: comments.toReversed().map((comment) => ({
      id: comment.id,
      author: { userId: comment.authorId, displayName: comment.author.displayName },
      body: comment.body,
      createdAt: comment.createdAt,
    })),
    canDelete: post.authorId === viewerId || hasRole(member, "moderator"),
  };
}

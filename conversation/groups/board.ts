import { z } from "zod";
import type { ActionOn } from "../../core/actions/builder.js";
import { actions } from "../../core/actions/table.js";
import { excerpt } from "../../core/groups/posts/excerpt.js";
import { addComment, createPost, deletePost } from "../../core/groups/posts/mutations.js";
import { getPostThread, listPosts } from "../../core/groups/posts/queries.js";
import type { PostView } from "../../core/groups/posts/types.js";
import { ageText } from "../../core/market/card.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, type Reply, reply, type Text, text } from "../reply.js";
import { confirmArgument, confirmFirst } from "./confirm.js";
import { commentBodyField, groupConfirmField, postBodyField } from "./fields.js";
import { groupButton } from "./group-button.js";
import { pageArgument, pageButtons } from "./paging.js";

function postButton(label: string | Text, action: ActionOn<"postId">, postId: string): Button {
  return { label: typeof label === "string" ? text(label) : label, action: action({ postId }) };
}

function postLine(post: PostView, n: number, now: Date) {
  return text("group-post-line", {
    n,
    mark: post.announcement ? "📢 " : "",
    excerpt: excerpt(post.body),
    name: post.author.displayName,
    age: ageText(post.createdAt, now),
    comments: post.commentCount,
  });
}

async function boardPage(ctx: CommandContext, groupId: string, page: number): Promise<Reply> {
  const found = await listPosts(ctx.db, groupId, ctx.profile.userId, page);
  const write = [groupButton("button-group-write", actions.groupWrite, groupId)];
  if (found.posts.length === 0) return reply("group-board-empty", {}, { buttons: [write] });
  const open = found.posts.map((post, index) =>
    postButton(text("button-group-number", { n: index + 1 }), actions.groupPost, post.id),
  );
  const lines = found.posts.map((post, index) => postLine(post, index + 1, ctx.now));
  const pages = pageButtons(page, found.hasMore, (to) => actions.groupBoard({ groupId, page: to }));
  return reply(
    "group-board",
    { group: found.posts[0]?.groupName ?? "", lines },
    { buttons: [open, ...pages, write] },
  );
}

/** `group_board`: the group's posts, newest first, a page at a time. */
export const groupBoard = defineCommand({
  name: "group_board",
  descriptionKey: "cmd-group-board",
  listed: false,
  fields: [],
  schema: z.object({ groupId: z.uuid(), page: pageArgument }),
  run: (ctx, { groupId, page }) => boardPage(ctx, groupId, page),
});

/** A post with its latest comments, and buttons to comment, go back, or delete it where allowed. */
async function threadReply(ctx: CommandContext, postId: string): Promise<Reply> {
  const { post, comments, canDelete } = await getPostThread(ctx.db, postId, ctx.profile.userId);
  const lines = comments.map((comment) =>
    text("group-comment-line", {
      name: comment.author.displayName,
      body: comment.body,
      age: ageText(comment.createdAt, ctx.now),
    }),
  );
  return reply(
    post.announcement ? "group-announcement-card" : "group-post-card",
    {
      group: post.groupName,
      name: post.author.displayName,
      age: ageText(post.createdAt, ctx.now),
      body: post.body,
      count: post.commentCount,
      lines,
    },
    {
      buttons: [
        [
          postButton("button-group-comment", actions.groupComment, post.id),
          groupButton("button-group-board", actions.groupBoard, post.groupId),
          ...(canDelete ? [postButton("button-group-post-delete", actions.groupPostDelete, post.id)] : []),
        ],
      ],
    },
  );
}

/** Write on the board; from the moderators' button it is an announcement every member hears of. */
export const groupWrite = defineCommand({
  name: "group_write",
  descriptionKey: "cmd-group-board",
  listed: false,
  fields: [postBodyField],
  schema: z.object({ groupId: z.uuid(), announcement: z.stringbool().default(false), body: z.string() }),
  async run(ctx, { groupId, announcement, body }) {
    const postId = await createPost(ctx.db, ctx.profile.userId, groupId, { body, announcement }, ctx.now);
    return [reply("group-posted"), await threadReply(ctx, postId)];
  },
});

const postArgs = { postId: z.uuid() };

export const groupPost = defineCommand({
  name: "group_post",
  descriptionKey: "cmd-group-board",
  listed: false,
  fields: [],
  schema: z.object(postArgs),
  run: (ctx, { postId }) => threadReply(ctx, postId),
});

export const groupComment = defineCommand({
  name: "group_comment",
  descriptionKey: "cmd-group-board",
  listed: false,
  fields: [commentBodyField],
  schema: z.object({ ...postArgs, comment: z.string() }),
  async run(ctx, { postId, comment }) {
    await addComment(ctx.db, ctx.profile.userId, postId, comment, ctx.now);
    return threadReply(ctx, postId);
  },
});

export const groupPostDelete = defineCommand({
  name: "group_post_del",
  descriptionKey: "cmd-group-board",
  listed: false,
  fields: [groupConfirmField],
  schema: z.object({ ...postArgs, confirm: confirmArgument }),
  async run(ctx, { postId, confirm }) {
    const { post } = await getPostThread(ctx.db, postId, ctx.profile.userId);
    return confirmFirst(
      confirm,
      reply("group-post-delete-confirm", { excerpt: excerpt(post.body) }),
      async () => {
        await deletePost(ctx.db, ctx.profile.userId, postId);
        return [reply("group-post-deleted"), await boardPage(ctx, post.groupId, 1)];
      },
    );
  },
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { codeOf, outboxOf } from "../../market/test-seed.js";
import { linkGroupChat } from "../chats/mutations.js";
import { someone } from "../test-groups.js";
import { addComment, createPost, deletePost } from "./mutations.js";
import { getPostThread, listPosts, MAX_POST_PAGE, POST_PAGE_SIZE } from "./queries.js";
import { createTestBoard } from "./test-board.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const db = () => database.db;
const start = new Date("2026-11-21T01:00:00Z");
const minutesLater = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

const board = () => createTestBoard(db(), start);

describe("posting", () => {
  it("tells members who want each post, and everyone of an announcement, never the author", async () => {
    const { groupId, owner, moderator, each, digest, none } = await board();
    await linkGroupChat(db(), moderator, groupId, {
      platform: "telegram",
      id: "-1001",
      kind: "group",
      canManage: true,
    });
    const postId = await createPost(db(), each.userId, groupId, { body: "이번 주 토요일 9시\n장소는 공원" });
    /** How many notices of `key` each of owner, moderator, each, digest and none got. */
    const heard = (key: string) =>
      Promise.all(
        [owner, moderator, each, digest, none].map(
          async (person) => (await outboxOf(db(), person.userId, key)).length,
        ),
      );
    expect(await heard("notify-group-post")).toEqual([1, 1, 0, 0, 0]);
    const [notice] = await outboxOf(db(), owner.userId, "notify-group-post");
    expect(notice).toMatchObject({
      ephemeral: true,
      params: { group: "신림 풋살 모임", name: "매번", excerpt: "이번 주 토요일 9시" },
    });
    expect(JSON.stringify(notice?.buttons)).toContain("group_post");

    await createPost(db(), moderator.userId, groupId, { body: "공지: 회비 안내", announcement: true });
    expect(await heard("notify-group-announcement")).toEqual([1, 0, 1, 1, 1]);
    const chatPosts = await db().notification.findMany({ where: { groupChat: { groupId } } });
    expect(chatPosts.map((row) => [row.messageKey, row.params])).toEqual([
      ["notify-group-announcement", { group: "신림 풋살 모임", name: "운영진", excerpt: "공지: 회비 안내" }],
    ]);
    // The chat's copy holds the moderator's words too: erased once posted, as each person's is.
    expect(chatPosts.map((row) => row.ephemeral)).toEqual([true]);
    expect((await listPosts(db(), groupId, none.userId)).posts.map((post) => post.id)).toContain(postId);
  });

  it("refuses strangers, announcements by members, empty or long posts and profanity, storing nothing", async () => {
    const { groupId, each } = await board();
    const stranger = await someone(db(), "지나가는 사람");
    const before = await db().notification.count();
    const cases: [string, () => Promise<unknown>][] = [
      ["group-not-member", () => createPost(db(), stranger.userId, groupId, { body: "안녕하세요" })],
      [
        "group-not-moderator",
        () => createPost(db(), each.userId, groupId, { body: "공지", announcement: true }),
      ],
      ["invalid-input", () => createPost(db(), each.userId, groupId, { body: "   " })],
      ["invalid-input", () => createPost(db(), each.userId, groupId, { body: "가".repeat(2001) })],
      ["profanity", () => createPost(db(), each.userId, groupId, { body: "개새끼들아" })],
    ];
    for (const [code, attempt] of cases) expect(await codeOf(attempt())).toBe(code);
    expect(await db().groupPost.count({ where: { groupId } })).toBe(0);
    expect(await db().notification.count()).toBe(before);
    expect(await codeOf(listPosts(db(), groupId, stranger.userId))).toBe("group-not-member");
  });

  it("lists the board newest first, a page at a time", async () => {
    const { groupId, each } = await board();
    const count = POST_PAGE_SIZE + 1;
    for (let i = 0; i < count; i++) {
      await createPost(db(), each.userId, groupId, { body: `글 ${i}` }, minutesLater(i));
    }
    const first = await listPosts(db(), groupId, each.userId, 1);
    const second = await listPosts(db(), groupId, each.userId, 2);
    expect([first.hasMore, second.hasMore]).toEqual([true, false]);
    expect([...first.posts, ...second.posts].map((post) => post.body)).toEqual(
      Array.from({ length: count }, (_, i) => `글 ${count - 1 - i}`),
    );
    expect(await codeOf(listPosts(db(), groupId, each.userId, 0))).toBe("invalid-input");
  });

  it("offers no next page past the last one it would show, however many posts lie beyond", async () => {
    const { groupId, each } = await board();
    // Written straight to the table: only the count matters to paging.
    await db().groupPost.createMany({
      data: Array.from({ length: (MAX_POST_PAGE + 1) * POST_PAGE_SIZE }, (_, i) => ({
        groupId,
        authorId: each.userId,
        body: `글 ${i}`,
        createdAt: minutesLater(i),
      })),
    });
    const hasMore = async (page: number) => (await listPosts(db(), groupId, each.userId, page)).hasMore;
    expect([await hasMore(MAX_POST_PAGE - 1), await hasMore(MAX_POST_PAGE)]).toEqual([true, false]);
  });
});

describe("comments and deleting", () => {
  it("tells the post's author of others' comments and shows them in order", async () => {
    const { groupId, each, digest } = await board();
    const postId = await createPost(db(), each.userId, groupId, { body: "풋살화 추천해 주세요" });
    await addComment(db(), digest.userId, postId, "나이키 좋아요", minutesLater(1));
    await addComment(db(), each.userId, postId, "고마워요!", minutesLater(2));
    const notices = await outboxOf(db(), each.userId, "notify-group-comment");
    expect(notices.map((notice) => notice.params)).toEqual([
      { group: "신림 풋살 모임", name: "하루한번", excerpt: "나이키 좋아요" },
    ]);
    const thread = await getPostThread(db(), postId, digest.userId);
    expect(thread.post.commentCount).toBe(2);
    expect(thread.comments.map((comment) => [comment.author.displayName, comment.body])).toEqual([
      ["하루한번", "나이키 좋아요"],
      ["매번", "고마워요!"],
    ]);
    expect(thread.canDelete).toBe(false);
    const stranger = await someone(db(), "구경");
    expect(await codeOf(addComment(db(), stranger.userId, postId, "저도요"))).toBe("group-not-member");
    expect(await codeOf(getPostThread(db(), postId, stranger.userId))).toBe("group-not-member");
    expect(await codeOf(addComment(db(), digest.userId, postId, "시발"))).toBe("profanity");
    expect(await db().groupComment.count({ where: { postId } })).toBe(2);
  });

  it("lets the author or a moderator delete a post, and nobody else", async () => {
    const { groupId, moderator, each, none } = await board();
    const mine = await createPost(db(), each.userId, groupId, { body: "제 글" });
    const other = await createPost(db(), none.userId, groupId, { body: "다른 글" });
    expect(await codeOf(deletePost(db(), each.userId, other))).toBe("group-not-moderator");
    expect((await getPostThread(db(), other, moderator.userId)).canDelete).toBe(true);
    await deletePost(db(), each.userId, mine);
    await deletePost(db(), moderator.userId, other);
    expect(await db().groupPost.count({ where: { groupId } })).toBe(0);
    expect(await codeOf(deletePost(db(), each.userId, mine))).toBe("not-found");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres.js";
import { codeOf, outboxOf } from "../../market/test-seed.js";
import { joinGroup } from "../mutations.js";
import { someone } from "../test-groups.js";
import { createPost, DIGEST_INTERVAL_MS, sendPostDigests, setPostNotice } from "./mutations.js";
import { createTestBoard } from "./test-board.js";

// sendPostDigests serves every group in the database, so each test makes its own board and
// looks at its own people's outboxes; only the first counts what a whole run sent.

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
const dayLater = (minutes = 0) => minutesLater(DIGEST_INTERVAL_MS / 60_000 + minutes);
const board = () => createTestBoard(db(), start);
const digestsOf = (userId: string) => outboxOf(db(), userId, "notify-group-digest");

describe("daily digests", () => {
  it("sends one digest a day of others' posts, quoting the newest three, and never twice", async () => {
    const { groupId, each, digest } = await board();
    for (let i = 1; i <= 4; i++) {
      await createPost(db(), each.userId, groupId, { body: `소식 ${i}\n자세한 내용` }, minutesLater(i));
    }
    await createPost(db(), digest.userId, groupId, { body: "내가 쓴 글" }, minutesLater(5));
    expect(await sendPostDigests(db(), minutesLater(60))).toBe(0);

    const runs = await Promise.all([sendPostDigests(db(), dayLater()), sendPostDigests(db(), dayLater())]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await sendPostDigests(db(), dayLater(1))).toBe(0);
    const digests = await digestsOf(digest.userId);
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      ephemeral: true,
      params: { group: "신림 풋살 모임", count: 4, lines: "• 소식 4\n• 소식 3\n• 소식 2" },
    });
    expect(JSON.stringify(digests[0]?.buttons)).toContain("group_board");
    const member = await db().groupMember.findUniqueOrThrow({
      where: { groupId_userId: { groupId, userId: digest.userId } },
    });
    expect(member.digestedAt).toEqual(dayLater());

    await createPost(db(), each.userId, groupId, { body: "다음 날 소식" }, dayLater(10));
    expect(await sendPostDigests(db(), dayLater(60))).toBe(0);
    expect(await sendPostDigests(db(), minutesLater(2 * 24 * 60))).toBe(1);
    expect((await digestsOf(digest.userId)).map((row) => row.params)).toMatchObject([
      { count: 4 },
      { count: 1, lines: "• 다음 날 소식" },
    ]);
  });

  it("sends nothing with only one's own posts, nor to members on other notices", async () => {
    const { groupId, each, digest, none } = await board();
    await createPost(db(), digest.userId, groupId, { body: "혼잣말" }, minutesLater(1));
    await sendPostDigests(db(), dayLater(5));
    await setPostNotice(db(), digest.userId, groupId, "each", dayLater(6));
    await createPost(db(), none.userId, groupId, { body: "새 글" }, dayLater(7));
    await sendPostDigests(db(), dayLater(24 * 60 + 10));
    for (const person of [digest, each, none]) expect(await digestsOf(person.userId)).toHaveLength(0);
  });

  it("starts the digest from when it was chosen, not from joining", async () => {
    const { groupId, each } = await board();
    const late = await someone(db(), "늦게 고른 사람");
    await joinGroup(db(), late.userId, groupId, undefined, start);
    await createPost(db(), each.userId, groupId, { body: "예전 글" }, minutesLater(1));
    await setPostNotice(db(), late.userId, groupId, "digest", minutesLater(30));
    // Choosing it again keeps the clock: the digest is not put off by a second tap.
    await setPostNotice(db(), late.userId, groupId, "digest", minutesLater(40));
    await createPost(db(), each.userId, groupId, { body: "고른 뒤의 글" }, minutesLater(35));
    await sendPostDigests(db(), dayLater(30));
    expect((await digestsOf(late.userId)).map((row) => row.params)).toMatchObject([
      { count: 1, lines: "• 고른 뒤의 글" },
    ]);
    expect(await codeOf(setPostNotice(db(), late.userId, groupId, "weekly" as never))).toBe("invalid-input");
  });
});

import { describe, expect, it } from "vitest";
import type { Database } from "../db/client.js";
import { databaseForTests, planMeetup } from "../groups/meetups/test-meetups.js";
import { createGroup, joinGroup } from "../groups/mutations.js";
import { answerRsvp } from "../groups/rsvp/mutations.js";
import { groupInput, persona } from "../groups/test-groups.js";
import { updateProfile } from "../identity/mutations.js";
import { getProfile } from "../identity/queries.js";
import type { Profile } from "../identity/types.js";
import { gangnam, near, person, sillim } from "../market/test-seed.js";
import { dismissRecommendation } from "./mutations.js";
import { recommendationsFor } from "./queries.js";

const database = databaseForTests();
const now = new Date("2026-12-04T03:00:00Z");
const HOUR_MS = 60 * 60_000;

async function living(db: Database, name: string, interests: string[] = [], at = sillim): Promise<Profile> {
  const userId = await person(db, name);
  await updateProfile(db, userId, { interests, homeArea: { ...at, label: "신림동", precision: 0 } });
  return getProfile(db, userId);
}

async function idsOf(db: Database, userId: string) {
  const forYou = await recommendationsFor(db, userId, now);
  const list = forYou.state === "list" ? forYou.list : [];
  return list.map((one) => `${one.candidate.kind}:${one.candidate.title}`);
}

describe("/foryou's candidates", () => {
  it("recommends groups near home the person is not in, and meetups ahead in their groups they did not answer", async () => {
    const db = database();
    const me = await living(db, "나", ["보드게임"]);
    const owner = await living(db, "모임장");
    await createGroup(db, owner, groupInput({ name: "신림 보드게임", tags: ["보드게임"] }));
    await createGroup(
      db,
      owner,
      groupInput({ name: "먼 동네 모임", area: { ...near(sillim, 9000), precision: 0 } }),
    );
    const full = await createGroup(db, owner, groupInput({ name: "꽉 찬 모임", memberLimit: 2 }));
    await joinGroup(db, (await living(db, "먼저 온 사람")).userId, full);
    const mine = await createGroup(db, owner, groupInput({ name: "내 풋살 모임" }));
    await joinGroup(db, me.userId, mine);
    const startAt = new Date(now.getTime() + 48 * HOUR_MS);
    await planMeetup(db, owner, mine, startAt, now, { title: "토요일 풋살" });
    const answered = await planMeetup(db, owner, mine, startAt, now, { title: "답한 풋살" });
    await answerRsvp(db, me.userId, answered, "maybe", now);
    await planMeetup(
      db,
      owner,
      mine,
      new Date(now.getTime() - 48 * HOUR_MS),
      new Date(now.getTime() - 72 * HOUR_MS),
      {
        title: "지난 풋살",
      },
    ).catch(() => undefined);
    await createGroup(db, await persona(db), groupInput({ name: "놀이터 모임" }));

    const list = await idsOf(db, me.userId);
    expect(list).toEqual(["group:신림 보드게임", "meetup:토요일 풋살"]);
  });

  it("never shows again what the person said not interested to, and needs a home area", async () => {
    const db = database();
    const me = await living(db, "둘", ["요리"], gangnam);
    const owner = await living(db, "주인", [], gangnam);
    const area = { ...gangnam, label: "역삼동", precision: 0 };
    const cooking = await createGroup(db, owner, groupInput({ name: "자취 요리", tags: ["요리"], area }));
    expect(await idsOf(db, me.userId)).toEqual(["group:자취 요리"]);
    await dismissRecommendation(db, me.userId, "group", cooking);
    await dismissRecommendation(db, me.userId, "group", cooking);
    expect(await idsOf(db, me.userId)).toEqual([]);

    const homeless = await person(db, "집없음");
    expect(await recommendationsFor(db, homeless, now)).toEqual({ state: "no-home" });
  });
});

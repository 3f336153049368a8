import { describe, expect, it } from "vitest";
import { actions } from "../../../core/actions/table.js";
import { createMeetup } from "../../../core/groups/meetups/mutations.js";
import { meetupInput } from "../../../core/groups/meetups/test-meetups.js";
import { createGroup, joinGroup } from "../../../core/groups/mutations.js";
import { groupInput } from "../../../core/groups/test-groups.js";
import { getProfile } from "../../../core/identity/queries.js";
import type { Language } from "../../../core/identity/types.js";
import { creditPoints } from "../../../core/points/mutations.js";
import { buttonData, dispatcherForTests, privateChatPerson } from "../../test-dispatcher.js";

// Pinning a meetup at the top of the groups nearby for a day, paid with the host's points.

const now = new Date("2026-12-03T03:00:00Z");
const HOUR_MS = 60 * 60_000;
const test = dispatcherForTests({ clock: () => now });

async function personWith(externalId: string, language: Language, points: number) {
  const db = test().database.db;
  const chat = privateChatPerson(test().dispatcher, externalId, language);
  await chat({ kind: "command", name: "help" });
  const { userId } = await db.account.findFirstOrThrow({ where: { externalId }, select: { userId: true } });
  await db.user.update({
    where: { id: userId },
    data: { verifiedAt: now, homeLat: 37.4841, homeLng: 126.9297, homeLabel: "신림동" },
  });
  // Oldest first, one a day: hosting earns at most two a day.
  for (let daysAgo = points / 10 - 1; daysAgo >= 0; daysAgo--) {
    const at = new Date(now.getTime() - daysAgo * 24 * HOUR_MS);
    await creditPoints(db, { userId, kind: "meetup_hosted", cause: `meetup:${externalId}-${daysAgo}` }, at);
  }
  return { chat, userId };
}

describe("a meetup pinned nearby", () => {
  it("is pinned by its host for 50 points after a confirmation, heads /groups nearby, and is not paid twice", async () => {
    const db = test().database.db;
    const host = await personWith("6201", "ko", 60);
    const member = await personWith("6202", "en", 100);
    const neighbour = await personWith("6203", "ko", 0);
    const groupId = await createGroup(
      db,
      await getProfile(db, host.userId),
      groupInput({ name: "신림 보드게임" }),
    );
    await joinGroup(db, member.userId, groupId);
    const startAt = new Date(now.getTime() + 30 * HOUR_MS);
    const place = { lat: 37.4845, lng: 126.93, label: "신림역", precision: 0 };
    const meetupId = await createMeetup(
      db,
      await getProfile(db, host.userId),
      meetupInput(groupId, startAt, { title: "보드게임 번개", place }),
      now,
    );

    const refused = await member.chat({ kind: "button", data: actions.meetupPin({ meetupId }) });
    expect(refused.keys[0]).toBe("error-group-not-moderator");

    const card = await host.chat({ kind: "button", data: actions.meetupCard({ meetupId }) });
    const ask = await host.chat({ kind: "button", data: buttonData(card.outcome, "button-meetup-pin") });
    expect(ask.keys).toEqual(["meetup-pin-confirm", "ask-group-confirm"]);
    expect(ask.texts[0]).toContain("'보드게임 번개'를 24시간 동안");
    expect(ask.texts[0]).toContain("50점이 들어요. (보유 60점)");
    const pinned = await host.chat({ kind: "button", data: buttonData(ask.outcome, "group-confirm-yes") });
    expect(pinned.keys).toEqual(["meetup-pin-done"]);
    expect((await db.pointBalance.findUniqueOrThrow({ where: { userId: host.userId } })).balance).toBe(10);

    const nearby = await neighbour.chat({ kind: "command", name: "groups" });
    expect(nearby.keys).toEqual(["meetups-pinned", "groups-found"]);
    expect(nearby.texts[0]).toContain("보드게임 번개");

    const twice = await host.chat({ kind: "button", data: actions.meetupPin({ meetupId }) });
    expect(twice.keys[0]).toBe("error-meetup-already-pinned");
    expect((await db.pointBalance.findUniqueOrThrow({ where: { userId: host.userId } })).balance).toBe(10);
    const again = await host.chat({ kind: "button", data: actions.meetupCard({ meetupId }) });
    expect(() => buttonData(again.outcome, "button-meetup-pin")).toThrow();
  });

  it("asks to pin a meetup over in 3 hours for those 3 hours, not a day", async () => {
    const db = test().database.db;
    const host = await personWith("6211", "ko", 60);
    const groupId = await createGroup(
      db,
      await getProfile(db, host.userId),
      groupInput({ name: "신림 산책" }),
    );
    const place = { lat: 37.4845, lng: 126.93, label: "신림역", precision: 0 };
    const input = meetupInput(groupId, new Date(now.getTime() + HOUR_MS), { title: "저녁 산책", place });
    const meetupId = await createMeetup(db, await getProfile(db, host.userId), input, now);
    const ask = await host.chat({ kind: "button", data: actions.meetupPin({ meetupId }) });
    expect(ask.texts[0]).toContain("'저녁 산책'을 3시간 동안");
  });
});

import { describe, expect, it } from "vitest";
import { decodeAction, MAX_ACTION_BYTES } from "../../core/actions/codec.js";
import { actions } from "../../core/actions/table.js";
import { createGroup } from "../../core/groups/mutations.js";
import { GROUP_PAGE_SIZE } from "../../core/groups/rules.js";
import { groupInput, someone } from "../../core/groups/test-groups.js";
import { buttonData, dispatcherForTests, type Identity, type Outcome } from "../test-dispatcher.js";

// The groups' commands through the real dispatcher.

const test = dispatcherForTests();

const owner: Identity = { platform: "telegram", externalId: "7001", chatId: "7001", displayName: "민지" };
const joiner: Identity = { platform: "telegram", externalId: "7002", chatId: "7002", displayName: "서준" };

const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);
const say = (who: Identity, text: string) => test().dispatcher.handle(who, { kind: "text", text });
const press = (who: Identity, outcome: Outcome, labelKey: string) =>
  test().dispatcher.handle(who, { kind: "button", data: buttonData(outcome, labelKey) });

/** Every button the outcome offers, each within the messengers' 64 bytes and decodable. */
function allActions(outcome: Outcome) {
  return outcome.replies.flatMap((reply) => reply.buttons ?? []).flat();
}

async function createdGroup(): Promise<Outcome> {
  await test().dispatcher.handle(owner, { kind: "command", name: "group" });
  await say(owner, "신림 풋살 모임");
  const category = await test().dispatcher.handle(owner, { kind: "button", data: "a|category|sports" });
  expect(keys(category)).toEqual(["ask-group-tags"]);
  await say(owner, "#풋살, 주말");
  await say(owner, "37.4841, 126.9297 신림동");
  const policy = await say(owner, "");
  expect(keys(policy)).toEqual(["error-empty-answer", "ask-group-policy"]);
  await press(owner, policy, "group-policy-open");
  await say(owner, "주말 아침에 공 차요");
  const limit = await say(owner, "백 명");
  expect(keys(limit)).toEqual(["error-count-out-of-range", "ask-group-limit"]);
  // An open group has no one to ask a join question: the limit is the last question.
  return say(owner, "12명");
}

describe("a group through the dispatcher", () => {
  it("is created step by step, found nearby, joined, written on and run", async () => {
    const created = await createdGroup();
    expect(keys(created)).toEqual(["group-created", "group-card"]);
    const group = await test().database.db.group.findFirstOrThrow({ where: { name: "신림 풋살 모임" } });
    expect(group).toMatchObject({
      tags: ["풋살", "주말"],
      memberLimit: 12,
      joinQuestion: null,
      areaLabel: "신림동",
    });
    for (const button of allActions(created)) {
      expect(Buffer.byteLength(button.action)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
      expect(decodeAction(button.action)?.type).toBe("command");
    }

    const askPlace = await test().dispatcher.handle(joiner, {
      kind: "command",
      name: "groups",
      text: "풋살",
    });
    expect(keys(askPlace)).toEqual(["ask-search-place"]);
    const found = await say(joiner, "37.4850, 126.9300");
    expect(found.replies[0]?.text).toMatchObject({ key: "groups-found" });
    const card = await press(joiner, found, "button-group-number");
    expect(card.replies[0]?.text.params?.standing).toEqual({ key: "group-standing-none" });
    const joined = await press(joiner, card, "button-group-join");
    expect(keys(joined)).toEqual(["group-joined", "group-card"]);

    const ask = await press(joiner, joined, "button-group-write");
    expect(keys(ask)).toEqual(["ask-group-post"]);
    const posted = await say(joiner, "토요일에 봐요!");
    expect(keys(posted)).toEqual(["group-posted", "group-post-card"]);
    const notices = await test().database.db.notification.findMany({
      where: { messageKey: "notify-group-post" },
    });
    expect(notices.map((notice) => notice.userId)).toEqual([created.profile.userId]);

    const ownerCard = await test().dispatcher.handle(owner, { kind: "command", name: "mygroups" });
    const opened = await press(owner, ownerCard, "button-group-number");
    const picker = await press(owner, opened, "button-group-kick");
    expect(keys(picker)).toEqual(["group-pick-member"]);
    const confirm = await press(owner, picker, "button-person");
    expect(keys(confirm)).toEqual(["group-kick-confirm", "ask-group-confirm"]);
    const kicked = await press(owner, confirm, "group-confirm-yes");
    expect(keys(kicked)).toEqual(["group-kicked", "group-card"]);
    expect(await test().database.db.groupMember.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("asks a join question of a group that approves members, in Korean and English", async () => {
    for (const [maker, language] of [
      [{ platform: "telegram", externalId: "7011", chatId: "7011" }, "ko"],
      [{ platform: "telegram", externalId: "7012", chatId: "7012", language: "en" }, "en"],
    ] as const) {
      await test().dispatcher.handle(maker, { kind: "command", name: "group" });
      await say(maker, `승인 모임 ${language}`);
      await test().dispatcher.handle(maker, { kind: "button", data: "a|category|sports" });
      await say(maker, "풋살");
      const policy = await say(maker, "37.4841, 126.9297 신림동");
      const description = await press(maker, policy, "group-policy-approval");
      const limit = await say(maker, "공 차요");
      const question = await say(maker, "12");
      expect(keys(question)).toEqual(["ask-group-question"]);
      expect(keys(description).concat(keys(limit))).toEqual(["ask-group-description", "ask-group-limit"]);
      expect(question.language).toBe(language);
      const created = await say(maker, "포지션이 어디예요?");
      expect(keys(created)).toEqual(["group-created", "group-card"]);
      const group = await test().database.db.group.findFirstOrThrow({
        where: { name: `승인 모임 ${language}` },
      });
      expect(group).toMatchObject({ joinPolicy: "approval", joinQuestion: "포지션이 어디예요?" });
    }
  });

  it("pages a search, keeping its words and place on the page buttons", async () => {
    const maker = await someone(test().database.db, "부산 사람");
    const far = { lat: 35.1796, lng: 129.0756 };
    // Without the words on the next page's button, this one would turn up there too.
    await createGroup(
      test().database.db,
      maker,
      groupInput({ name: "부산 러닝", area: { ...far, precision: 0 } }),
    );
    for (let i = 0; i < GROUP_PAGE_SIZE + 1; i++) {
      await createGroup(
        test().database.db,
        maker,
        groupInput({ name: `부산 독서 모임 ${i}`, area: { ...far, precision: 0 } }),
      );
    }
    const visitor: Identity = { platform: "discord", externalId: "7004", chatId: "7004" };
    await test().dispatcher.handle(visitor, { kind: "command", name: "groups", text: "독서 #운동" });
    const first = await say(visitor, `${far.lat}, ${far.lng}`);
    expect(first.replies[0]?.text.params?.lines).toHaveLength(GROUP_PAGE_SIZE);
    const second = await press(visitor, first, "button-next");
    expect(second.replies[0]?.text.params?.lines).toHaveLength(1);
    expect(allActions(second).map((button) => button.label.key)).toContain("button-previous");
    const other = await test().dispatcher.handle(visitor, { kind: "command", name: "groups", text: "풋살" });
    expect(keys(other)).toEqual(["ask-search-place"]);
  });

  it("answers a forged button as stale and a stranger's with a reason, changing nothing", async () => {
    const group = await test().database.db.group.findFirstOrThrow({ where: { name: "신림 풋살 모임" } });
    const stranger: Identity = { platform: "discord", externalId: "7003", chatId: "7003" };
    const before = await test().database.db.groupMember.findMany({ where: { groupId: group.id } });
    const forged = await test().dispatcher.handle(stranger, {
      kind: "button",
      data: "c|group_delete|g=AAAA",
    });
    expect(keys(forged)).toEqual(["stale-button"]);
    const groupId = group.id;
    const board = await test().dispatcher.handle(stranger, {
      kind: "button",
      data: actions.groupBoard({ groupId }),
    });
    expect(keys(board)).toEqual(["error-group-not-member"]);
    const remove = await test().dispatcher.handle(stranger, {
      kind: "button",
      data: actions.groupDelete({ groupId }),
    });
    expect(keys(remove)).toEqual(["error-group-not-member"]);
    expect(await test().database.db.groupMember.findMany({ where: { groupId: group.id } })).toEqual(before);
  });
});

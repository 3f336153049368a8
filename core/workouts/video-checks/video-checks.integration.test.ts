import { describe, expect, it } from "vitest";
import { databaseForTests } from "../../groups/meetups/test-meetups.js";
import { registerAccount } from "../../identity/mutations.js";
import type { AccountRef } from "../../identity/types.js";
import { person } from "../../market/test-seed.js";
import { takeOccupantEvent, takeRoomCreated, takeRoomDestroyed } from "../presence/mutations.js";
import type { RoomPass } from "../types.js";
import {
  cancelVideoCheck,
  decideVideoCheck,
  expireUntakenVideoChecks,
  joinVideoCheck,
  requestVideoCheck,
  takeVideoCheck,
} from "./mutations.js";
import { VIDEO_CHECK_MS, VIDEO_CHECK_WAIT_MS } from "./rules.js";

const db = databaseForTests();
const MINUTE_MS = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 3, 0) + minutes * MINUTE_MS);

let nextOperator = 1;

/** An operator as VIDEO_CHECK_OPERATORS names them, who has used honjok (so has a person behind the account). */
async function operator(name = "운영자"): Promise<{ userId: string; account: AccountRef }> {
  const account: AccountRef = { platform: "discord", externalId: `9000${nextOperator++}` };
  const profile = await registerAccount(db(), { ...account, chatId: account.externalId, displayName: name });
  return { userId: profile.userId, account };
}

/** A stay of the pass's seat in its room, as the deployment reports it (at the later of its times). */
const stay = (pass: RoomPass, joinedAt: number, leftAt?: number) =>
  takeOccupantEvent(
    db(),
    pass.room,
    {
      occupantJid: `${pass.seatId}@meet.example/${joinedAt}`,
      seatId: pass.seatId,
      joinedAt: at(joinedAt),
      leftAt: leftAt === undefined ? undefined : at(leftAt),
    },
    at(Math.max(joinedAt, leftAt ?? joinedAt)),
  );

async function notices(userId: string) {
  return db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

describe("video checks", () => {
  it("request → an operator takes it → a pass each (the operator moderates) → confirmed → the person is marked", async () => {
    const [first, second] = [await operator("운영자1"), await operator("운영자2")];
    const operators = [first.account, second.account];
    const userId = await person(db(), "민지");

    const checkId = await requestVideoCheck(db(), userId, operators, at(0));
    for (const { userId: operatorId } of [first, second]) {
      expect(await notices(operatorId)).toMatchObject([
        { messageKey: "notify-video-check-requested", params: { name: "민지", minutes: 30 } },
      ]);
    }

    const operatorPass = await takeVideoCheck(db(), first.userId, checkId, operators, at(5));
    expect(operatorPass).toMatchObject({ displayName: "운영자1", moderator: true, notBefore: at(5) });
    expect(operatorPass.expiresAt).toEqual(new Date(at(5).getTime() + VIDEO_CHECK_MS));
    const room = await db().videoRoom.findUniqueOrThrow({ where: { videoCheckId: checkId } });
    expect(room).toMatchObject({
      purpose: "videoCheck",
      name: operatorPass.room,
      opensAt: at(5),
      closesAt: at(35),
    });
    expect(await notices(userId)).toMatchObject([{ messageKey: "notify-video-check-taken" }]);
    expect(JSON.stringify(await notices(userId))).not.toContain(room.name);

    const personPass = await joinVideoCheck(db(), userId, checkId, at(6));
    expect(personPass).toMatchObject({ room: room.name, displayName: "민지", moderator: false });
    expect(personPass.seatId).not.toBe(operatorPass.seatId);
    expect(await takeVideoCheck(db(), first.userId, checkId, operators, at(7))).toEqual(operatorPass);

    await stay(operatorPass, 8);
    await stay(personPass, 9, 19);
    await decideVideoCheck(db(), first.userId, checkId, { confirmed: true, operators }, at(20));
    const marked = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(marked.videoVerifiedAt).toEqual(at(20));
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: checkId } })).toMatchObject({
      status: "confirmed",
      operatorId: first.userId,
      decidedAt: at(20),
    });
    expect((await notices(userId)).map((notice) => notice.messageKey)).toContain(
      "notify-video-check-confirmed",
    );
    // Decided, the check gives no one a way into its room any more, and says why.
    const confirmed = { code: "video-check-decided", params: { status: "confirmed" } };
    await expect(
      decideVideoCheck(db(), first.userId, checkId, { confirmed: false, operators }, at(21)),
    ).rejects.toMatchObject(confirmed);
    await expect(joinVideoCheck(db(), userId, checkId, at(21))).rejects.toMatchObject(confirmed);
    await expect(takeVideoCheck(db(), first.userId, checkId, operators, at(21))).rejects.toMatchObject(
      confirmed,
    );
    await expect(requestVideoCheck(db(), userId, operators, at(30))).rejects.toMatchObject({
      code: "video-check-already-verified",
    });
  });

  it("keeps one open request a person, and a new one once the last was declined", async () => {
    const { userId: operatorId, account } = await operator();
    const userId = await person(db(), "서준");
    // Asked twice at once (a double tap): one request is made, the other is refused.
    const asked = await Promise.allSettled(
      [0, 1].map(() => requestVideoCheck(db(), userId, [account], at(0))),
    );
    expect(asked.filter((result) => result.status === "rejected")).toMatchObject([
      { reason: { code: "video-check-open" } },
    ]);
    const checkId = (asked.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<string>)
      .value;
    expect(await db().videoCheck.count({ where: { userId } })).toBe(1);

    await takeVideoCheck(db(), operatorId, checkId, [account], at(2));
    await decideVideoCheck(db(), operatorId, checkId, { confirmed: false, operators: [account] }, at(10));
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).videoVerifiedAt).toBeNull();
    expect((await notices(userId)).at(-1)?.messageKey).toBe("notify-video-check-declined");
    await expect(joinVideoCheck(db(), userId, checkId, at(10))).rejects.toMatchObject({
      code: "video-check-decided",
      params: { status: "declined" },
    });
    await requestVideoCheck(db(), userId, [account], at(11));
    expect(await db().videoCheck.count({ where: { userId, status: "requested" } })).toBe(1);
  });

  it("lets the person cancel their open request, untaken or taken, and ask again", async () => {
    const { userId: operatorId, account } = await operator("운영자");
    const operators = [account];
    const userId = await person(db(), "나래");
    const stranger = await person(db(), "남");
    const givenUp = { code: "video-check-decided", params: { status: "expired" } };

    const untaken = await requestVideoCheck(db(), userId, operators, at(0));
    // Asking again is refused with the open request, so the person can be offered to cancel it;
    // so it is with no operator left, as then nobody ever takes it.
    for (const listed of [operators, []]) {
      await expect(requestVideoCheck(db(), userId, listed, at(1))).rejects.toMatchObject({
        code: "video-check-open",
        params: { checkId: untaken, taken: "no" },
      });
    }
    await expect(cancelVideoCheck(db(), stranger, untaken, at(2))).rejects.toMatchObject({
      code: "not-found",
    });
    await cancelVideoCheck(db(), userId, untaken, at(2));
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: untaken } })).toMatchObject({
      status: "expired",
      decidedAt: at(2),
    });
    await expect(cancelVideoCheck(db(), userId, untaken, at(3))).rejects.toMatchObject(givenUp);
    await expect(takeVideoCheck(db(), operatorId, untaken, operators, at(3))).rejects.toMatchObject(givenUp);
    expect(await db().videoRoom.count({ where: { videoCheckId: untaken } })).toBe(0);

    // Asked again and taken: cancelling tells the operator, and nothing gets into the room after.
    const taken = await requestVideoCheck(db(), userId, operators, at(4));
    await takeVideoCheck(db(), operatorId, taken, operators, at(5));
    await expect(requestVideoCheck(db(), userId, operators, at(6))).rejects.toMatchObject({
      code: "video-check-open",
      params: { checkId: taken, taken: "yes" },
    });
    await cancelVideoCheck(db(), userId, taken, at(7));
    expect((await notices(operatorId)).at(-1)).toMatchObject({
      messageKey: "notify-video-check-cancelled",
      params: { name: "나래" },
    });
    await expect(joinVideoCheck(db(), userId, taken, at(8))).rejects.toMatchObject(givenUp);
    await expect(takeVideoCheck(db(), operatorId, taken, operators, at(8))).rejects.toMatchObject(givenUp);
    await expect(
      decideVideoCheck(db(), operatorId, taken, { confirmed: false, operators }, at(8)),
    ).rejects.toMatchObject(givenUp);
    expect(await db().videoCheck.count({ where: { userId, status: "requested" } })).toBe(0);
    // The person never hears of their own cancel as news.
    expect((await notices(userId)).map(({ messageKey }) => messageKey)).not.toContain(
      "notify-video-check-cancelled",
    );
  });

  it("lets only the listed operators take and decide, and only the one who took it decide", async () => {
    const [mine, other] = [await operator(), await operator()];
    const operators = [mine.account, other.account];
    const userId = await person(db(), "하윤");
    const stranger = await person(db(), "낯선이");
    await expect(requestVideoCheck(db(), userId, [], at(0))).rejects.toMatchObject({
      code: "video-check-no-operators",
    });
    const checkId = await requestVideoCheck(db(), userId, operators, at(0));

    await expect(takeVideoCheck(db(), stranger, checkId, operators, at(1))).rejects.toMatchObject({
      code: "video-check-not-operator",
    });
    await expect(takeVideoCheck(db(), userId, checkId, operators, at(1))).rejects.toMatchObject({
      code: "video-check-not-operator",
    });
    await expect(
      decideVideoCheck(db(), mine.userId, checkId, { confirmed: true, operators }, at(1)),
    ).rejects.toMatchObject({
      code: "video-check-not-yours",
    });
    await takeVideoCheck(db(), mine.userId, checkId, operators, at(2));
    await expect(takeVideoCheck(db(), other.userId, checkId, operators, at(3))).rejects.toMatchObject({
      code: "video-check-taken",
    });
    await expect(joinVideoCheck(db(), stranger, checkId, at(3))).rejects.toMatchObject({ code: "not-found" });
    await expect(
      decideVideoCheck(db(), other.userId, checkId, { confirmed: true, operators }, at(4)),
    ).rejects.toMatchObject({ code: "video-check-not-yours" });
    // Taken off the list, the operator no longer decides.
    await expect(
      decideVideoCheck(db(), mine.userId, checkId, { confirmed: true, operators: [other.account] }, at(4)),
    ).rejects.toMatchObject({ code: "video-check-not-operator" });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).videoVerifiedAt).toBeNull();
  });

  it("is confirmed only once both came into the room, and may be declined without a call", async () => {
    const { userId: operatorId, account } = await operator();
    const operators = [account];
    const userId = await person(db(), "수아");
    const checkId = await requestVideoCheck(db(), userId, operators, at(0));
    const operatorPass = await takeVideoCheck(db(), operatorId, checkId, operators, at(1));
    const personPass = await joinVideoCheck(db(), userId, checkId, at(2));
    const confirm = () => decideVideoCheck(db(), operatorId, checkId, { confirmed: true, operators }, at(12));

    // Links alone are no call: nobody has come in yet.
    await expect(confirm()).rejects.toMatchObject({
      code: "video-check-not-joined",
      params: { who: "person", name: "수아" },
    });
    // A guest without a seat is no one of the two.
    await takeOccupantEvent(
      db(),
      personPass.room,
      { occupantJid: "guest@meet.example/1", seatId: undefined, joinedAt: at(3) },
      at(3),
    );
    await expect(confirm()).rejects.toMatchObject({ params: { who: "person" } });
    await stay(personPass, 4, 6);
    await expect(confirm()).rejects.toMatchObject({
      code: "video-check-not-joined",
      params: { who: "you", name: "수아" },
    });
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: checkId } })).toMatchObject({
      status: "requested",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).videoVerifiedAt).toBeNull();
    await stay(operatorPass, 5, 11);
    await confirm();
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).videoVerifiedAt).toEqual(at(12));

    // Another request, declined though the person never came.
    const other = await person(db(), "태오");
    const unseen = await requestVideoCheck(db(), other, operators, at(20));
    await takeVideoCheck(db(), operatorId, unseen, operators, at(20));
    await decideVideoCheck(db(), operatorId, unseen, { confirmed: false, operators }, at(25));
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: unseen } })).toMatchObject({
      status: "declined",
    });
  });

  it("takes no one after its 30 minutes, and gives an undecided request up half an hour later", async () => {
    const { userId: operatorId, account } = await operator();
    const userId = await person(db(), "도윤");
    const checkId = await requestVideoCheck(db(), userId, [account], at(0));
    await takeVideoCheck(db(), operatorId, checkId, [account], at(0));
    await expect(joinVideoCheck(db(), userId, checkId, at(29))).resolves.toMatchObject({ moderator: false });
    await expect(joinVideoCheck(db(), userId, checkId, at(30))).rejects.toMatchObject({ code: "room-ended" });
    await expect(takeVideoCheck(db(), operatorId, checkId, [account], at(30))).rejects.toMatchObject({
      code: "room-ended",
    });

    await expect(requestVideoCheck(db(), userId, [account], at(59))).rejects.toMatchObject({
      code: "video-check-open",
    });
    // Given up by its time, before anything recorded so: the check says so.
    const givenUp = { code: "video-check-decided", params: { status: "expired" } };
    await expect(joinVideoCheck(db(), userId, checkId, at(60))).rejects.toMatchObject(givenUp);
    await requestVideoCheck(db(), userId, [account], at(60));
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: checkId } })).toMatchObject({
      status: "expired",
    });
    await expect(
      decideVideoCheck(db(), operatorId, checkId, { confirmed: true, operators: [account] }, at(61)),
    ).rejects.toMatchObject(givenUp);
    await expect(joinVideoCheck(db(), userId, checkId, at(61))).rejects.toMatchObject(givenUp);
  });

  it("still lets the person in after the operator looked in and left, until the room's 30 minutes are up", async () => {
    const { userId: operatorId, account } = await operator();
    const userId = await person(db(), "예린");
    const checkId = await requestVideoCheck(db(), userId, [account], at(0));
    const operatorPass = await takeVideoCheck(db(), operatorId, checkId, [account], at(0));
    // The operator came in alone and left: the deployment destroyed the empty room.
    const stay = { occupantJid: `${operatorPass.seatId}@meet.example/1`, seatId: operatorPass.seatId };
    await takeRoomCreated(db(), operatorPass.room, at(1), at(1));
    await takeRoomDestroyed(
      db(),
      operatorPass.room,
      { createdAt: at(1), destroyedAt: at(3) },
      [{ ...stay, joinedAt: at(1), leftAt: at(3) }],
      at(3),
    );
    expect(await db().videoRoom.findUniqueOrThrow({ where: { videoCheckId: checkId } })).toMatchObject({
      endedBy: "destroyed",
    });

    await expect(joinVideoCheck(db(), userId, checkId, at(10))).resolves.toMatchObject({ moderator: false });
    await expect(takeVideoCheck(db(), operatorId, checkId, [account], at(10))).resolves.toEqual(operatorPass);
    await expect(joinVideoCheck(db(), userId, checkId, at(30))).rejects.toMatchObject({ code: "room-ended" });
  });

  it("gives a request no operator took up a day later, when its person asks again", async () => {
    const { userId: operatorId, account } = await operator();
    const userId = await person(db(), "하람");
    const day = VIDEO_CHECK_WAIT_MS / MINUTE_MS;
    const checkId = await requestVideoCheck(db(), userId, [account], at(0));
    await expect(requestVideoCheck(db(), userId, [account], at(day - 1))).rejects.toMatchObject({
      code: "video-check-open",
    });
    // Past its day, before anything recorded so, nobody takes or cancels it.
    const givenUp = { code: "video-check-decided", params: { status: "expired" } };
    await expect(takeVideoCheck(db(), operatorId, checkId, [account], at(day))).rejects.toMatchObject(
      givenUp,
    );
    await expect(cancelVideoCheck(db(), userId, checkId, at(day))).rejects.toMatchObject(givenUp);
    const again = await requestVideoCheck(db(), userId, [account], at(day));
    expect(await db().videoCheck.findUniqueOrThrow({ where: { id: checkId } })).toMatchObject({
      status: "expired",
      decidedAt: at(day),
    });
    expect(await db().videoRoom.count({ where: { videoCheckId: checkId } })).toBe(0);
    await expect(takeVideoCheck(db(), operatorId, again, [account], at(day))).resolves.toMatchObject({
      moderator: true,
    });
    // The person asked again themselves: no notice of the old one's end as well.
    expect((await notices(userId)).map(({ messageKey }) => messageKey)).toEqual(["notify-video-check-taken"]);
  });

  it("gives up, in the upkeep, the requests no operator took within a day, and tells each person once", async () => {
    // Long before the other tests' requests, so the sweep finds only this test's.
    const MONTH_MS = 183 * 24 * 60 * MINUTE_MS;
    const early = (minutes: number) => new Date(at(minutes).getTime() - MONTH_MS);
    const { userId: operatorId, account } = await operator();
    const [waiting, taken, later] = [
      await person(db(), "은호"),
      await person(db(), "시우"),
      await person(db(), "유나"),
    ];
    const waitingId = await requestVideoCheck(db(), waiting, [account], early(0));
    const takenId = await requestVideoCheck(db(), taken, [account], early(0));
    await takeVideoCheck(db(), operatorId, takenId, [account], early(1));
    const laterId = await requestVideoCheck(db(), later, [account], early(60));
    const day = VIDEO_CHECK_WAIT_MS / MINUTE_MS;

    expect(await expireUntakenVideoChecks(db(), early(day - 1))).toBe(0);
    expect(await expireUntakenVideoChecks(db(), early(day))).toBe(1);
    const statuses = await db().videoCheck.findMany({
      where: { id: { in: [waitingId, takenId, laterId] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map(({ id, status }) => [id, status]))).toEqual({
      [waitingId]: "expired",
      [takenId]: "requested",
      [laterId]: "requested",
    });
    expect(await notices(waiting)).toMatchObject([
      {
        messageKey: "notify-video-check-expired",
        params: { hours: 24 },
        buttons: [[{ label: { key: "button-video-check-again" } }]],
      },
    ]);
    expect(await expireUntakenVideoChecks(db(), early(day + 5))).toBe(0);
    expect(await notices(waiting)).toHaveLength(1);
    expect(await notices(later)).toEqual([]);
    expect((await notices(taken)).map(({ messageKey }) => messageKey)).toEqual(["notify-video-check-taken"]);
  });

  it("tells the other of the two once of each coming in and going out, whatever the repeats and the order", async () => {
    const { userId: operatorId, account } = await operator("운영자");
    const userId = await person(db(), "지호");
    const checkId = await requestVideoCheck(db(), userId, [account], at(0));
    const operatorPass = await takeVideoCheck(db(), operatorId, checkId, [account], at(1));
    const personPass = await joinVideoCheck(db(), userId, checkId, at(2));
    const heard = async (id: string) => (await notices(id)).map(({ messageKey }) => messageKey).slice(1);

    await Promise.all([stay(personPass, 3), stay(personPass, 3)]);
    await stay(operatorPass, 4);
    await Promise.all([stay(personPass, 3, 10), stay(personPass, 3, 10)]);
    // Back in for a second stay, whose leave comes before its join.
    await stay(personPass, 12, 15);
    await stay(personPass, 12);
    await takeOccupantEvent(
      db(),
      personPass.room,
      { occupantJid: "guest@meet.example/1", seatId: undefined, joinedAt: at(5) },
      at(20),
    );

    expect(await heard(operatorId)).toEqual([
      "notify-video-check-joined",
      "notify-video-check-left",
      "notify-video-check-joined",
      "notify-video-check-left",
    ]);
    expect(await heard(userId)).toEqual(["notify-video-check-joined"]);
    expect((await notices(userId)).at(-1)?.params).toEqual({ name: "운영자" });
  });
});

import { TZDate } from "@date-fns/tz";
import { addWeeks } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { getProfile } from "../../core/identity/queries.js";
import { setGroupGoal } from "../../core/workouts/mutations.js";
import { recomputeGroupStreaks } from "../../core/workouts/streaks/mutations.js";
import { attendedWorkout } from "../../core/workouts/streaks/test-streaks.js";
import { createTranslator } from "../../i18n/translator.js";
import { buttonData, Person, startsWith } from "../../test/fake-telegram/person.js";
import { type Emulator, registered, startEmulator } from "../../test/telegram-end-to-end.js";
import { waitFor } from "../../test/wait.js";
import { createTelegramTestContext, type TelegramTestContext } from "./test-context.js";

// /streak over real HTTP to the fake Telegram, in Korean and in English: the words in a message,
// then the calendar as a photo uploaded with its PNG bytes; and /settings turns the evening
// reminder off and on with one button.

let test: TelegramTestContext;
let emulator: Emulator;

beforeAll(async () => {
  test = await createTelegramTestContext();
  emulator = await startEmulator(test);
});

afterAll(async () => {
  await emulator?.stop();
  await test?.cleanup();
});

const translator = createTranslator();
const db = () => test.database.db;

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The bytes of the photo the bot uploaded to the person's chat. */
async function photoTo(person: Person): Promise<Buffer | undefined> {
  const call = await waitFor("the calendar photo", () =>
    emulator.server.calls.find(
      (candidate) =>
        candidate.method === "sendPhoto" && String(candidate.payload.chat_id) === String(person.id),
    ),
  );
  return emulator.server.file(String(call.payload.photo));
}

describe("/streak on Telegram", () => {
  it("shows my streak and the group's in my language, then the calendar as a PNG photo", async () => {
    const coach = new Person(emulator.server, 9801, "코치", "ko");
    const ann = new Person(emulator.server, 9802, "Ann", "en");
    const [coachProfile, annProfile] = [await registered(db(), coach), await registered(db(), ann)];
    const groupId = await groupWith(db(), coachProfile, [{ profile: annProfile, role: "member" }]);
    await setGroupGoal(db(), coachProfile.userId, groupId, {
      period: "week",
      sessions: 1,
      minutes: undefined,
    });
    // Three weeks running on Seoul's calendar (both use Seoul's time zone, the default), the coach
    // at the last two only.
    const lastHour = new Date(Date.now() - 60 * 60_000);
    const weeksAgo = (weeks: number) =>
      new Date(addWeeks(new TZDate(lastHour.getTime(), "Asia/Seoul"), -weeks).getTime());
    for (const weeks of [2, 1, 0]) {
      const attendees = [
        { userId: annProfile.userId },
        ...(weeks < 2 ? [{ userId: coachProfile.userId }] : []),
      ];
      await attendedWorkout(db(), { groupId, host: coachProfile, startAt: weeksAgo(weeks), attendees });
    }
    await recomputeGroupStreaks(db(), groupId);

    await coach.command("/streak");
    const korean = await coach.receive(startsWith("🔥 망원 러닝 크루"), "the streak in Korean");
    const weeksKo = (count: number) => translator.translate("ko", "streak-count", { period: "week", count });
    expect(korean?.text).toContain(`내 연속 기록: ${weeksKo(2)} (최고 ${weeksKo(2)})`);
    expect(korean?.text).toContain(`1. Ann · ${weeksKo(3)}\n2. 코치 · ${weeksKo(2)}`);
    expect(pngSize((await photoTo(coach)) ?? Buffer.alloc(0))).toEqual({ width: 3 * 289, height: 3 * 136 });

    await ann.command("/streak");
    const english = await ann.receive(startsWith("🔥 망원 러닝 크루"), "the streak in English");
    expect(english?.text).toContain("🎯 once a week");
    expect(english?.text).toContain("My streak: 3 weeks (best 3 weeks)");
    expect(english?.text).toContain("Members' streaks:\n1. Ann · 3 weeks\n2. 코치 · 2 weeks");
    expect(pngSize((await photoTo(ann)) ?? Buffer.alloc(0)).width).toBe(3 * 289);
  });

  it("says how streaks come about to someone in no group with a goal", async () => {
    const loner = new Person(emulator.server, 9803, "Solo", "en");
    await registered(db(), loner);
    await loner.command("/streak");
    const answer = await loner.receive(startsWith("Streaks are counted"), "no streaks yet");
    expect(answer?.text).toBe(translator.translate("en", "streak-no-goal"));
  });

  it("/settings turns the streak reminder off and on again with one button", async () => {
    const person = new Person(emulator.server, 9804, "민지", "ko");
    const profile = await registered(db(), person);
    await person.command("/settings");
    const card = await person.receive(startsWith("⚙️"), "the settings card");
    expect(card?.text).toContain("연속 기록 알림: 받아요");
    await person.press(buttonData(card, translator.translate("ko", "nudges-off")));
    const saved = await person.receive(startsWith("✅"), "saved");
    expect(saved?.text).toContain("연속 기록 알림: 안 받아요");
    expect((await getProfile(db(), profile.userId)).streakNudges).toBe(false);
    await person.press(buttonData(saved, translator.translate("ko", "nudges-on")));
    await person.receive(startsWith("✅"), "saved again");
    expect((await getProfile(db(), profile.userId)).streakNudges).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGroup } from "../../core/groups/mutations.js";
import { groupInput } from "../../core/groups/test-groups.js";
import { updateProfile } from "../../core/identity/mutations.js";
import { sillim } from "../../core/market/test-seed.js";
import { buttonData, isText, Person, startsWith } from "../../test/fake-telegram/person.js";
import { type EndToEnd, registered, startEndToEnd } from "../../test/telegram-end-to-end.js";

// /foryou end to end over real HTTP: a person near 신림 who likes board games is recommended the
// board-game group next door, with why, and joins it from the list in two taps.

let e2e: EndToEnd;

beforeAll(async () => {
  e2e = await startEndToEnd();
});

afterAll(async () => {
  await e2e?.stop();
});

describe("/foryou on Telegram", () => {
  it("recommends a group near home with why, and joins it from the list", async () => {
    const { db } = e2e.test.database;
    const owner = await registered(db, new Person(e2e.emulator.server, 8501, "지훈", "ko"));
    await createGroup(db, owner, groupInput({ name: "신림 보드게임", tags: ["보드게임"] }));
    await createGroup(db, owner, groupInput({ name: "신림 풋살 모임" }));
    const hana = new Person(e2e.emulator.server, 8502, "하나", "ko");
    const profile = await registered(db, hana);
    const home = { ...sillim, label: "신림동", precision: 0 };
    await updateProfile(db, profile.userId, { interests: ["보드게임"], homeArea: home });

    await hana.command("/foryou");
    const list = await hana.receive(startsWith("✨"), "recommendations");
    expect(list?.text).toContain("1. 👥 신림 보드게임");
    expect(list?.text).toContain("관심사 보드게임");
    expect(list?.text).toContain("2. 👥 신림 풋살 모임");
    await hana.press(buttonData(list, "1번 보기"));
    const card = await hana.receive(startsWith("👥 신림 보드게임"), "group card");
    await hana.press(buttonData(card, "가입하기"));
    await hana.receiveUntil(isText("group-joined", { name: "신림 보드게임" }), "joined");

    await hana.command("/foryou");
    const after = await hana.receive(startsWith("✨"), "recommendations after joining");
    expect(after?.text).not.toContain("신림 보드게임");
    expect(after?.text).toContain("1. 👥 신림 풋살 모임");
  });
});

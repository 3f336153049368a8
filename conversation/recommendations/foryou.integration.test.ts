import { describe, expect, it } from "vitest";
import { createGroup } from "../../core/groups/mutations.js";
import { groupInput } from "../../core/groups/test-groups.js";
import { getProfile } from "../../core/identity/queries.js";
import { sillim } from "../../core/market/test-seed.js";
import { buttonData, dispatcherForTests, privateChatPerson } from "../test-dispatcher.js";

// /foryou through the dispatcher in English: the line of why, "not interested", and no home yet.

const now = new Date("2026-12-04T03:00:00Z");
const test = dispatcherForTests({ clock: () => now });

describe("/foryou", () => {
  it("explains each line, forgets what is not interesting, shows what it is based on and turns off", async () => {
    const db = test().database.db;
    const alex = privateChatPerson(test().dispatcher, "6301", "en");
    expect((await alex({ kind: "command", name: "foryou" })).keys).toEqual(["foryou-no-home"]);

    const { userId } = await db.account.findFirstOrThrow({
      where: { externalId: "6301" },
      select: { userId: true },
    });
    await db.user.update({
      where: { id: userId },
      data: { interests: ["cooking"], homeLat: sillim.lat, homeLng: sillim.lng, homeLabel: "Sillim" },
    });
    const ownerId = (await db.user.create({ data: { displayName: "Minji" } })).id;
    const owner = await getProfile(db, ownerId);
    await createGroup(db, owner, groupInput({ name: "Sillim cooking club", tags: ["cooking"] }));
    await createGroup(db, owner, groupInput({ name: "신림 풋살 모임" }));

    const list = await alex({ kind: "command", name: "foryou" });
    expect(list.keys).toEqual(["foryou-list"]);
    expect(list.texts[0]).toContain(
      "1. 👥 Sillim cooking club\nabout 500 m · you like cooking · a new group",
    );
    expect(list.texts[0]).toContain("2. 👥 신림 풋살 모임");

    const hidden = await alex({ kind: "button", data: buttonData(list.outcome, "button-foryou-hide") });
    expect(hidden.keys).toEqual(["foryou-hidden", "foryou-list"]);
    expect(hidden.texts[1]).not.toContain("cooking club");
    expect(hidden.texts[1]).toContain("1. 👥 신림 풋살 모임");

    const basis = await alex({ kind: "button", data: buttonData(hidden.outcome, "button-foryou-basis") });
    expect(basis.texts[0]).toContain("📍 Where you live: Sillim (within 5 km)");
    expect(basis.texts[0]).toContain("💡 Interests: cooking");
    expect(basis.texts[0]).toContain('🙅 Marked "not interested": 1');
    const off = await alex({ kind: "button", data: buttonData(basis.outcome, "button-foryou-off") });
    expect(off.keys).toEqual(["foryou-turned-off"]);
    const asked = await alex({ kind: "command", name: "foryou" });
    expect(asked.keys).toEqual(["foryou-off"]);
    const on = await alex({ kind: "button", data: buttonData(asked.outcome, "button-foryou-on") });
    expect(on.keys).toEqual(["foryou-turned-on", "foryou-list"]);
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_ACTION_BYTES } from "./codec.js";
import { actions } from "./table.js";

describe("the table of actions", () => {
  it("names each command once", () => {
    const commands = Object.values(actions).map((action) => action.command);
    expect(new Set(commands).size).toBe(commands.length);
  });

  it("fits the longest buttons into Telegram's 64 bytes", () => {
    const [one, other] = [randomUUID(), randomUUID()];
    for (const data of [
      actions.checkinFor({ meetupId: one, attendeeId: other }),
      actions.rideRate({ rideGroupId: one, coRiderId: other }),
      actions.groupKick({ groupId: one, memberId: other }),
      actions.groupBoard({ groupId: one, page: 100 }),
      actions.marketPage({ searchId: one, page: 100 }),
      actions.rsvp({ meetupId: one, answer: "declined" }),
    ]) {
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(MAX_ACTION_BYTES);
    }
  });

  it("builds only the buttons it names, with the arguments they take (checked by the type checker)", () => {
    const itemId = randomUUID();
    // @ts-expect-error: no command is called that.
    expect(actions.itemRenw).toBeUndefined();
    // @ts-expect-error: renewing takes an item, not a group.
    expect(actions.itemRenew({ itemId, groupId: itemId })).toBe(actions.itemRenew({ itemId }));
    // @ts-expect-error: the item is required.
    expect(() => actions.itemRenew()).not.toThrow();
    // @ts-expect-error: an RSVP answer is going, maybe or declined.
    expect(actions.rsvp({ meetupId: itemId, answer: "yes" })).toContain("yes");
  });
});

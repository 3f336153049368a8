import { expect } from "vitest";
import type { Database } from "../db/client.js";

// Shared by the matching tests: the invariant no race, crash or restart may break.

/** Every request in at most one live group, and every live group's requests pointing back at it. */
export async function expectNoDoubleBooking(db: Database) {
  const live = await db.rideGroup.findMany({
    where: { status: { in: ["proposed", "confirmed"] } },
    include: { members: true, requests: { select: { id: true } } },
  });
  const memberships = live.flatMap((group) => group.members.map((member) => member.riderId));
  expect(new Set(memberships).size).toBe(memberships.length);
  for (const group of live) {
    expect(group.requests.map((request) => request.id).sort()).toEqual(
      group.members.map((member) => member.requestId).sort(),
    );
    expect(group.members.reduce((sum, member) => sum + member.shareKrw, 0)).toBe(group.fareKrw);
  }
  return live;
}

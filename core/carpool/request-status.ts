// The columns a ride request's status moves with, so requests, proposals and departures close or
// reopen a request the same way.

/** A request's columns while it is live: its rider in the unique liveRiderId, its match owed. */
export function liveAgain(now: Date) {
  return { status: "waiting" as const, groupId: null, matchDueAt: now, version: { increment: 1 } };
}

/** A request that is over frees its rider (liveRiderId) to ask again, and owes no match. */
export const closed = (status: "cancelled" | "expired" | "done") => ({
  status,
  liveRiderId: null,
  matchDueAt: null,
});

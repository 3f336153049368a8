import { AppError } from "../errors.js";

const groupRoles = ["owner", "moderator", "member"] as const;
export type GroupRole = (typeof groupRoles)[number];

const rank: Record<GroupRole, number> = { member: 0, moderator: 1, owner: 2 };

/** Whether a member with `role` may do what `needed` may (an owner may do all a moderator may). */
export function hasRole(role: GroupRole, needed: GroupRole): boolean {
  return rank[role] >= rank[needed];
}

/** Whether `actor` ranks above `target`, as removing someone from a group takes. */
export function outranks(actor: GroupRole, target: GroupRole): boolean {
  return rank[actor] > rank[target];
}

/** The host runs their meetup; the group's moderators and owner may step in. */
export function runsMeetup(role: GroupRole | undefined, isHost: boolean): boolean {
  return role !== undefined && (isHost || hasRole(role, "moderator"));
}

/**
 * Refuses anyone whose role in the group (undefined: not a member) falls short of `needed`, with
 * the reason a person can act on: join first, or ask a moderator or the owner.
 */
export function requireRole(role: GroupRole | undefined, needed: GroupRole): GroupRole {
  if (role === undefined) throw new AppError("group-not-member");
  if (hasRole(role, needed)) return role;
  throw new AppError(needed === "owner" ? "group-not-owner" : "group-not-moderator");
}

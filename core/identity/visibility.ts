import type { ProfileVisibility } from "./types.js";

export interface ProfileViewing {
  viewerId: string;
  ownerId: string;
  visibility: ProfileVisibility;
  /** Whether viewer and owner belong to a common hobby group; the caller looks it up. */
  shareAGroup: boolean;
}

export function canSeeProfile({ viewerId, ownerId, visibility, shareAGroup }: ProfileViewing): boolean {
  if (viewerId === ownerId) return true;
  if (visibility === "everyone") return true;
  if (visibility === "groups") return shareAGroup;
  return false;
}

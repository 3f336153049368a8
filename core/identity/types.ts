import type { Place } from "../place.js";

export const platforms = ["telegram", "discord", "web"] as const;
export type Platform = (typeof platforms)[number];

export const languages = ["ko", "en"] as const;
export type Language = (typeof languages)[number];

export const genders = ["female", "male"] as const;
export type Gender = (typeof genders)[number];

export const visibilities = ["everyone", "groups", "nobody"] as const;
export type ProfileVisibility = (typeof visibilities)[number];

/** How /settings and its buttons spell User.streakNudges. */
export const nudgeChoices = ["on", "off"] as const;
export type NudgeChoice = (typeof nudgeChoices)[number];

/** How /settings and its buttons spell User.onLeaderboards. */
export const leaderboardChoices = ["shown", "hidden"] as const;
export type LeaderboardChoice = (typeof leaderboardChoices)[number];

/** A messenger identity as the front door sees it, before it is known which person it is. */
export interface AccountRef {
  platform: Platform;
  externalId: string;
}

export interface Profile {
  userId: string;
  displayName: string;
  bio: string;
  interests: string[];
  homeArea: Place | undefined;
  language: Language;
  timeZone: string;
  visibility: ProfileVisibility;
  /** Told the evening before a workout streak would break (/settings). */
  streakNudges: boolean;
  /** Shown to others on the points leaderboards (/settings); they always see their own rank. */
  onLeaderboards: boolean;
  /** Stated only to be matched with riders of the same gender, never shown to others. */
  gender: Gender | undefined;
  /** Proved an e-mail address or their own phone number; playground personas count as verified. */
  verified: boolean;
  playground: boolean;
  onboarded: boolean;
  platforms: Platform[];
}

/** A phone contact shared in a chat: its number, and the messenger account it belongs to, if any. */
export interface SharedContact {
  phone: string;
  /** Telegram's `user_id` of the contact: the sender's own id only when they shared themselves. */
  externalId?: string;
}

export interface IssuedLinkCode {
  code: string;
  expiresAt: Date;
}

export interface LinkResult {
  userId: string;
  linkedPlatform: Platform;
  /** True when the account that typed the code had its own profile, which the code's owner replaced. */
  mergedProfile: boolean;
}

/** What asking for an e-mail code did: `maskedEmail` may be shown to its owner only. */
export type EmailCodeRequest = { status: "sent"; maskedEmail: string } | { status: "already-verified" };

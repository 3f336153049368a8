import type { Database } from "../db/client.js";
import type { Account, User } from "../db/generated/client.js";
import { AppError } from "../errors.js";
import type { AccountRef, Language, Profile } from "./types.js";
import { isVerified } from "./verification.js";

type UserWithAccounts = User & { accounts: Pick<Account, "platform">[] };

export function toProfile(user: UserWithAccounts): Profile {
  const homeArea =
    user.homeLat !== null && user.homeLng !== null
      ? {
          lat: user.homeLat,
          lng: user.homeLng,
          precision: user.homePrecision ?? 0,
          ...(user.homeLabel ? { label: user.homeLabel } : {}),
        }
      : undefined;
  return {
    userId: user.id,
    displayName: user.displayName,
    bio: user.bio,
    interests: user.interests,
    homeArea,
    language: user.language,
    timeZone: user.timeZone,
    visibility: user.visibility,
    streakNudges: user.streakNudges,
    onLeaderboards: user.onLeaderboards,
    gender: user.gender ?? undefined,
    verified: isVerified(user),
    playground: user.playground,
    onboarded: user.onboardedAt !== null,
    platforms: [...new Set(user.accounts.map((account) => account.platform))].sort(),
  };
}

const withPlatforms = { accounts: { select: { platform: true } } } as const;

export async function getProfile(db: Database, userId: string): Promise<Profile> {
  const user = await db.user.findUnique({ where: { id: userId }, include: withPlatforms });
  if (!user) throw new AppError("not-found");
  return toProfile(user);
}

export async function findProfileByAccount(db: Database, account: AccountRef): Promise<Profile | undefined> {
  const found = await db.account.findUnique({
    where: { platform_externalId: { platform: account.platform, externalId: account.externalId } },
    include: { user: { include: withPlatforms } },
  });
  return found ? toProfile(found.user) : undefined;
}

export interface PersonaSummary {
  id: string;
  displayName: string;
  language: Language;
}

/**
 * The playground personas among `ids` (those one browser made), most recently used first; they are
 * test people, never real users.
 */
export async function listPlaygroundPersonas(db: Database, ids: string[]): Promise<PersonaSummary[]> {
  const accounts = await db.account.findMany({
    where: { platform: "web", externalId: { in: ids }, user: { playground: true } },
    orderBy: { lastSeenAt: "desc" },
    select: { externalId: true, user: { select: { displayName: true, language: true } } },
  });
  return accounts.map((account) => ({
    id: account.externalId,
    displayName: account.user.displayName,
    language: account.user.language,
  }));
}

/** E-mail codes still to be sent, oldest first; expired ones too, for the mail worker to drop. */
export async function findEmailCodesToSend(db: Database, limit: number): Promise<string[]> {
  const codes = await db.emailCode.findMany({
    where: { sentAt: null, codeCipher: { not: null } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return codes.map((code) => code.id);
}

/** What the mail worker needs for one code, sealed as stored; undefined once it is sent or dropped. */
export async function getEmailCodeToSend(db: Database, codeId: string) {
  const code = await db.emailCode.findUnique({
    where: { id: codeId },
    select: {
      emailCipher: true,
      codeCipher: true,
      sentAt: true,
      expiresAt: true,
      user: { select: { language: true } },
    },
  });
  if (!code?.codeCipher || code.sentAt) return undefined;
  return {
    emailCipher: code.emailCipher,
    codeCipher: code.codeCipher,
    expiresAt: code.expiresAt,
    language: code.user.language,
  };
}

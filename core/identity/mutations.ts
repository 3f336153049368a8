import type { z } from "zod";
import type { Database, Prisma } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { queueNotification } from "../notifications/mutations.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../place.js";
import {
  formatLinkCode,
  generateLinkCode,
  hashLinkCode,
  LINK_ATTEMPT_WINDOW_MS,
  LINK_CODE_TTL_MS,
  LINK_MAX_WRONG_TRIES,
} from "./linking.js";
import { getProfile, toProfile } from "./queries.js";
import {
  linkCodeSchema,
  type ProfileChanges,
  profileChangesSchema,
  type registerAccountSchema,
} from "./schema.js";
import type { AccountRef, IssuedLinkCode, Language, LinkResult, Platform, Profile } from "./types.js";

export type RegisterAccountInput = z.input<typeof registerAccountSchema>;

function languageFromHint(hint: string | undefined): Language {
  return hint?.toLowerCase().startsWith("en") ? "en" : "ko";
}

function initialDisplayName(hint: string | undefined, externalId: string): string {
  const trimmed = hint?.trim().slice(0, 40);
  return trimmed || `#${externalId.slice(-4)}`;
}

/**
 * Finds the person behind a messenger account, creating them on first contact. Web accounts are
 * always playground personas and messenger accounts never are, so a persona cannot act as a
 * real person.
 */
export async function registerAccount(
  db: Database,
  input: RegisterAccountInput,
  now = new Date(),
): Promise<Profile> {
  const { platform, externalId, chatId, handle } = input;
  const upsert = () =>
    db.account.upsert({
      where: { platform_externalId: { platform, externalId } },
      update: { lastSeenAt: now, ...(chatId ? { chatId } : {}), ...(handle ? { handle } : {}) },
      create: {
        platform,
        externalId,
        chatId: chatId ?? null,
        handle: handle ?? null,
        user: {
          create: {
            displayName: initialDisplayName(input.displayName, externalId),
            language: languageFromHint(input.language),
            playground: platform === "web",
          },
        },
      },
      include: { user: { include: { accounts: { select: { platform: true } } } } },
    });
  try {
    return toProfile((await upsert()).user);
  } catch (error) {
    // Two first messages from one new person can race to create them; the loser reads the winner.
    if (!isUniqueViolation(error)) throw error;
    return toProfile((await upsert()).user);
  }
}

function homeAreaColumns(changes: ProfileChanges): Prisma.UserUpdateInput {
  if (changes.homeArea === undefined) return {};
  if (changes.homeArea === null)
    return { homeLat: null, homeLng: null, homeLabel: null, homePrecision: null };
  const area = approximate(changes.homeArea, HOME_AREA_PRECISION_METRES);
  return {
    homeLat: area.lat,
    homeLng: area.lng,
    homeLabel: area.label ?? null,
    homePrecision: area.precision,
  };
}

async function writeProfile(
  db: Database,
  userId: string,
  changes: ProfileChanges,
  extra: Prisma.UserUpdateInput = {},
): Promise<Profile> {
  const parsed = parseOrRefuse(profileChangesSchema, changes);
  const { homeArea: _homeArea, ...plain } = parsed;
  await db.user.update({
    where: { id: userId },
    data: { ...plain, ...homeAreaColumns(parsed), ...extra },
  });
  return getProfile(db, userId);
}

export function updateProfile(db: Database, userId: string, changes: ProfileChanges): Promise<Profile> {
  return writeProfile(db, userId, changes);
}

/** Saves what /start asked and marks the person as onboarded. */
export function completeOnboarding(
  db: Database,
  userId: string,
  changes: ProfileChanges,
  now = new Date(),
): Promise<Profile> {
  return writeProfile(db, userId, changes, { onboardedAt: now });
}

/** Shows a new one-time code; any earlier unused code of the same person stops working. */
export async function issueLinkCode(db: Database, userId: string, now = new Date()): Promise<IssuedLinkCode> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { playground: true } });
  if (!user) throw new AppError("not-found");
  if (user.playground) throw new AppError("link-playground");
  const code = generateLinkCode();
  const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
  await db.$transaction([
    db.linkCode.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db.linkCode.create({ data: { userId, codeHash: hashLinkCode(code), expiresAt } }),
  ]);
  return { code: formatLinkCode(code), expiresAt };
}

async function assertNotLockedOut(db: Database, userId: string, now: Date): Promise<void> {
  const recentWrongTries = await db.linkAttempt.count({
    where: { userId, createdAt: { gt: new Date(now.getTime() - LINK_ATTEMPT_WINDOW_MS) } },
  });
  if (recentWrongTries >= LINK_MAX_WRONG_TRIES) throw new AppError("link-too-many-attempts");
}

async function rejectWrongCode(db: Database, userId: string, now: Date): Promise<never> {
  await db.linkAttempt.create({ data: { userId, createdAt: now } });
  throw new AppError("link-code-invalid");
}

/**
 * `/link CODE` typed on another messenger: the typing account (and any other account of its
 * person) joins the person who showed the code. The code's owner keeps their profile; the
 * other profile is removed, its undelivered notifications kept. All of it happens in one
 * transaction, with an alert to the owner's other messenger in the outbox. Every domain that
 * keeps rows per person (items, rides, groups, points) must move them to the owner here too,
 * or deleting the joining person would take them along.
 */
export async function consumeLinkCode(
  db: Database,
  consumer: AccountRef & { userId: string },
  typedCode: string,
  now = new Date(),
): Promise<LinkResult> {
  await assertNotLockedOut(db, consumer.userId, now);
  const parsed = linkCodeSchema.safeParse(typedCode);
  if (!parsed.success) return rejectWrongCode(db, consumer.userId, now);
  const code = await db.linkCode.findUnique({ where: { codeHash: hashLinkCode(parsed.data) } });
  if (!code || code.usedAt !== null || code.expiresAt <= now)
    return rejectWrongCode(db, consumer.userId, now);
  if (code.userId === consumer.userId) throw new AppError("link-own-code");

  return db.$transaction(async (tx) => {
    const claimed = await tx.linkCode.updateMany({
      where: { id: code.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("link-code-invalid");
    const [owner, joining] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: code.userId }, include: { accounts: true } }),
      tx.user.findUniqueOrThrow({ where: { id: consumer.userId }, include: { accounts: true } }),
    ]);
    if (owner.playground || joining.playground) throw new AppError("link-playground");
    const ownerPlatforms = new Set<Platform>(owner.accounts.map((account) => account.platform));
    if (joining.accounts.some((account) => ownerPlatforms.has(account.platform))) {
      throw new AppError("link-same-platform", { platform: consumer.platform });
    }
    await tx.account.updateMany({ where: { userId: joining.id }, data: { userId: owner.id } });
    await tx.notification.updateMany({
      where: { userId: joining.id, status: "pending" },
      data: { userId: owner.id },
    });
    await tx.user.delete({ where: { id: joining.id } });
    const ownerPlatform = owner.accounts.find((account) => account.platform !== consumer.platform)?.platform;
    await queueNotification(tx, {
      userId: owner.id,
      messageKey: "notify-account-linked",
      params: { platform: consumer.platform },
      ...(ownerPlatform ? { via: ownerPlatform } : {}),
    });
    return {
      userId: owner.id,
      linkedPlatform: consumer.platform,
      mergedProfile: joining.onboardedAt !== null,
    };
  });
}

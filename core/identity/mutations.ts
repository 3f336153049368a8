import type { z } from "zod";
import { cellOf } from "../cells.js";
import type { Database, Prisma } from "../db/client.js";
import { isUniqueViolation } from "../db/errors.js";
import { takeTurns } from "../db/turns.js";
import { AppError, parseOrRefuse } from "../errors.js";
import { queueNotification } from "../notifications/mutations.js";
import { approximate, HOME_AREA_PRECISION_METRES } from "../place.js";
import { mergeLinkedLedger } from "../points/linked/mutations.js";
import { copyBoardColumns } from "../points/mutations.js";
import { visibleText } from "../text/clean.js";
import { markTrustStale } from "../trust/mutations.js";
import {
  formatLinkCode,
  generateLinkCode,
  hashLinkCode,
  LINK_ATTEMPT_WINDOW_MS,
  LINK_CODE_TTL_MS,
  LINK_MAX_WRONG_TRIES,
} from "./linking.js";
import type { FieldCipher } from "./pii.js";
import { getProfile, toProfile } from "./queries.js";
import {
  emailCodeSchema,
  emailSchema,
  linkCodeSchema,
  type ProfileChanges,
  phoneSchema,
  profileChangesSchema,
  type registerAccountSchema,
} from "./schema.js";
import type {
  AccountRef,
  EmailCodeRequest,
  IssuedLinkCode,
  Language,
  LinkResult,
  Platform,
  Profile,
  SharedContact,
} from "./types.js";
import {
  assertUsable,
  digestsMatch,
  EMAIL_CODE_MAX_TRIES,
  EMAIL_CODE_TTL_MS,
  EMAIL_CODE_WINDOW_MS,
  EMAIL_CODES_PER_WINDOW,
  emailCodeDigest,
  generateEmailCode,
  isVerified,
  keptProofs,
  maskEmail,
  proofDigest,
} from "./verification.js";

export type RegisterAccountInput = z.input<typeof registerAccountSchema>;

function languageFromHint(hint: string | undefined): Language {
  return hint?.toLowerCase().startsWith("en") ? "en" : "ko";
}

/** The messenger's name for the person, cleaned like anything typed; a blank one gets a neutral name. */
function initialDisplayName(hint: string | undefined, externalId: string): string {
  return visibleText(hint)?.slice(0, 40) ?? `#${externalId.slice(-4)}`;
}

const profileInclude = { user: { include: { accounts: { select: { platform: true } } } } } as const;

/**
 * How stale "last seen" may get before it is written again. On a messenger it picks where a person
 * is told of things (the one seen last), which needs to be right within a minute, not to the
 * millisecond; the playground lists a browser's personas by it, as they switch between them.
 */
const LAST_SEEN_PRECISION_MS: Record<Platform, number> = { telegram: 60_000, discord: 60_000, web: 0 };

/** Whether the stored account already says what this update would write. */
function isCurrent(
  account: { platform: Platform; chatId: string | null; handle: string | null; lastSeenAt: Date },
  seen: { chatId: string | undefined; handle: string | undefined },
  now: Date,
): boolean {
  return (
    (seen.chatId === undefined || seen.chatId === account.chatId) &&
    (seen.handle === undefined || seen.handle === account.handle) &&
    now.getTime() - account.lastSeenAt.getTime() < LAST_SEEN_PRECISION_MS[account.platform]
  );
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
  const { platform, externalId, chatId } = input;
  const handle = visibleText(input.handle);
  // Every update starts here, so the common case (someone known, nothing new) is one read.
  const known = await db.account.findUnique({
    where: { platform_externalId: { platform, externalId } },
    include: profileInclude,
  });
  if (known && isCurrent(known, { chatId, handle }, now)) return toProfile(known.user);
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
            verifiedAt: platform === "web" && !input.unverifiedPersona ? now : null,
          },
        },
      },
      include: profileInclude,
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
    return { homeLat: null, homeLng: null, homeLabel: null, homePrecision: null, homeCell: null };
  const area = approximate(changes.homeArea, HOME_AREA_PRECISION_METRES);
  return {
    homeLat: area.lat,
    homeLng: area.lng,
    homeLabel: area.label ?? null,
    homePrecision: area.precision,
    homeCell: cellOf(area.lat, area.lng),
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
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { ...plain, ...homeAreaColumns(parsed), ...extra } });
    // The boards read a copy of these on the person's points: it changes with them.
    if (parsed.homeArea !== undefined || parsed.onLeaderboards !== undefined)
      await copyBoardColumns(tx, userId);
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
    await mergeLinkedLedger(tx, joining.id, owner.id, now);
    await tx.user.delete({ where: { id: joining.id } });
    await tx.user.update({ where: { id: owner.id }, data: keptProofs(owner, joining) });
    await markTrustStale(tx, [owner.id], now);
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

/**
 * Starts e-mail verification: a 6-digit code, valid 10 minutes, for the mail worker to send.
 * Any earlier pending code stops working and is not sent any more; at most 5 codes an hour per
 * person. The address and the code are stored sealed, the code only until it is sent.
 */
export async function requestEmailCode(
  db: Database,
  pii: FieldCipher,
  { userId, email, now = new Date() }: { userId: string; email: string; now?: Date },
): Promise<EmailCodeRequest> {
  const address = parseOrRefuse(emailSchema, email);
  return db.$transaction(async (tx) => {
    await takeTurns(tx, { userId });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (isVerified(user)) return { status: "already-verified" };
    const recent = await tx.emailCode.count({
      where: { userId, createdAt: { gt: new Date(now.getTime() - EMAIL_CODE_WINDOW_MS) } },
    });
    if (recent >= EMAIL_CODES_PER_WINDOW) throw new AppError("verify-too-many-codes");
    await tx.emailCode.updateMany({
      where: { userId, usedAt: null },
      data: { usedAt: now, codeCipher: null },
    });
    const code = generateEmailCode();
    await tx.emailCode.create({
      data: {
        userId,
        emailCipher: pii.seal(address),
        codeCipher: pii.seal(code),
        codeHash: emailCodeDigest(pii, userId, code),
        expiresAt: new Date(now.getTime() + EMAIL_CODE_TTL_MS),
        createdAt: now,
      },
    });
    return { status: "sent", maskedEmail: maskEmail(address) };
  });
}

/**
 * Counts a wrong try and returns how many are left. The count is a conditional update, so
 * concurrent wrong tries each count once and none gets past the limit.
 */
async function countWrongTry(db: Database, codeId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const counted = await tx.emailCode.updateMany({
      where: { id: codeId, usedAt: null, attempts: { lt: EMAIL_CODE_MAX_TRIES } },
      data: { attempts: { increment: 1 } },
    });
    // The update holds the row until commit: this reads our own count, not a later one.
    const code = await tx.emailCode.findUniqueOrThrow({ where: { id: codeId } });
    if (counted.count === 0) assertUsable(code, now);
    return EMAIL_CODE_MAX_TRIES - code.attempts;
  });
}

/**
 * Checks the code typed for the person's latest e-mail code. Right: the person is verified and
 * the address kept, sealed. Wrong: `verify-code-wrong` with the tries left, until none are.
 */
export async function confirmEmailCode(
  db: Database,
  pii: FieldCipher,
  { userId, code, now = new Date() }: { userId: string; code: string; now?: Date },
): Promise<void> {
  const typed = parseOrRefuse(emailCodeSchema, code);
  const pending = await db.emailCode.findFirst({
    where: { userId, usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  assertUsable(pending, now);
  if (!digestsMatch(pending.codeHash, emailCodeDigest(pii, userId, typed))) {
    const left = await countWrongTry(db, pending.id, now);
    throw left > 0 ? new AppError("verify-code-wrong", { left }) : new AppError("verify-too-many-attempts");
  }
  await db.$transaction(async (tx) => {
    const claimed = await tx.emailCode.updateMany({
      where: { id: pending.id, usedAt: null, attempts: { lt: EMAIL_CODE_MAX_TRIES }, expiresAt: { gt: now } },
      data: { usedAt: now, codeCipher: null },
    });
    // Another check of the same code won, or a new code replaced it meanwhile.
    if (claimed.count !== 1) throw new AppError("verify-no-code");
    const { playground } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { playground: true },
    });
    // A persona trying /verify proved it reads the mail, and keeps no address: test people must
    // not take the one address a real person verifies with, nor tell whether someone already has.
    if (playground) {
      await tx.user.update({ where: { id: userId }, data: { verifiedAt: now } });
      await markTrustStale(tx, [userId], now);
      return;
    }
    const emailDigest = proofDigest(pii, "email", pii.open(pending.emailCipher));
    await refuseProvedElsewhere(tx, userId, { emailDigest });
    await tx.user.update({
      where: { id: userId },
      data: { verifiedAt: now, emailCipher: pending.emailCipher, emailDigest },
    });
    await markTrustStale(tx, [userId], now);
  });
}

/**
 * One address or number verifies one person: someone with several accounts links them instead.
 * The unique digests stop a race past this check; this gives the reason.
 */
async function refuseProvedElsewhere(
  tx: Prisma.TransactionClient,
  userId: string,
  digest: { emailDigest: string } | { phoneDigest: string },
) {
  const other = await tx.user.findFirst({ where: { ...digest, id: { not: userId } }, select: { id: true } });
  if (other) throw new AppError("verify-already-used");
}

/**
 * Telegram's "share my phone number": a shared contact proves the number only when it is the
 * sender's own (Telegram puts the sender's id on it), not one from their address book.
 */
export async function verifyByContact(
  db: Database,
  pii: FieldCipher,
  {
    userId,
    account,
    contact,
    now = new Date(),
  }: { userId: string; account: AccountRef; contact: SharedContact; now?: Date },
): Promise<void> {
  if (contact.externalId !== account.externalId) throw new AppError("verify-not-own-contact");
  const phone = parseOrRefuse(phoneSchema, contact.phone);
  const phoneDigest = proofDigest(pii, "phone", phone);
  await db.$transaction(async (tx) => {
    await refuseProvedElsewhere(tx, userId, { phoneDigest });
    await tx.user.update({
      where: { id: userId },
      data: { verifiedAt: now, phoneCipher: pii.seal(phone), phoneDigest },
    });
    await markTrustStale(tx, [userId], now);
  });
}

/** After the mail worker sent a code: only its digest stays. */
export async function markEmailCodeSent(db: Database, codeId: string, now = new Date()): Promise<void> {
  await db.emailCode.updateMany({
    where: { id: codeId, sentAt: null },
    data: { sentAt: now, codeCipher: null },
  });
}

/** A code that will never be sent (expired first, or sending failed for good) keeps no readable copy. */
export async function dropEmailCode(db: Database, codeId: string): Promise<void> {
  await db.emailCode.updateMany({ where: { id: codeId, sentAt: null }, data: { codeCipher: null } });
}

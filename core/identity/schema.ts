import { z } from "zod";
import { placeSchema } from "../place.js";
import { genders, languages, platforms, visibilities } from "./types.js";

export const displayNameSchema = z.string().trim().min(1).max(40);
export const bioSchema = z.string().trim().max(300);

/** Interest tags: lower-cased, `#` dropped, duplicates removed, at most 10 of 20 characters each. */
export const interestsSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .transform((tag) => tag.replace(/^#+/, ""))
      .pipe(z.string().max(20)),
  )
  .transform((tags) => [...new Set(tags.filter((tag) => tag.length > 0))])
  .pipe(z.array(z.string()).max(10));

export const languageSchema = z.enum(languages);
export const visibilitySchema = z.enum(visibilities);

export const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "unknown time zone");

export const accountRefSchema = z.object({
  platform: z.enum(platforms),
  externalId: z.string().min(1).max(64),
});

export const registerAccountSchema = accountRefSchema.extend({
  chatId: z.string().max(64).optional(),
  displayName: z.string().optional(),
  language: z.string().optional(),
  /** The messenger's public username, kept to share only when the person agrees (relay chats). */
  handle: z.string().max(64).optional(),
  playground: z.boolean().default(false),
  /** A new web persona that has not verified yet, to try /verify; other personas start verified. */
  unverifiedPersona: z.boolean().optional(),
});

export const profileChangesSchema = z
  .object({
    displayName: displayNameSchema,
    bio: bioSchema,
    interests: interestsSchema,
    homeArea: placeSchema.nullable(),
    language: languageSchema,
    timeZone: timeZoneSchema,
    visibility: visibilitySchema,
    streakNudges: z.boolean(),
    onLeaderboards: z.boolean(),
    /** Null: prefers not to say. */
    gender: z.enum(genders).nullable(),
  })
  .partial();

export type ProfileChanges = z.infer<typeof profileChangesSchema>;

/** Codes use letters and digits that cannot be confused when read aloud or retyped. */
export const LINK_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8;

export const linkCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .length(LINK_CODE_LENGTH)
      .regex(new RegExp(`^[${LINK_CODE_ALPHABET}]+$`)),
  );

export const emailSchema = z.string().trim().pipe(z.email().max(254));

/** The six digits of an e-mail code, however they were spaced when typed. */
export const emailCodeSchema = z
  .string()
  .transform((code) => code.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/));

/**
 * A phone number in E.164 form (`+821012345678`). Telegram gives international numbers, with or
 * without the `+`; a leading `00` is the international prefix many countries dial.
 */
export const phoneSchema = z
  .string()
  .transform((phone) => phone.replace(/[\s().-]/g, "").replace(/^00/, "+"))
  .transform((phone) => (phone.startsWith("+") ? phone : `+${phone}`))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/));

export const sharedContactSchema = z.object({ phone: z.string(), externalId: z.string().optional() });

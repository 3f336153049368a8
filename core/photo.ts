import { extension } from "mime-types";
import { z } from "zod";
import { AppError } from "./errors.js";
import { type Platform, platforms } from "./identity/types.js";

/** A photo as the messenger it came from knows it: a Telegram file_id, or a Discord/web URL. */
export interface PhotoRef {
  platform: Platform;
  ref: string;
}

/** As stored (`ItemPhoto.ref` holds 1,024 characters). */
export const photoRefSchema = z.object({
  platform: z.enum(platforms),
  ref: z.string().min(1).max(1024),
});

/**
 * What a messenger can show of a photo: a Telegram file_id works only on Telegram, while a URL
 * works wherever it is still served (Discord attachment URLs expire after about a day).
 */
export function viewablePhoto(photo: PhotoRef, on: Platform): string | undefined {
  if (photo.platform === "telegram") return on === "telegram" ? photo.ref : undefined;
  return /^https:\/\//.test(photo.ref) || (on === "web" && photo.ref.startsWith("data:image/"))
    ? photo.ref
    : undefined;
}

/** What a front door knows of a picture sent to it, before honjok keeps a reference to it. */
export interface PhotoFacts {
  /** Its MIME type, as decoded when the bytes were read, else as the messenger declared it. */
  type: string;
  bytes: number;
  /** Whether every pixel is opaque; undefined when the pixels were not read. */
  opaque?: boolean;
}

/** A photo as a front door hands it over with the facts it read of it (checked, then dropped). */
export type SentPhoto = PhotoRef & { facts?: PhotoFacts };

/** The type of bytes that claimed to be a picture but could not be read as one. */
export const UNREADABLE = "application/x-unreadable";

/** What every messenger and browser shows inline; HEIC, GIF, PDF and the rest are refused with this list. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
const MIB = 1024 * 1024;
/** Discord's attachment limit for most people, and far above what a listing photo needs. */
export const MAX_PHOTO_BYTES = 10 * MIB;

/**
 * HEIC, PDF, DOCX: a type by the name people know its files by, their usual extension. Undefined
 * for a type the MIME registry does not know, and for octet-stream, which says only that the
 * sender did not know the type either ("BIN" would name nothing a person recognizes).
 */
function typeName(type: string): string | undefined {
  const name = type.startsWith("application/octet-stream") ? false : extension(type);
  return name ? name.toUpperCase() : undefined;
}

/**
 * 23.4MB, 512KB: how a size reads in a refusal, rounded up, so a file just over the limit never
 * reads as within it (10.05MB is 10.1MB, not 10MB).
 */
function readableSize(bytes: number): string {
  if (bytes >= MIB) return `${Math.ceil((bytes * 10) / MIB) / 10}MB`;
  return `${Math.ceil(bytes / 1024)}KB`;
}

/** Why a picture cannot be used, or undefined when it can: its type, its size, then its background. */
export function photoProblem(facts: PhotoFacts): AppError | undefined {
  if (facts.type === UNREADABLE) return new AppError("photo-unreadable");
  if (!(PHOTO_TYPES as readonly string[]).includes(facts.type)) {
    const type = typeName(facts.type);
    return type ? new AppError("photo-type", { type }) : new AppError("photo-type-unnamed");
  }
  if (facts.bytes > MAX_PHOTO_BYTES)
    return new AppError("photo-too-large", {
      size: readableSize(facts.bytes),
      max: readableSize(MAX_PHOTO_BYTES),
    });
  // A transparent background shows black or white on cards, depending on the messenger's theme.
  if (facts.opaque === false) return new AppError("photo-transparent");
  return undefined;
}

import { z } from "zod";
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

import sharp from "sharp";
import { type PhotoFacts, UNREADABLE } from "./photo.js";

/** sharp's names for the formats a picture can be in, as MIME types. */
const MIME_OF: Record<string, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  heif: "image/heic",
  avif: "image/avif",
  tiff: "image/tiff",
  svg: "image/svg+xml",
};

/**
 * The facts of a picture from its bytes: the type it really is (a file named .png may be anything)
 * and whether any pixel lets the background through. Bytes no decoder reads are no picture at all.
 */
export async function inspectPhoto(bytes: Buffer, declaredType: string): Promise<PhotoFacts> {
  try {
    const image = sharp(bytes, { animated: false });
    const { format, hasAlpha } = await image.metadata();
    const type = (format && MIME_OF[format]) ?? declaredType;
    const opaque = hasAlpha ? (await image.stats()).isOpaque : true;
    return { type, bytes: bytes.length, opaque };
  } catch {
    return { type: declaredType.startsWith("image/") ? UNREADABLE : declaredType, bytes: bytes.length };
  }
}

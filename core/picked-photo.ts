import { PHOTO_TYPES, type PhotoFacts, UNREADABLE } from "./photo.js";
import { inspectPhoto } from "./photo-inspect.js";

/** What a browser says of the file a person picked: its type (from the file) and its size. */
interface PickedFile {
  type: string;
  bytes: number;
}

/** A picture a page picked and drew: the file's facts, the thumbnail it drew as a data: URL, or both. */
interface PickedPhoto {
  picked?: PickedFile;
  /** The thumbnail, absent when the browser could not draw the file (HEIC). */
  drawn?: string;
}

const isPhotoType = (type: string) => PHOTO_TYPES.some((accepted) => accepted === type);

/** The thumbnail's bytes: a data: URL's base64 after its comma. */
const thumbnailBytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");

/**
 * The facts of a picked picture: the type and size of the file picked, with opacity read from the
 * thumbnail's own pixels (the page is not trusted for that). A file the page could not draw counts
 * as no picture when it claimed to be one, so the person hears "unreadable" only then and the
 * reason (HEIC) otherwise.
 */
export async function pickedPhotoFacts({ picked, drawn }: PickedPhoto): Promise<PhotoFacts> {
  if (!drawn) {
    const type = picked?.type && isPhotoType(picked.type) ? UNREADABLE : picked?.type;
    return { type: type || UNREADABLE, bytes: picked?.bytes ?? 0 };
  }
  const facts = await inspectPhoto(thumbnailBytes(drawn), "image/webp");
  return picked ? { ...facts, type: picked.type || facts.type, bytes: picked.bytes } : facts;
}

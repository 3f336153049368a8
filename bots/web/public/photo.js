// A picture the visitor picked, turned into the data: URL the playground sends as a photo.
//
// The page has no file store, so the picture itself is the photo's reference, and core keeps a
// reference of at most 1024 characters (photoRefSchema in core/market/schema.ts; the API refuses
// longer ones). That leaves room for a thumbnail only: the picture is drawn ever smaller on a
// canvas until its encoding fits. Drawing it anew also drops its metadata, such as the GPS spot a
// phone camera writes into a photo, which must not reach other personas.

const MAX_REF_LENGTH = 1024;
const SIDES = [160, 128, 96, 72, 56, 40, 32, 24];
const QUALITIES = [0.7, 0.45, 0.2];

function drawn(bitmap, side) {
  const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext("2d");
  context.imageSmoothingQuality = "high";
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * The largest, best-looking encoding of `file` that fits, or undefined when it is not a picture
 * or cannot be made small enough. WebP is asked for first (far smaller than JPEG at this size);
 * a browser that cannot write it answers with PNG, which may still fit.
 */
export async function photoDataUrl(file) {
  const bitmap = await createImageBitmap(file).catch(() => undefined);
  if (!bitmap) return undefined;
  try {
    for (const side of SIDES) {
      const canvas = drawn(bitmap, side);
      for (const quality of QUALITIES) {
        const url = canvas.toDataURL("image/webp", quality);
        if (url.length <= MAX_REF_LENGTH) return url;
      }
    }
    return undefined;
  } finally {
    bitmap.close();
  }
}

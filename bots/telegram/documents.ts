import { InputFile } from "grammy";
import type { Document } from "grammy/types";
import type { PhotoFacts, PhotoRef } from "../../core/photo.js";
import { photoProblem } from "../../core/photo.js";
import { inspectPhoto } from "../../core/photo-inspect.js";
import type { TelegramContext } from "./context.js";

/** A picture of up to 10MB comes from Telegram's file server in well under this on any link. */
const DOWNLOAD_TIMEOUT_MS = 15_000;

async function download(ctx: TelegramContext): Promise<Buffer> {
  const file = await ctx.getFile();
  const response = await fetch(file.getUrl(), { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`Telegram's file server answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * A picture sent as a file (a document: uncompressed, any type, any size), as a photo and its
 * facts. What Telegram says of it refuses a PDF or a 30MB original without fetching a byte;
 * otherwise its bytes tell the type it really is and whether its background is transparent. A
 * usable one is sent back to the chat as a photo, because a document's file_id cannot be shown as
 * a photo later (sendPhoto refuses it): the person sees it as others will.
 */
export async function documentAsPhoto(
  ctx: TelegramContext,
  document: Document,
): Promise<{ photo: PhotoRef; facts: PhotoFacts }> {
  const declared = { type: document.mime_type ?? "application/octet-stream", bytes: document.file_size ?? 0 };
  const asSent: PhotoRef = { platform: "telegram", ref: document.file_id };
  if (photoProblem(declared)) return { photo: asSent, facts: declared };
  const bytes = await download(ctx);
  const facts = await inspectPhoto(bytes, declared.type);
  if (photoProblem(facts)) return { photo: asSent, facts };
  const shown = (await ctx.replyWithPhoto(new InputFile(bytes))).photo.at(-1);
  return { photo: shown ? { platform: "telegram", ref: shown.file_id } : asSent, facts };
}

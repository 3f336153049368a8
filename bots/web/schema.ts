import { z } from "zod";
import type { Input } from "../../conversation/dispatcher.js";
import { displayNameSchema, languageSchema } from "../../core/identity/schema.js";
import { photoRefSchema } from "../../core/photo.js";
import { pickedPhotoFacts } from "../../core/picked-photo.js";
import { cleanText, isBlank } from "../../core/text/clean.js";
import { refusal } from "./request-errors.js";

// The playground API's request shapes. The page is the only intended client, but anyone can call
// the API, so every body and query is checked here before it reaches the dispatcher.

/**
 * Every text the page sends, cleaned before any other check: PostgreSQL refuses NUL outright (a
 * persona named "\u0000" was a 500), and control characters and direction overrides have no
 * place in a chat. This door cleans its own fields rather than count on what lies behind it.
 */
const webText = z.string().overwrite(cleanText);

/** Persona ids are the UUIDs the playground made; anything else cannot be a persona. */
export const personaIdSchema = z.uuid();

/** Core's rule for display names, on what is left once cleaned; a name of only invisible characters is blank. */
const personaName = webText
  .trim()
  .refine(
    (name) => !isBlank(name) && displayNameSchema.safeParse(name).success,
    refusal("playground-api-name-invalid"),
  );

export const newPersonaBody = z.object({
  name: personaName,
  language: languageSchema,
  /** Personas start verified; one made unverified goes through /verify and reads the mailed code. */
  verified: z.boolean().default(true),
});

/**
 * A picture the page shrank and encoded itself. Only data: URLs of raster images: the page has
 * nowhere to upload files to, and an image URL would let one persona make another's browser fetch
 * any address. Core's photo ref length is the limit, so a photo it would refuse never enters a dialog.
 */
const webPhoto = z.object({
  platform: z.literal("web"),
  ref: photoRefSchema.shape.ref.regex(/^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/),
});

/**
 * What the page knows of the file the person picked, before it drew the thumbnail it sends: its
 * type (the browser's, from the file) and its size. A picture the browser cannot draw (HEIC) is
 * sent as these facts alone, so the person hears the reason rather than "unreadable".
 */
const pickedFile = z.object({
  type: z.string().max(100),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** Long texts are left to the dispatcher, which answers them with its own localized reason. */
const webInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("command"),
    name: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
    text: webText.optional(),
  }),
  z.object({ kind: z.literal("text"), text: webText.min(1) }),
  z.object({ kind: z.literal("button"), data: webText.min(1).max(64) }),
  z.object({
    kind: z.literal("place"),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    label: webText.trim().min(1).max(60).optional(),
  }),
  z
    .object({ kind: z.literal("photo"), photo: webPhoto.optional(), facts: pickedFile.optional() })
    .refine((input) => input.photo || input.facts, "a photo, or the facts of a file the page could not draw"),
]);

export const messageBody = z.object({ input: webInput });

export type WebInput = z.infer<typeof webInput>;

/**
 * What the dispatcher takes: a photo with the facts core reads of the file picked and its
 * thumbnail; a shared location exact (precision 0), as core rounds it before keeping or showing it.
 */
export async function toDispatcherInput(input: WebInput): Promise<Input> {
  if (input.kind === "photo") {
    const { photo, facts: picked } = input;
    const facts = await pickedPhotoFacts({ picked, drawn: photo?.ref });
    return { kind: "photo", photo: photo ?? { platform: "web", ref: "" }, facts };
  }
  if (input.kind !== "place") return input;
  const { lat, lng, label } = input;
  return { kind: "place", place: { lat, lng, precision: 0, ...(label ? { label } : {}) } };
}

export const inboxQuery = z.object({
  after: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

export const stringsQuery = z.object({ lang: languageSchema.default("ko") });

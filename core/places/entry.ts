import { z } from "zod";

/** Largest first: when a name is ambiguous the larger place is the likelier meaning. */
export const placeKinds = ["province", "city", "district", "town"] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** How far, in metres, a person in the named place may be from its point. */
export const precisionByKind: Record<PlaceKind, number> = {
  province: 10_000,
  city: 5_000,
  district: 3_000,
  town: 1_500,
};

/** One row of gazetteer-data.json, as written by scripts/build-gazetteer.ts. */
const entrySchema = z.object({
  kind: z.enum(placeKinds),
  name: z.string().min(1),
  label: z.string().min(1),
  parent: z.number().int().nonnegative().nullable(),
  aliases: z.array(z.string()),
  en: z.array(z.string()),
  /** The name an English reply uses: "Mapo-gu", "Jung-gu, Busan", "Seoul". */
  labelEn: z.string().min(1),
  lat: z.number().min(33).max(39),
  lng: z.number().min(124).max(132),
});

export const gazetteerDataSchema = z.object({
  sources: z.array(z.object({ package: z.string(), licence: z.string() })),
  places: z.array(entrySchema),
});

export type GazetteerEntry = z.infer<typeof entrySchema>;

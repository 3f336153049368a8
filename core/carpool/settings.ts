import { z } from "zod";

// Every number the carpool rules depend on, in one validated object: the defaults fit Seoul, and
// an operator elsewhere (or a test) overrides any part without touching the rules.

const latLngSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

const boundingBoxSchema = z
  .object({
    minLat: z.number().min(-90).max(90),
    maxLat: z.number().min(-90).max(90),
    minLng: z.number().min(-180).max(180),
    maxLng: z.number().min(-180).max(180),
  })
  .refine((box) => box.minLat < box.maxLat && box.minLng < box.maxLng, "min must be below max");

const localHourSchema = z.number().int().min(0).max(23);

/** A rate added to the fare for departures from `fromHour` up to (not including) `toHour`, local time. */
const surchargeSchema = z.object({
  fromHour: localHourSchema,
  toHour: localHourSchema,
  rate: z.number().min(0),
});

const fareTableSchema = z.object({
  baseFareKrw: z.number().int().min(0),
  /** How far the base fare goes. */
  baseDistanceM: z.number().min(0),
  /** The meter's step: this many won per `stepDistanceM`, or per `stepTimeS` while the taxi crawls. */
  stepFareKrw: z.number().int().positive(),
  stepDistanceM: z.number().positive(),
  stepTimeS: z.number().positive(),
  /** Night surcharges; periods may wrap midnight (23 → 2). */
  surcharges: z.array(surchargeSchema),
  /** Added when a trip leaves (or starts outside) the city area; adds to a night surcharge. */
  outsideCityRate: z.number().min(0),
  roundingKrw: z.number().int().positive(),
});

export type FareTable = z.infer<typeof fareTableSchema>;

const isTimeZone = (name: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

const carpoolSettingsSchema = z.object({
  /** How far apart two riders' pickups may be. */
  originRadiusM: z.number().positive(),
  /** A shorter trip is not a taxi ride (`ride-same-place`). */
  minTripM: z.number().min(0),
  /** Road distance over great-circle distance. */
  roadFactor: z.number().min(1),
  /** Average taxi speed in each local hour of the day, 0–23. */
  speedKmhByHour: z.array(z.number().positive()).length(24),
  /** Where the hours above, the night surcharges and typed times are read. */
  timeZone: z.string().refine(isTimeZone, "not an IANA time zone"),
  /** A single typed time means this many minutes either side. */
  defaultFlexMin: z.number().int().min(0),
  maxWindowH: z.number().positive(),
  maxAheadDays: z.number().positive(),
  defaultMaxExtraMin: z.number().int().min(0),
  serviceArea: boundingBoxSchema,
  /** The city limits (a ring of points), outside which the fare has a surcharge. */
  cityArea: z.array(latLngSchema).min(3),
  fare: fareTableSchema,
  proposalTtlMin: z.number().positive(),
  reminderMin: z.number().min(0),
  lateCancelMin: z.number().min(0),
  defaultSplit: z.enum(["distance", "equal"]),
  /**
   * Rides only for people with the video verified mark (a 1:1 video check, /videocheck), for a
   * deployment that wants to know each rider's face; off by default, e-mail or phone being enough.
   */
  requireVideoVerified: z.boolean(),
});

export type CarpoolSettings = z.infer<typeof carpoolSettingsSchema>;

/** Seoul medium taxi (중형), fares since 1 February 2023. */
const seoulMediumTaxi: FareTable = {
  baseFareKrw: 4_800,
  baseDistanceM: 1_600,
  stepFareKrw: 100,
  stepDistanceM: 131,
  stepTimeS: 30,
  surcharges: [
    { fromHour: 22, toHour: 23, rate: 0.2 },
    { fromHour: 23, toHour: 2, rate: 0.4 },
    { fromHour: 2, toHour: 4, rate: 0.2 },
  ],
  outsideCityRate: 0.2,
  roundingKrw: 100,
};

/**
 * A rough outline of Seoul (its 시계, about 1 km accurate), clockwise from Dobong in the north:
 * enough to tell a ride to Bundang or Ilsan from one across town.
 */
const seoulOutline = [
  [37.701, 127.04],
  [37.69, 127.09],
  [37.64, 127.113],
  [37.6, 127.117],
  [37.575, 127.115],
  [37.56, 127.185],
  [37.525, 127.18],
  [37.5, 127.16],
  [37.47, 127.14],
  [37.46, 127.1],
  [37.43, 127.07],
  [37.44, 127.02],
  [37.45, 126.99],
  [37.435, 126.95],
  [37.43, 126.9],
  [37.475, 126.87],
  [37.48, 126.83],
  [37.53, 126.8],
  [37.565, 126.765],
  [37.6, 126.8],
  [37.585, 126.87],
  [37.615, 126.885],
  [37.65, 126.9],
  [37.66, 126.95],
  [37.69, 126.99],
].map(([lat, lng]) => ({ lat: lat as number, lng: lng as number }));

export const defaultCarpoolSettings: CarpoolSettings = {
  originRadiusM: 1_000,
  minTripM: 500,
  roadFactor: 1.3,
  // Seoul taxis crawl in the commute peaks (7–9, 17–19) and run freely between midnight and dawn.
  speedKmhByHour: [
    36, 40, 42, 44, 44, 40, 32, 20, 17, 20, 24, 23, 22, 23, 23, 22, 20, 17, 16, 18, 23, 27, 30, 33,
  ],
  timeZone: "Asia/Seoul",
  defaultFlexMin: 15,
  maxWindowH: 12,
  maxAheadDays: 7,
  defaultMaxExtraMin: 15,
  // South Korea with Jeju, Ulleungdo and Dokdo.
  serviceArea: { minLat: 33, maxLat: 38.7, minLng: 124.5, maxLng: 131 },
  cityArea: seoulOutline,
  fare: seoulMediumTaxi,
  proposalTtlMin: 10,
  reminderMin: 15,
  lateCancelMin: 30,
  defaultSplit: "distance",
  requireVideoVerified: false,
};

/**
 * What an operator may override (a JSON object in the environment): any top-level setting, and
 * any single entry of the fare table. Unknown keys are refused, so a misspelt one is not silently
 * ignored.
 */
export const carpoolSettingsOverrides = carpoolSettingsSchema
  .partial()
  .extend({ fare: fareTableSchema.partial().strict().optional() })
  .strict();

export type CarpoolSettingsOverrides = z.infer<typeof carpoolSettingsOverrides>;

/** The defaults with `overrides` laid over them, validated as a whole. */
export function carpoolSettingsWith(overrides: CarpoolSettingsOverrides): CarpoolSettings {
  return carpoolSettingsSchema.parse({
    ...defaultCarpoolSettings,
    ...overrides,
    fare: { ...defaultCarpoolSettings.fare, ...overrides.fare },
  });
}

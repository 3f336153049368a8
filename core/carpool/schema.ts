import { z } from "zod";
import { placeSchema } from "../place.js";
import { MAX_SEATS_PER_REQUEST, MIN_SEATS } from "./types.js";

export const MIN_EXTRA_MIN = 5;
export const MAX_EXTRA_MIN = 60;

export const seatsSchema = z.number().int().min(MIN_SEATS).max(MAX_SEATS_PER_REQUEST);
export const maxExtraMinSchema = z.number().int().min(MIN_EXTRA_MIN).max(MAX_EXTRA_MIN);
/** The least trust temperature a rider accepts in co-riders: 0–99°, one decimal at most. */
export const minTemperatureSchema = z
  .number()
  .min(0)
  .max(99)
  .refine((degrees) => Math.abs(degrees * 10 - Math.round(degrees * 10)) < 1e-9, "one decimal at most");

export const rideRequestInputSchema = z.object({
  origin: placeSchema,
  destination: placeSchema,
  earliest: z.date(),
  latest: z.date(),
  seats: seatsSchema,
  maxExtraMin: maxExtraMinSchema,
  sameGender: z.boolean(),
  split: z.enum(["distance", "equal"]).default("distance"),
  minTemperature: minTemperatureSchema.optional(),
});

export type RideRequestInput = z.input<typeof rideRequestInputSchema>;

export const rideAlertInputSchema = z.object({
  origin: placeSchema,
  destination: placeSchema,
  minuteOfDay: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 - 1),
});

export type RideAlertInput = z.infer<typeof rideAlertInputSchema>;

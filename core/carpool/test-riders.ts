// Shared by the carpool integration tests: verified riders and their requests around Gangnam.
import type { Database } from "../db/client.js";
import { getProfile } from "../identity/queries.js";
import type { Gender, Profile } from "../identity/types.js";
import { person } from "../market/test-seed.js";
import { createRideRequest } from "./requests/mutations.js";
import type { RideRequestInput } from "./schema.js";
import { defaultCarpoolSettings } from "./settings.js";
import { gangnam, offset } from "./test-wish.js";

export const settings = defaultCarpoolSettings;
const MINUTE_MS = 60_000;

/** A person who proved their e-mail, as `/verify` leaves them. */
export async function verifiedRider(db: Database, name: string, gender?: Gender): Promise<Profile> {
  const userId = await person(db, name);
  await db.user.update({ where: { id: userId }, data: { verifiedAt: new Date(), gender: gender ?? null } });
  return getProfile(db, userId);
}

/** Gangnam to 8 km east, leaving around `at` ± 15 minutes, one seat: tweak what a test needs. */
export function rideInput(at: Date, changes: Partial<RideRequestInput> = {}): RideRequestInput {
  return {
    origin: { ...gangnam, precision: 0 },
    destination: { ...offset(gangnam, 8), precision: 0 },
    earliest: new Date(at.getTime() - 15 * MINUTE_MS),
    latest: new Date(at.getTime() + 15 * MINUTE_MS),
    seats: 1,
    maxExtraMin: 15,
    sameGender: false,
    ...changes,
  };
}

export async function requestRide(db: Database, rider: Profile, at: Date, now: Date, changes = {}) {
  return createRideRequest(db, rider, rideInput(at, changes), settings, now);
}

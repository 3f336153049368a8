// Synthetic ride requests for bench/carpool.ts: pickups around Seoul's busy districts, drop-offs
// at home across Seoul and its satellite towns, departures peaking late at night and in the
// commute hours. Everything comes from a seeded generator, so every run sees the same requests.
import type { LatLng, RideWish } from "../core/carpool/types.js";
import { pick, type Random } from "./market-data.js";

const KM_LAT_DEG = 1 / 111.195;
const KM_LNG_DEG = KM_LAT_DEG / Math.cos((37.55 * Math.PI) / 180);
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Seoul keeps UTC+9 all year, so its local hours are plain arithmetic here. */
const SEOUL_OFFSET_MS = 9 * HOUR_MS;

/** Where rides start, weighted by how busy the district is at night. */
const HOTSPOTS: { at: LatLng; weight: number }[] = [
  { at: { lat: 37.4979, lng: 127.0276 }, weight: 10 }, // Gangnam station
  { at: { lat: 37.5563, lng: 126.9236 }, weight: 9 }, // Hongdae
  { at: { lat: 37.5133, lng: 127.1001 }, weight: 6 }, // Jamsil
  { at: { lat: 37.5404, lng: 127.0692 }, weight: 5 }, // Konkuk University
  { at: { lat: 37.5599, lng: 126.9423 }, weight: 5 }, // Sinchon
  { at: { lat: 37.5345, lng: 126.9946 }, weight: 4 }, // Itaewon
  { at: { lat: 37.5704, lng: 126.992 }, weight: 5 }, // Jongno 3-ga
  { at: { lat: 37.5216, lng: 126.9242 }, weight: 4 }, // Yeouido
  { at: { lat: 37.5547, lng: 126.9707 }, weight: 4 }, // Seoul station
  { at: { lat: 37.4842, lng: 126.9297 }, weight: 3 }, // Sillim
  { at: { lat: 37.5045, lng: 127.0049 }, weight: 3 }, // Express bus terminal
  { at: { lat: 37.6543, lng: 127.0568 }, weight: 2 }, // Nowon
  { at: { lat: 37.5172, lng: 127.0473 }, weight: 3 }, // Seolleung
];

/** Where riders live: across the city and the satellite towns a night taxi runs to. */
const HOMES: LatLng[] = [
  { lat: 37.6543, lng: 127.0568 }, // Nowon
  { lat: 37.6396, lng: 127.0257 }, // Suyu
  { lat: 37.6027, lng: 126.9291 }, // Eunpyeong
  { lat: 37.5509, lng: 126.8495 }, // Gangseo
  { lat: 37.5172, lng: 126.8665 }, // Mokdong
  { lat: 37.4954, lng: 126.8874 }, // Guro
  { lat: 37.4781, lng: 126.9516 }, // Gwanak
  { lat: 37.4837, lng: 127.0324 }, // Yangjae
  { lat: 37.5301, lng: 127.1238 }, // Cheonho
  { lat: 37.5894, lng: 127.0167 }, // Seongbuk
  { lat: 37.5838, lng: 127.0507 }, // Hoegi
  { lat: 37.6066, lng: 127.0926 }, // Jungnang
  { lat: 37.3827, lng: 127.1189 }, // Bundang
  { lat: 37.6584, lng: 126.77 }, // Ilsan
  { lat: 37.2636, lng: 127.0286 }, // Suwon
  { lat: 37.5037, lng: 126.766 }, // Bucheon
];

/** Seoul's extent, for the share of trips that start or end anywhere. */
const SEOUL = { minLat: 37.45, maxLat: 37.68, minLng: 126.82, maxLng: 127.16 };

/** How many rides leave in each local hour, relative: late-night peak, commute humps. */
const DEPARTURES_BY_HOUR = [9, 7, 4, 2, 1, 1, 2, 5, 7, 4, 2, 2, 2, 2, 2, 2, 3, 4, 6, 5, 4, 5, 8, 10];
const HOURS = [...DEPARTURES_BY_HOUR.keys()];

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function weighted<T>(random: Random, values: readonly T[], weightOf: (value: T) => number): T {
  let target = random() * values.reduce((sum, value) => sum + weightOf(value), 0);
  for (const value of values) {
    target -= weightOf(value);
    if (target < 0) return value;
  }
  return values[values.length - 1] as T;
}

const near = (random: Random, at: LatLng, spreadKm: number): LatLng => ({
  lat: at.lat + gaussian(random) * spreadKm * KM_LAT_DEG,
  lng: at.lng + gaussian(random) * spreadKm * KM_LNG_DEG,
});

const anywhereInSeoul = (random: Random): LatLng => ({
  lat: SEOUL.minLat + random() * (SEOUL.maxLat - SEOUL.minLat),
  lng: SEOUL.minLng + random() * (SEOUL.maxLng - SEOUL.minLng),
});

const squaredKm = (a: LatLng, b: LatLng) =>
  ((a.lat - b.lat) / KM_LAT_DEG) ** 2 + ((a.lng - b.lng) / KM_LNG_DEG) ** 2;

function origin(random: Random): LatLng {
  if (random() < 0.25) return anywhereInSeoul(random);
  return near(random, weighted(random, HOTSPOTS, (spot) => spot.weight).at, 0.8);
}

/** A drop-off at least 2 km from the pickup: shorter rides are rarely shared. */
function destination(random: Random, from: LatLng): LatLng {
  for (;;) {
    const to = random() < 0.3 ? anywhereInSeoul(random) : near(random, pick(random, HOMES), 1.5);
    if (squaredKm(from, to) >= 4) return to;
  }
}

/** A departure in the `days` after `start` (epoch ms of a Seoul midnight), by the hourly profile. */
function departure(random: Random, start: number, days: number): number {
  const hour = weighted(random, HOURS, (h) => DEPARTURES_BY_HOUR[h] as number);
  return start + Math.floor(random() * days) * DAY_MS + hour * HOUR_MS + Math.floor(random() * HOUR_MS);
}

/** Most take the default ±15 minutes; some give a range of up to three hours. */
function window(random: Random, around: number): { earliest: number; latest: number } {
  const roll = random();
  const widthMin = roll < 0.7 ? 30 : roll < 0.9 ? 30 + random() * 60 : 90 + random() * 90;
  const earliest = around - Math.round((widthMin / 2) * MINUTE_MS);
  return { earliest, latest: earliest + Math.round(widthMin * MINUTE_MS) };
}

/** The Seoul midnight at or before `at`. */
export const seoulMidnight = (at: number) =>
  Math.floor((at + SEOUL_OFFSET_MS) / DAY_MS) * DAY_MS - SEOUL_OFFSET_MS;

let serial = 0;

/** One open request leaving within `days` of `start`. */
export function syntheticWish(random: Random, start: number, days: number): RideWish {
  const id = `r${serial++}`;
  const from = origin(random);
  const gender = random() < 0.1 ? undefined : random() < 0.5 ? "female" : "male";
  const seatsRoll = random();
  return {
    id,
    riderId: `u${id}`,
    origin: from,
    destination: destination(random, from),
    ...window(random, departure(random, start, days)),
    seats: seatsRoll < 0.8 ? 1 : seatsRoll < 0.95 ? 2 : 3,
    maxExtraS: pick(random, [10, 15, 15, 15, 20]) * 60,
    sameGender: gender !== undefined && random() < 0.2,
    gender,
    // Most riders near where everyone starts; one in ten accepts only co-riders at 36.5° or warmer.
    temperature: Math.round((34 + random() * 5) * 10) / 10,
    minTemperature: random() < 0.1 ? 36.5 : undefined,
    avoid: [],
    playground: false,
    split: "distance",
    version: 1,
  };
}

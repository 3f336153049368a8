import type { Gender } from "../identity/types.js";

// The carpool's shared vocabulary: what matching knows of a request, and what it proposes.

export interface LatLng {
  lat: number;
  lng: number;
}

/** A ride request as matching sees it. Times are epoch milliseconds. */
export interface RideWish {
  id: string;
  riderId: string;
  origin: LatLng;
  destination: LatLng;
  earliest: number;
  latest: number;
  /** 1–3 seats this request needs. */
  seats: number;
  /** The most time sharing may add to this rider's solo trip, in seconds. */
  maxExtraS: number;
  /** Share only with riders of the same stated gender. */
  sameGender: boolean;
  gender: Gender | undefined;
  /** The rider's trust temperature when they asked (core/trust), and the least they accept in a co-rider. */
  temperature: number;
  minTemperature: number | undefined;
  /** Requests this rider declined to share with. */
  avoid: readonly string[];
  /** Playground personas are matched only with each other. */
  playground: boolean;
  /** How this rider would split the fare; a group splits equally only when all its riders would. */
  split: FareSplit;
  version: number;
}

/** Estimated distance and time of one leg, by road. */
export interface Travel {
  distanceM: number;
  durationS: number;
}

/** Estimates a trip between two points leaving at `departAt` (epoch ms); replaceable by a routing service. */
export type TravelEstimator = (from: LatLng, to: LatLng, departAt: number) => Travel;

export interface RiderPlan {
  requestId: string;
  /** 0-based positions among the pickups and among the drop-offs. */
  pickupOrder: number;
  dropOrder: number;
  solo: Travel;
  /** From this rider's pickup to their drop-off on the shared route. */
  onBoard: Travel;
  /** Time sharing adds to the solo trip: waiting for earlier pickups plus the longer ride. */
  extraS: number;
}

/** A feasible group: who, in which stop order, leaving when. */
export interface GroupPlan {
  requestIds: string[];
  /** The earliest moment inside every rider's window, epoch ms. */
  departAt: number;
  /** The whole shared route, first pickup to last drop-off. */
  route: Travel;
  riders: RiderPlan[];
  totalExtraS: number;
}

export type FareSplit = "distance" | "equal";

export interface RiderFare {
  requestId: string;
  soloFareKrw: number;
  shareKrw: number;
}

export interface GroupFare {
  fareKrw: number;
  riders: RiderFare[];
}

export const MIN_SEATS = 1;
export const MAX_SEATS_PER_REQUEST = 3;
/** A medium taxi seats four passengers. */
export const MAX_SEATS_PER_GROUP = 4;

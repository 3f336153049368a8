import { defaultTrustSettings, type TrustSettings } from "./settings.js";

// The trust score: one temperature from what happened to a person across honjok, and the reasons
// it is what it is, never naming who rated or reported. Pure, so a worker recomputes it from the
// stored facts whenever one of them changes, and /trust explains the same numbers.

export interface TrustFacts {
  /** Ratings received after trades and rides: the stars only, never who gave them. */
  ratings: { score: number; at: Date }[];
  noShows: Date[];
  lateCancels: Date[];
  upheldReports: Date[];
  verified: { email: boolean; phone: boolean; video: boolean };
  accountCreatedAt: Date;
}

export type VerificationWay = "email" | "phone" | "video";

export type TrustReasonKind =
  | "ratings"
  | "no-shows"
  | "late-cancels"
  | "reports"
  | "verification"
  | "account-age";

/** What moved the temperature, by how many degrees (one decimal), and how many things did. */
export interface TrustReason {
  kind: TrustReasonKind;
  degrees: number;
  count: number;
  /** Verification only: the ways proved, so /trust can name them. */
  ways?: VerificationWay[];
}

export interface TrustScore {
  /** Degrees with one decimal, within the settings' bounds. */
  temperature: number;
  /** The reasons that moved it, the largest first; those that moved nothing are left out. */
  reasons: TrustReason[];
}

const DAY_MS = 24 * 60 * 60_000;

/** How much a thing `at` counts at `now`: 1 today, half after the half-life, 0 outside the window. */
function recency(at: Date, now: Date, settings: TrustSettings): number {
  const ageDays = (now.getTime() - at.getTime()) / DAY_MS;
  if (ageDays > settings.windowDays) return 0;
  return 0.5 ** (Math.max(0, ageDays) / settings.halfLifeDays);
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** One thing that happened: how much it counts now, and the degrees it is worth when fresh. */
interface Weighed {
  recency: number;
  degrees: number;
}

function reason(kind: TrustReasonKind, things: Weighed[]): TrustReason {
  const inWindow = things.filter((thing) => thing.recency > 0);
  const degrees = inWindow.reduce((sum, thing) => sum + thing.recency * thing.degrees, 0);
  return { kind, degrees, count: inWindow.length };
}

function reasonsOf(facts: TrustFacts, now: Date, settings: TrustSettings): TrustReason[] {
  const each = (dates: Date[], degrees: number) =>
    dates.map((at) => ({ recency: recency(at, now, settings), degrees }));
  // ★3 is neutral: (score − 3) / 2 runs from −1 (★1) to +1 (★5).
  const ratings = facts.ratings.map(({ score, at }) => ({
    recency: recency(at, now, settings),
    degrees: ((score - 3) / 2) * settings.ratingDegrees,
  }));
  const months = Math.max(0, Math.floor((now.getTime() - facts.accountCreatedAt.getTime()) / (30 * DAY_MS)));
  const verifications = (["email", "phone", "video"] as const).filter((way) => facts.verified[way]);
  return [
    reason("ratings", ratings),
    reason("no-shows", each(facts.noShows, -settings.noShowDegrees)),
    reason("late-cancels", each(facts.lateCancels, -settings.lateCancelDegrees)),
    reason("reports", each(facts.upheldReports, -settings.upheldReportDegrees)),
    {
      kind: "verification",
      degrees: verifications.reduce((sum, way) => sum + settings.verifiedDegrees[way], 0),
      count: verifications.length,
      ways: verifications,
    },
    {
      kind: "account-age",
      degrees: Math.min(months, settings.accountAgeMaxMonths) * settings.accountAgeDegreesPerMonth,
      count: months,
    },
  ];
}

/** The temperature at `now` and why, from the person's facts. */
export function trustScore(facts: TrustFacts, now: Date, settings = defaultTrustSettings): TrustScore {
  const all = reasonsOf(facts, now, settings);
  const raw = all.reduce((sum, { degrees }) => sum + degrees, settings.startDegrees);
  const temperature = oneDecimal(Math.min(settings.maxDegrees, Math.max(settings.minDegrees, raw)));
  const reasons = all
    .map((one) => ({ ...one, degrees: oneDecimal(one.degrees) }))
    .filter((one) => one.degrees !== 0)
    .sort((a, b) => Math.abs(b.degrees) - Math.abs(a.degrees));
  return { temperature, reasons };
}

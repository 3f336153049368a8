import type { z } from "zod";

/**
 * Every failure a person can be told about. Front doors turn a code into a localized sentence
 * (`error-<code>` in the catalogs) or an HTTP status; the code itself is never shown.
 */
export const errorCodes = [
  "invalid-input",
  "empty-answer",
  "count-out-of-range",
  "text-too-long",
  "not-found",
  "link-code-invalid",
  "link-too-many-attempts",
  "link-own-code",
  "link-playground",
  "link-same-platform",
  "place-unknown",
  "place-unknown-no-match",
  "price-negative",
  "price-unreadable",
  "price-too-high",
  "too-many-photos",
  "photo-type",
  "photo-type-unnamed",
  "photo-too-large",
  "photo-transparent",
  "photo-unreadable",
  "profanity",
  "posting-too-fast",
  "not-your-item",
  "item-unavailable",
  "bump-too-soon",
  "own-item",
  "not-a-contact",
  "already-rated",
  "rating-not-allowed",
  "already-reported",
  "too-many-alerts",
  "not-in-conversation",
  "own-tip",
  "already-voted",
  "board-private-chat",
  "board-not-manager",
  "not-verified",
  "verify-code-wrong",
  "verify-code-format",
  "photo-expected",
  "verify-code-expired",
  "verify-too-many-attempts",
  "verify-too-many-codes",
  "verify-no-code",
  "verify-not-own-contact",
  "verify-already-used",
  "ride-same-place",
  "ride-departure-past",
  "ride-window-too-wide",
  "ride-departure-too-far",
  "ride-time-unreadable",
  "ride-min-temperature-range",
  "ride-outside-area",
  "ride-already-live",
  "ride-not-yours",
  "ride-not-cancellable",
  "not-in-proposal",
  "proposal-expired",
  "ride-not-over",
  "ride-was-cancelled",
  "not-co-rider",
  "too-many-ride-alerts",
  "same-gender-needs-gender",
  "group-not-member",
  "group-already-member",
  "group-full",
  "group-join-pending",
  "group-not-moderator",
  "group-not-owner",
  "group-owner-must-hand-over",
  "group-limit-below-members",
  "group-no-request",
  "too-many-groups",
  "meetup-in-past",
  "meetup-ends-before-start",
  "meetup-too-long",
  "meetup-too-far",
  "meetup-capacity-below-going",
  "meetup-cancelled",
  "meetup-finished",
  "meetup-started",
  "room-ended",
  "room-not-going",
  "room-not-open",
  "room-unknown",
  "room-event-ahead",
  "room-event-outside",
  "rooms-not-configured",
  "video-check-no-operators",
  "video-check-open",
  "video-check-already-verified",
  "video-check-not-operator",
  "video-check-taken",
  "video-check-not-yours",
  "video-check-decided",
  "video-check-not-joined",
  "ride-needs-video-check",
  "workout-already-live",
  "workout-time-unreadable",
  "goal-unreadable",
  "checkin-closed",
  "checkin-code-wrong",
  "checkin-too-many-attempts",
  "checkin-too-far",
  "checkin-not-going",
  "meetup-time-unreadable",
  "group-chat-private",
  "group-chat-not-manager",
  "group-chat-taken",
  "points-not-enough",
  "bump-just-done",
  "meetup-already-pinned",
  "leaderboard-no-home",
  "leaderboard-not-member",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The parsed value, or the `invalid-input` refusal a person sees for anything the schema rejects. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("invalid-input");
  return parsed.data;
}

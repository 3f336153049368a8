// Stops asking a service that keeps failing, so that nobody waits out its time limit again and
// again: after a few failures in a row it opens for a pause that doubles each time it opens again,
// then lets one request through to see whether the service is back.

export interface CircuitOptions {
  /** Failures in a row that open it. */
  failuresToOpen: number;
  /** The first pause; each reopening doubles it, up to `longestPauseMs`. */
  pauseMs: number;
  longestPauseMs: number;
  clock: () => number;
}

export interface Circuit {
  /** Whether a request may go now; when it does, its outcome must be reported. */
  allows(): boolean;
  succeeded(): void;
  /** A failure; `pauseMs` when the service said how long to stay away (429 Retry-After), or to stop at once. */
  failed(pauseMs?: number): void;
}

export function circuit({ failuresToOpen, pauseMs, longestPauseMs, clock }: CircuitOptions): Circuit {
  let failures = 0;
  let openings = 0;
  let closedAt = 0;
  /** After a pause, one request tries the service; the others keep to the gazetteer meanwhile. */
  let probing = false;
  return {
    allows() {
      if (clock() < closedAt || probing) return false;
      probing = openings > 0;
      return true;
    },
    succeeded() {
      failures = 0;
      openings = 0;
      probing = false;
    },
    failed(asked) {
      probing = false;
      failures += 1;
      if (asked === undefined && failures < failuresToOpen && openings === 0) return;
      openings += 1;
      closedAt = clock() + (asked ?? Math.min(pauseMs * 2 ** (openings - 1), longestPauseMs));
    },
  };
}

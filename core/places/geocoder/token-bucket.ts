// Hand-written rather than a library: no rate limiter is among honjok's dependencies, a bucket is
// ten lines, and it must never queue — over the limit, the gazetteer answers at once instead.

export interface TokenBucket {
  /** Takes one token if one is there; false means "not now", and nothing waits for one. */
  take(): boolean;
}

/** `perSecond` tokens a second, at most `burst` saved up. */
export function tokenBucket(perSecond: number, burst: number, clock: () => number): TokenBucket {
  let tokens = burst;
  let filledAt = clock();
  return {
    take() {
      const now = clock();
      tokens = Math.min(burst, tokens + ((now - filledAt) / 1000) * perSecond);
      filledAt = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

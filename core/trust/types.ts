import type { TrustReason } from "./score.js";

/** What others see beside a person's name: their level from points earned and their temperature. */
export interface Reputation {
  level: number;
  /** Degrees with one decimal. */
  temperature: number;
}

/** A person's temperature and its reasons, as /trust explains them. */
export interface TrustView {
  temperature: number;
  reasons: TrustReason[];
}

import { AppError } from "../errors.js";
import { MAX_PRICE_KRW } from "./rules.js";

const FREE_WORDS = new Set(["0", "무료", "나눔", "free"]);
const KOREAN_UNITS: Record<string, number> = { 억: 100_000_000, 만: 10_000, 천: 1_000, 백: 100 };

/**
 * `amount` × `unit` without binary rounding: 1.11 × 10000 is 11100.000000000002 in floating
 * point, but (111 × 10000) / 100 is exact whenever the true result is a whole number.
 */
function timesUnit(amount: string, unit: number): number {
  const [whole = "", fraction = ""] = amount.split(".");
  return (Number(whole + fraction) * unit) / 10 ** fraction.length;
}

/** "35,000원", "3만", "3.5만", "1만5천", "₩12000", "나눔": amounts as people type them in Korea. */
function parseKoreanAmount(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)([억만천백])/g)];
  const consumed = parts.map((part) => part[0]).join("");
  const rest = text.slice(consumed.length);
  if (parts.length === 0 || (rest && !/^\d+$/.test(rest)) || !text.startsWith(consumed)) return undefined;
  const units = parts.reduce(
    (sum, [, amount, unit]) => sum + timesUnit(amount as string, KOREAN_UNITS[unit as string] ?? 0),
    0,
  );
  return units + (rest ? Number(rest) : 0);
}

/**
 * A price in KRW from what a person typed; 0 means free (나눔). Refuses negative, fractional,
 * non-numeric and absurd prices with a reason the person can act on.
 */
export function parsePrice(input: string): number {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[,\s]|원$|krw$|^₩/g, "");
  if (FREE_WORDS.has(text)) return 0;
  if (/^-\d/.test(text)) throw new AppError("price-negative");
  const amount = parseKoreanAmount(text);
  if (amount === undefined || !Number.isInteger(amount))
    throw new AppError("price-unreadable", { typed: input.trim().slice(0, 20) });
  if (amount > MAX_PRICE_KRW) throw new AppError("price-too-high", { max: MAX_PRICE_KRW });
  return amount;
}

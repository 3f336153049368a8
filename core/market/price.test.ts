import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { parsePrice } from "./price.js";
import { MAX_PRICE_KRW } from "./rules.js";

function refusal(input: string): string | undefined {
  try {
    parsePrice(input);
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe("parsePrice", () => {
  it.each([
    ["35,000원", 35_000],
    ["₩12000", 12_000],
    [" 12000 KRW ", 12_000],
    ["3만", 30_000],
    ["3만 원", 30_000],
    ["1만5천", 15_000],
    ["1만5000", 15_000],
    ["1.5만", 15_000],
    ["1억", MAX_PRICE_KRW],
  ])("reads %s as %i", (input, expected) => {
    expect(parsePrice(input)).toBe(expected);
  });

  it.each([
    ["1.11만", 11_100],
    ["0.07만", 700],
    ["2.35만", 23_500],
    ["4.35천", 4_350],
    ["0.5억", 50_000_000],
  ])("reads %s as %i though the decimal is not exact in binary", (input, expected) => {
    // 1.11 × 10000 is 11100.000000000002 in floating point: a whole number of won all the same.
    expect(parsePrice(input)).toBe(expected);
  });

  it.each(["나눔", "무료", "free", "FREE", "0", "0원"])("reads %s as free", (input) => {
    expect(parsePrice(input)).toBe(0);
  });

  it.each(["abc", "3.5", "", "만", "3만원x", "삼만", "1.00001만"])("refuses %j as not a price", (input) => {
    expect(refusal(input)).toBe("price-unreadable");
  });

  it.each(["-5000", "-1만", "- 15,000원"])("refuses %j as negative, saying so", (input) => {
    expect(refusal(input)).toBe("price-negative");
  });

  it.each(["100000001", "1.1억", "2억", "99999999999999999999"])("refuses %s as too high", (input) => {
    expect(refusal(input)).toBe("price-too-high");
  });
});

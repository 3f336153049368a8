import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, isBlank, visibleText } from "./clean.js";

describe("cleanText", () => {
  it("removes NUL and other control characters but keeps lines and tabs", () => {
    expect(cleanText("hi\u0000there")).toBe("hithere");
    expect(cleanText("a\tb\r\nc\rd\u0007\u009B")).toBe("a\tb\nc\nd");
  });

  it("removes direction overrides, keeps right-to-left text itself", () => {
    expect(cleanText("price \u202E0005\u202C won")).toBe("price 0005 won");
    expect(cleanText("שלום مرحبا")).toBe("שלום مرحبا");
  });

  it("keeps emoji joined and Hangul whole", () => {
    expect(cleanText("👩‍💻 원목의자")).toBe("👩‍💻 원목의자");
  });

  it("replaces lone surrogates, which PostgreSQL cannot store", () => {
    expect(cleanText("a\uD800b")).toBe("a\uFFFDb");
  });

  it("never leaves a character PostgreSQL refuses or a direction override", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (raw) => {
        const cleaned = cleanText(raw);
        expect(cleaned).not.toMatch(/(?![\t\n])[\p{Cc}\u202E]/u);
        expect(cleaned.isWellFormed()).toBe(true);
        expect(cleanText(cleaned)).toBe(cleaned);
      }),
    );
  });
});

describe("isBlank and visibleText", () => {
  it("counts a text of only invisible characters as empty", () => {
    for (const blank of ["", "   ", "\u200B\u200B", "\u200E\u200F", "\u3164", "\uFEFF \u2060", "\u0000"]) {
      expect(visibleText(blank)).toBeUndefined();
    }
    expect(isBlank("\u200Ba")).toBe(false);
  });

  it("trims what is visible", () => {
    expect(visibleText("  Alice\u0000 ")).toBe("Alice");
    expect(visibleText(undefined)).toBeUndefined();
  });
});

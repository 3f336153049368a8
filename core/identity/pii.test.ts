import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher, generatePiiKey } from "./pii.js";

const cipher = createFieldCipher(randomBytes(32));

/** The sealed value with one byte of its part at `index` (1 IV, 2 tag, 3 ciphertext) flipped. */
function flipByte(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[index] ?? "", "base64url");
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[index] = bytes.toString("base64url");
  return parts.join(".");
}

describe("field cipher", () => {
  it("opens what it sealed, and the sealed form shows nothing of the value", () => {
    const sealed = cipher.seal("hana@example.com");
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain("hana");
    expect(cipher.open(sealed)).toBe("hana@example.com");
    expect(cipher.open(cipher.seal("민지 +821012345678"))).toBe("민지 +821012345678");
  });

  it("seals one value differently each time", () => {
    expect(cipher.seal("same")).not.toBe(cipher.seal("same"));
  });

  it("refuses a changed IV, tag or ciphertext, another key's value and anything not sealed", () => {
    const sealed = cipher.seal("hana@example.com");
    for (const part of [1, 2, 3]) expect(() => cipher.open(flipByte(sealed, part))).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).open(sealed)).toThrow();
    expect(() => cipher.open("hana@example.com")).toThrow("not a sealed value");
    expect(() => cipher.open(sealed.replace(/^v1/, "v2"))).toThrow("not a sealed value");
  });

  it("digests with its key: the same value alike, another key differently", () => {
    const digest = cipher.digest("123456");
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.digest("123456")).toBe(digest);
    expect(cipher.digest("123457")).not.toBe(digest);
    expect(createFieldCipher(randomBytes(32)).digest("123456")).not.toBe(digest);
  });

  it("takes only a 32-byte key", () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow(/32 bytes/);
    expect(Buffer.from(generatePiiKey(), "base64")).toHaveLength(32);
  });
});

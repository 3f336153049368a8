import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

// Personal data that must be kept but never shown (e-mail addresses, phone numbers) is stored
// sealed with AES-256-GCM: a database dump or backup alone does not reveal it, and a changed
// ciphertext fails to open instead of turning into someone else's address.

export const PII_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The first part of every sealed value, so a later format or key can live next to this one. */
const VERSION = "v1";

export interface FieldCipher {
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; a new random IV each time, so equal values look different. */
  seal(plain: string): string;
  /** The plain value; throws when the value was changed, sealed with another key, or is no sealed value. */
  open(sealed: string): string;
  /**
   * A keyed digest (HMAC-SHA256, hex) for values that are only ever compared, such as one-time
   * codes: without the key, a database reader cannot try all million 6-digit codes against it.
   */
  digest(plain: string): string;
}

/** One subkey per use, so the cipher and the digest never share a key. */
function subkey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), `honjok pii ${VERSION} ${purpose}`, 32));
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== PII_KEY_BYTES) throw new Error(`a PII key is ${PII_KEY_BYTES} bytes, not ${key.length}`);
  const encryptionKey = subkey(key, "encryption");
  const digestKey = subkey(key, "digest");
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
      if (
        version !== VERSION ||
        iv === undefined ||
        tag === undefined ||
        ciphertext === undefined ||
        rest.length
      )
        throw new Error("not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, Buffer.from(iv, "base64url"), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
      return plain.toString("utf8");
    },
    digest(plain) {
      return createHmac("sha256", digestKey).update(plain).digest("hex");
    },
  };
}

/** A new random key, base64 as PII_KEY takes it. */
export function generatePiiKey(): string {
  return randomBytes(PII_KEY_BYTES).toString("base64");
}

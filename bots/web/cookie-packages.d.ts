// cookie 0.7 and cookie-signature 1.2 (both express's own dependencies) ship no types, and
// @types/cookie and @types/cookie-signature are not installed: this declares the part the
// playground's persona cookie uses, as those packages document it.

declare module "cookie" {
  /** The cookies of a Cookie header, by name, their values URI-decoded. */
  export function parse(header: string): Record<string, string | undefined>;
}

declare module "cookie-signature" {
  /** `value.<base64 HMAC-SHA256 of value>`. */
  export function sign(value: string, secret: string | Buffer): string;
  /** The value when the signature is the secret's (compared in constant time), else false. */
  export function unsign(signed: string, secret: string | Buffer): string | false;
}

import { createHmac } from "node:crypto";

// What Jitsi's prosody does with a token, as read in jitsi/jitsi-meet's sources, rewritten here
// because no package CI can install ships them (jitsi-meet-prosody comes only from Jitsi's own
// apt repository):
// - resources/prosody-plugins/luajwtjitsi.lib.lua, `verify`: three dot-separated segments, header
//   and body JSON in base64url; header `typ` == "JWT"; header `alg` == the expected one (HS256);
//   HMAC signature equal; `exp` and `nbf`, when present, numbers; refused from `exp` on and
//   before `nbf`; `iss`, when issuers are given, present and accepted; `aud` likewise.
// - resources/prosody-plugins/token/util.lib.lua, `verify_token`: `alg` not "none"; `iss`
//   present and among `asap_accepted_issuers` (default: the app id); `room` present
//   (`asap_require_room_claim`, default true); `aud` present and among `asap_accepted_audiences`
//   (default "*"). `verify_room`: joining room R needs `room` == R in lower case, or "*"
//   (docker-jitsi-meet leaves `enable_domain_verification` off, so `sub` is not compared there).

export interface ProsodyTokenSettings {
  appSecret: string;
  appId: string;
  acceptedIssuers?: string[];
  acceptedAudiences?: string[];
}

export type ProsodyVerdict =
  | { accepted: true; claims: Record<string, unknown> }
  | { accepted: false; reason: string };

function refused(reason: string): ProsodyVerdict {
  return { accepted: false, reason };
}

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function accepts(list: string[], claim: unknown): boolean {
  return list.some((accepted) => accepted === "*" || accepted === claim);
}

/** Where a claim luajwtjitsi requires a number has some other value (JSON null counts: cjson.null is truthy). */
function notNumeric(body: Record<string, unknown>, claim: "exp" | "nbf"): boolean {
  return claim in body && body[claim] !== false && typeof body[claim] !== "number";
}

function checkBody(body: Record<string, unknown>, settings: ProsodyTokenSettings, now: Date): ProsodyVerdict {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (notNumeric(body, "exp")) return refused("exp must be number");
  if (notNumeric(body, "nbf")) return refused("nbf must be number");
  if (typeof body.exp === "number" && nowSeconds >= body.exp) return refused("Not acceptable by exp");
  if (typeof body.nbf === "number" && nowSeconds < body.nbf) return refused("Not acceptable by nbf");
  if (body.iss === undefined) return refused("'iss' claim is missing");
  if (!accepts(settings.acceptedIssuers ?? [settings.appId], body.iss))
    return refused("Invalid issuer ('iss' claim)");
  if (body.room === undefined) return refused("'room' claim is missing");
  if (body.aud === undefined) return refused("'aud' claim is missing");
  if (!accepts(settings.acceptedAudiences ?? ["*"], body.aud))
    return refused("Invalid audience ('aud' claim)");
  return { accepted: true, claims: body };
}

/** Whether prosody lets the bearer of `token` into `room` at `now` (token auth, then the room check). */
export function prosodyAdmits(
  token: string,
  room: string,
  settings: ProsodyTokenSettings,
  now: Date,
): ProsodyVerdict {
  const segments = token.split(".").filter((segment) => segment !== "");
  if (segments.length !== 3) return refused("Invalid token");
  const [headerPart, bodyPart, signaturePart] = segments as [string, string, string];
  const header = decodeSegment(headerPart);
  if (!isObject(header)) return refused("Invalid header");
  const body = decodeSegment(bodyPart);
  if (!isObject(body)) return refused("Invalid body");
  if (header.typ !== "JWT") return refused("Invalid typ");
  if (header.alg !== "HS256") return refused("Invalid or incorrect alg");
  const expected = createHmac("sha256", settings.appSecret).update(`${headerPart}.${bodyPart}`).digest();
  if (!expected.equals(Buffer.from(signaturePart, "base64url"))) return refused("Invalid signature");
  const verdict = checkBody(body, settings, now);
  if (!verdict.accepted) return verdict;
  if (body.room !== "*" && room !== String(body.room).toLowerCase()) return refused("room not in token");
  return verdict;
}

/** A token signed as a careless or hostile issuer might: any header and body, HMAC-SHA256 with `secret`. */
export function signAnyToken(header: object, body: object, secret: string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
  const unsigned = `${encode(header)}.${encode(body)}`;
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`;
}

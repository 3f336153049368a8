import { SignJWT } from "jose";
import type { RoomLinkMaker, RoomPass } from "../core/workouts/types.js";

// A person's own link to a room on the self-hosted Jitsi Meet (jitsi/deploy): a JWT that the
// deployment's prosody token auth (luajwtjitsi, with token/util.lib.lua around it) accepts for that
// room only, in that window only. Prosody refuses a token without `typ: "JWT"` in its header,
// without `aud`, or with an `exp`/`nbf` that is not a number, so all of them are always set.

/**
 * The token's `aud`. Prosody refuses a token without one but accepts any value (`*`) until
 * JWT_ACCEPTED_AUDIENCES names some; "jitsi" is the audience Jitsi's own token documentation uses,
 * and the one jitsi/deploy accepts.
 */
export const JITSI_AUDIENCE = "jitsi";

export interface JitsiLinkOptions {
  /** The deployment's public host (JITSI_DOMAIN); unset, links lead to honjok's own room page. */
  domain: string | undefined;
  /** The issuer (JITSI_APP_ID), the deployment's JWT_APP_ID. */
  appId: string;
  /** Signs the tokens (JITSI_APP_SECRET), the deployment's JWT_APP_SECRET. */
  secret: string;
  /** The token's `sub`: the deployment's XMPP domain (JITSI_XMPP_DOMAIN), or `*`. */
  xmppDomain: string;
  /** honjok's web front door (PUBLIC_URL), whose room page is `/rooms/<room>`. */
  publicUrl: string;
}

/**
 * The longest name others see on the person's tile, in UTF-8 bytes: 16 Korean characters. Discord
 * takes link buttons of up to 512 characters, and a 40-character Korean name (120 bytes, 160 in
 * base64) takes the link past it; a tile shows no more anyway.
 */
export const TILE_NAME_BYTES = 48;

const ELLIPSIS = "…";
const bytesOf = (text: string) => Buffer.byteLength(text, "utf8");

/** The display name, cut at a whole character (an emoji family stays whole) to fit the tile. */
function tileName(displayName: string): string {
  if (bytesOf(displayName) <= TILE_NAME_BYTES) return displayName;
  let kept = "";
  for (const { segment } of new Intl.Segmenter().segment(displayName)) {
    if (bytesOf(kept + segment + ELLIPSIS) > TILE_NAME_BYTES) break;
    kept += segment;
  }
  return kept + ELLIPSIS;
}

/** JWT times are whole seconds; rounding down keeps `exp` within the pass, never a second past it. */
const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * Makes links `https://JITSI_DOMAIN/<room>?jwt=…`, or without a domain `PUBLIC_URL/rooms/<room>#jwt=…`,
 * so that links, tokens and the room page work (and can be tested) before any deployment exists.
 */
export function jitsiLinkMaker(options: JitsiLinkOptions): RoomLinkMaker {
  // Imported once: handed raw bytes, jose imports the key again for every token, which cost a third
  // of the minting rate in bench:workout.
  const key = crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(options.secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const roomsBase = options.domain ? `https://${options.domain}` : `${options.publicUrl}/rooms`;
  return async (pass: RoomPass) => {
    const token = await new SignJWT({
      room: pass.room,
      context: { user: { id: pass.seatId, name: tileName(pass.displayName), moderator: pass.moderator } },
    })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer(options.appId)
      .setAudience(JITSI_AUDIENCE)
      .setSubject(options.xmppDomain)
      .setNotBefore(epochSeconds(pass.notBefore))
      .setExpirationTime(epochSeconds(pass.expiresAt))
      .sign(await key);
    const room = encodeURIComponent(pass.room);
    // honjok's own room page reads the token from the fragment, which no server log or Referer sees.
    return options.domain ? `${roomsBase}/${room}?jwt=${token}` : `${roomsBase}/${room}#jwt=${token}`;
  };
}

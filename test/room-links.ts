import type { RoomLinkMaker, RoomPass } from "../core/workouts/types.js";

// A stand-in for the Jitsi adapter's link maker (jitsi/token.ts): the link carries the pass as
// plain JSON where the real one carries a signed token, so a test can read who got which seat.

export const TEST_ROOM_DOMAIN = "meet.honjok.test";

export const testRoomLinks: RoomLinkMaker = async (pass) => {
  const readable = Buffer.from(JSON.stringify(pass)).toString("base64url");
  return `https://${TEST_ROOM_DOMAIN}/${pass.room}?jwt=test.${readable}`;
};

/** The pass a test link carries; undefined for any other address. */
export function passInTestLink(
  url: string,
): (Omit<RoomPass, "notBefore" | "expiresAt"> & { notBefore: string; expiresAt: string }) | undefined {
  const parsed = new URL(url);
  const token = parsed.searchParams.get("jwt");
  if (parsed.hostname !== TEST_ROOM_DOMAIN || !token?.startsWith("test.")) return undefined;
  return JSON.parse(Buffer.from(token.slice("test.".length), "base64url").toString());
}

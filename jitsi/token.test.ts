import fc from "fast-check";
import jsonwebtoken from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { newRoomName, newSeatId, passWindow } from "../core/workouts/rooms/rules.js";
import type { RoomPass } from "../core/workouts/types.js";
import { prosodyAdmits, signAnyToken } from "./test-prosody-token.js";
import { JITSI_AUDIENCE, jitsiLinkMaker, TILE_NAME_BYTES } from "./token.js";

// Every token is read back by jsonwebtoken (the minting uses jose) and by prosody's rules as
// jitsi/test-prosody-token.ts restates them from luajwtjitsi.

const secret = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2";
const options = {
  domain: "meet.example.kr",
  appId: "honjok",
  secret,
  xmppDomain: "meet.jitsi",
  publicUrl: "https://honjok.example.kr",
};
const prosody = { appId: options.appId, appSecret: secret, acceptedAudiences: [JITSI_AUDIENCE] };

function tokenOf(link: string): string {
  const url = new URL(link);
  const token = url.searchParams.get("jwt") ?? new URLSearchParams(url.hash.slice(1)).get("jwt");
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

const seconds = (time: Date) => Math.floor(time.getTime() / 1000);

/** A pass as core/workouts/rooms hands them out, for a session of 10 minutes to 3 hours. */
const passes = fc
  .record({
    opensAt: fc.date({
      min: new Date("2026-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    minutes: fc.integer({ min: 10, max: 180 }),
    displayName: fc
      .string({ minLength: 1, maxLength: 40, unit: "grapheme" })
      .filter((name) => Buffer.byteLength(name) <= TILE_NAME_BYTES),
    moderator: fc.boolean(),
  })
  .map(({ opensAt, minutes, displayName, moderator }): RoomPass => {
    const closesAt = new Date(opensAt.getTime() + minutes * 60_000);
    return {
      room: newRoomName(),
      seatId: newSeatId(),
      displayName,
      moderator,
      ...passWindow({ opensAt, closesAt }),
    };
  });

/** The claims a pass's token must carry, no more. */
function claimsOf(pass: RoomPass) {
  return {
    iss: "honjok",
    aud: JITSI_AUDIENCE,
    sub: "meet.jitsi",
    room: pass.room,
    nbf: seconds(pass.notBefore),
    exp: seconds(pass.expiresAt),
    context: { user: { id: pass.seatId, name: pass.displayName, moderator: pass.moderator } },
  };
}

/** A moment while the pass works. */
function during(pass: RoomPass): Date {
  return new Date((pass.notBefore.getTime() + pass.expiresAt.getTime()) / 2);
}

describe("a room link's token", () => {
  it("carries exactly the claims Jitsi reads, verified by another JWT library", async () => {
    const link = jitsiLinkMaker(options);
    await fc.assert(
      fc.asyncProperty(passes, async (pass) => {
        const minted = await link(pass);
        expect(minted.startsWith(`https://meet.example.kr/${pass.room}?jwt=`)).toBe(true);
        const { header, payload } = jsonwebtoken.verify(tokenOf(minted), secret, {
          algorithms: ["HS256"],
          issuer: options.appId,
          audience: JITSI_AUDIENCE,
          subject: options.xmppDomain,
          clockTimestamp: seconds(during(pass)),
          complete: true,
        });
        expect(header).toEqual({ alg: "HS256", typ: "JWT" });
        expect(payload).toEqual(claimsOf(pass));
      }),
      { numRuns: 200 },
    );
  });

  it("is accepted by prosody's token rules for its own room while the pass works, and only then", async () => {
    const link = jitsiLinkMaker(options);
    await fc.assert(
      fc.asyncProperty(passes, async (pass) => {
        const token = tokenOf(await link(pass));
        expect(prosodyAdmits(token, pass.room, prosody, during(pass))).toMatchObject({ accepted: true });
        const early = new Date(pass.notBefore.getTime() - 1000);
        expect(prosodyAdmits(token, pass.room, prosody, early)).toEqual({
          accepted: false,
          reason: "Not acceptable by nbf",
        });
        expect(prosodyAdmits(token, pass.room, prosody, pass.expiresAt)).toEqual({
          accepted: false,
          reason: "Not acceptable by exp",
        });
        expect(prosodyAdmits(token, newRoomName(), prosody, during(pass))).toEqual({
          accepted: false,
          reason: "room not in token",
        });
      }),
      { numRuns: 200 },
    );
  });

  it("fits a Discord link button (512 characters) for the longest name, shortened on the tile", async () => {
    const pass = fc.sample(passes, 1)[0] as RoomPass;
    const longDomain = { ...options, domain: "video-workouts.honjok-community.example.co.kr" };
    for (const displayName of ["가".repeat(40), "👩‍👩‍👧".repeat(40)]) {
      const minted = await jitsiLinkMaker(longDomain)({ ...pass, displayName });
      expect(minted.length).toBeLessThanOrEqual(512);
      const { payload } = jsonwebtoken.verify(tokenOf(minted), secret, {
        complete: true,
        ignoreNotBefore: true,
        ignoreExpiration: true,
      });
      const { name } = (payload as { context: { user: { name: string } } }).context.user;
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(TILE_NAME_BYTES);
      expect(name).toMatch(/^(가+|(👩‍👩‍👧)+)…$/u);
    }
  });

  it("leads to honjok's own room page while no deployment is configured", async () => {
    const pass = fc.sample(passes, 1)[0] as RoomPass;
    const minted = await jitsiLinkMaker({ ...options, domain: undefined })(pass);
    expect(minted.startsWith(`https://honjok.example.kr/rooms/${pass.room}#jwt=`)).toBe(true);
    expect(prosodyAdmits(tokenOf(minted), pass.room, prosody, during(pass))).toMatchObject({
      accepted: true,
    });
  });
});

describe("prosody's token rules", () => {
  const pass = fc.sample(passes, 1)[0] as RoomPass;
  const now = during(pass);
  const header = { alg: "HS256", typ: "JWT" };
  const body = claimsOf({ ...pass, moderator: false });
  const verdict = (token: string) => prosodyAdmits(token, pass.room, prosody, now);

  it("accept the hand-made twin of a minted token, so each refusal below is that one change", () => {
    expect(verdict(signAnyToken(header, body, secret))).toMatchObject({ accepted: true });
  });

  it("refuse a token whose body was changed after signing (here: made a moderator)", async () => {
    const [head, , signature] = tokenOf(await jitsiLinkMaker(options)(pass)).split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...body, context: { user: { ...body.context.user, moderator: true } } }),
    ).toString("base64url");
    expect(verdict(`${head}.${forged}.${signature}`)).toEqual({
      accepted: false,
      reason: "Invalid signature",
    });
  });

  it("refuse a token signed with another secret", async () => {
    const token = tokenOf(await jitsiLinkMaker({ ...options, secret: `${secret}x` })(pass));
    expect(verdict(token)).toEqual({ accepted: false, reason: "Invalid signature" });
  });

  it("refuse a string exp or nbf, a missing aud, iss or room, a missing typ, another issuer or audience", () => {
    const cases: [object, object, string][] = [
      [header, { ...body, exp: String(body.exp) }, "exp must be number"],
      [header, { ...body, nbf: String(body.nbf) }, "nbf must be number"],
      [header, { ...body, aud: undefined }, "'aud' claim is missing"],
      [header, { ...body, iss: undefined }, "'iss' claim is missing"],
      [header, { ...body, room: undefined }, "'room' claim is missing"],
      [header, { ...body, iss: "someone-else" }, "Invalid issuer ('iss' claim)"],
      [header, { ...body, aud: "another-app" }, "Invalid audience ('aud' claim)"],
      [{ alg: "HS256" }, body, "Invalid typ"],
      [{ ...header, alg: "HS512" }, body, "Invalid or incorrect alg"],
    ];
    for (const [badHeader, badBody, reason] of cases) {
      expect(verdict(signAnyToken(badHeader, badBody, secret))).toEqual({ accepted: false, reason });
    }
  });
});

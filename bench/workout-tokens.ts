// Room links minted a second (jitsi/token.ts: jose's SignJWT, HS256), next to a baseline measured in
// the same run: the same header and claims signed with node:crypto's HMAC-SHA256 and nothing else,
// the floor any HS256 token pays. A sample of honjok's tokens is checked with jwtVerify, so a
// broken token stops the run instead of looking fast.
import { createHmac } from "node:crypto";
import { performance } from "node:perf_hooks";
import { jwtVerify } from "jose";
import type { RoomPass } from "../core/workouts/types.js";
import { JITSI_AUDIENCE, jitsiLinkMaker } from "../jitsi/token.js";
import { median } from "./front-door.js";

const TOKENS = 20_000;
const ROUNDS = 5;
const SECRET = "bench-jitsi-secret-0123456789abcdef0123456789";
const say = (line: string) => process.stdout.write(`${line}\n`);

function passes(): RoomPass[] {
  const now = Date.now();
  return Array.from({ length: TOKENS }, (_, index) => ({
    room: `benchroom${index.toString(36).padStart(8, "0")}`,
    seatId: `seat-${index}`,
    displayName: "이웃",
    moderator: index % 10 === 0,
    notBefore: new Date(now - 10 * 60_000),
    expiresAt: new Date(now + 60 * 60_000),
  }));
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The floor: the same token's bytes, signed with one HMAC and no library around it. */
function bareToken(pass: RoomPass): string {
  const header = base64url({ alg: "HS256", typ: "JWT" });
  const claims = base64url({
    room: pass.room,
    context: { user: { id: pass.seatId, name: pass.displayName, moderator: pass.moderator } },
    iss: "honjok",
    aud: JITSI_AUDIENCE,
    sub: "meet.jitsi",
    nbf: Math.floor(pass.notBefore.getTime() / 1000),
    exp: Math.floor(pass.expiresAt.getTime() / 1000),
  });
  const signature = createHmac("sha256", SECRET).update(`${header}.${claims}`).digest("base64url");
  return `${header}.${claims}.${signature}`;
}

async function perSecond(
  mint: (pass: RoomPass) => Promise<string> | string,
): Promise<{ rate: number; sample: string }> {
  const all = passes();
  const started = performance.now();
  let sample = "";
  for (const pass of all) sample = await mint(pass);
  return { rate: all.length / ((performance.now() - started) / 1000), sample };
}

async function checkToken(token: string): Promise<void> {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
    issuer: "honjok",
    audience: JITSI_AUDIENCE,
  });
  if (typeof payload.exp !== "number" || typeof payload.room !== "string")
    throw new Error("benchmark result wrong: a token without a numeric exp or a room");
}

export async function benchTokens(): Promise<void> {
  const link = jitsiLinkMaker({
    domain: "meet.example.org",
    appId: "honjok",
    secret: SECRET,
    xmppDomain: "meet.jitsi",
    publicUrl: "http://127.0.0.1:3000",
  });
  const rates = { honjok: [] as number[], bare: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const honjok = await perSecond(link);
    await checkToken(new URL(honjok.sample).searchParams.get("jwt") ?? "");
    rates.honjok.push(honjok.rate);
    const bare = await perSecond(bareToken);
    await checkToken(bare.sample);
    rates.bare.push(bare.rate);
  }
  say(`\nRoom links: ${TOKENS} tokens a round, ${ROUNDS} rounds`);
  say(
    `  honjok (jose)    median ${median(rates.honjok).toFixed(0)} links/s  (${rates.honjok.map((r) => r.toFixed(0)).join(", ")})`,
  );
  say(
    `  bare HMAC        median ${median(rates.bare).toFixed(0)} tokens/s  (${rates.bare.map((r) => r.toFixed(0)).join(", ")})`,
  );
  say(`  ratio honjok / bare: ${(median(rates.honjok) / median(rates.bare)).toFixed(2)}`);
}

// Scratch: whole searchItems on a kept bench database. Deleted after use.
import { performance } from "node:perf_hooks";
import { createDatabase } from "../core/db/client.js";
import { searchItems } from "../core/market/queries.js";
import { COMMON_WORDS, RARE_WORDS, seededRandom, seoulPoint } from "./market-data.js";
const db = createDatabase(process.env.DB as string);
const points = (() => { const r = seededRandom(2); return Array.from({ length: 200 }, () => seoulPoint(r)); })();
const pct = (xs: number[], f: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.max(0, Math.ceil(f * s.length) - 1)] as number; };
const sets: Record<string, (string | undefined)[]> = { nearby: [undefined], common: COMMON_WORDS.slice(0, 3), rare: RARE_WORDS, choseong: ["ㅈㅈㄹㅇㅈ"] };
for (const name of (process.env.WHICH ?? "nearby").split(",")) {
  const kws = sets[name]!;
  for (let i = 0; i < 20; i++) await searchItems(db, { ...points[(i * 7) % 200]!, playground: false, radiusM: 3000, keyword: kws[i % kws.length] });
  const times: number[] = [];
  for (const [i, p] of points.entries()) {
    const t = performance.now();
    await searchItems(db, { ...p, playground: false, radiusM: 3000, keyword: kws[i % kws.length] });
    times.push(performance.now() - t);
  }
  console.log(`${name.padEnd(10)} whole searchItems p50 ${pct(times, 0.5).toFixed(1)} p95 ${pct(times, 0.95).toFixed(1)}`);
}
await db.$disconnect();

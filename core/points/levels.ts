// Levels follow MEE6's curve: going from level L to L + 1 takes 5·L² + 50·L + 100 points
// earned, so the first level comes after a few outcomes and each next one takes a little longer.
// Levels count points earned (not reversed), never the balance: spending does not lower a level.

export interface LevelProgress {
  level: number;
  /** Points earned since the level was reached. */
  intoLevel: number;
  /** Points the level takes in all, from its start to the next level. */
  levelSpan: number;
}

/** Points it takes to go from `level` to the next. */
export function pointsToNextLevel(level: number): number {
  return 5 * level * level + 50 * level + 100;
}

/** The level reached with `earned` points, and how far into it. */
export function levelOf(earned: number): LevelProgress {
  let level = 0;
  let left = Math.max(0, earned);
  while (left >= pointsToNextLevel(level)) {
    left -= pointsToNextLevel(level);
    level += 1;
  }
  return { level, intoLevel: left, levelSpan: pointsToNextLevel(level) };
}

/**
 * A level's name, by band. The bands widen as the levels do: the first name change comes within
 * a few weeks of trading and sharing rides (level 3, 475 points), the next after a season or two
 * (level 6, 1,625), then about a year of taking part (level 10, 4,675), and "동네 대장" stays rare
 * (level 15, 11,825). Each name is what neighbours would call someone that settled in.
 */
export const levelBands = [
  { from: 0, band: "sprout" },
  { from: 3, band: "neighbour" },
  { from: 6, band: "regular" },
  { from: 10, band: "fixture" },
  { from: 15, band: "legend" },
] as const;

export type LevelBand = (typeof levelBands)[number]["band"];

export function levelBand(level: number): LevelBand {
  return levelBands.findLast((band) => level >= band.from)?.band ?? "sprout";
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Written here because no
 * installed package provides one and a dependency for twenty lines is not worth its upkeep; the
 * early exit keeps a pass over every place name within a few milliseconds.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Uint16Array.from({ length: b.length + 1 }, (_, column) => column);
  let current = new Uint16Array(b.length + 1);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let rowBest = row;
    for (let column = 1; column <= b.length; column++) {
      const substitution = (previous[column - 1] ?? 0) + (a[row - 1] === b[column - 1] ? 0 : 1);
      const cost = Math.min(substitution, (previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1);
      current[column] = cost;
      if (cost < rowBest) rowBest = cost;
    }
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

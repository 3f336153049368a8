import { disassemble } from "es-hangul";
import { editDistance } from "./edit-distance.js";
import { byPreference, lookupIndex, type Spelling } from "./lookup-index.js";
import { compact } from "./normalize.js";

interface Probe {
  /** The query in the form it is compared in: jamo for Hangul, letters for Latin. */
  text: string;
  /** Added to the distance, for probes that guessed at what the person meant. */
  penalty: number;
}

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/u;
const HANGUL_SYLLABLE = /[가-힣]$/u;
/** A typed start this long is taken as the beginning of a name ("서울특" → 서울특별시). */
const MIN_PREFIX_JAMO = 4;

/**
 * Labels of the places closest to a name that did not resolve, best first. Hangul is compared
 * letter by letter (jamo), so "마포꾸" is one slip from 마포구; a query of initial consonants only
 * ("ㄱㄴㄱ") matches names that start with them.
 */
export function suggestPlaces(query: string, limit = 3): string[] {
  const text = compact(query);
  if (text === "" || limit <= 0) return [];
  const { places } = lookupIndex();
  const score = CHOSEONG_ONLY.test(text) ? choseongScorer(text) : spellingScorer(probesFor(text));
  return places
    .map((place) => ({ place, distance: closest(place.spellings, score) }))
    .filter(({ distance }) => Number.isFinite(distance))
    .sort((a, b) => a.distance - b.distance || byPreference(a.place, b.place))
    .slice(0, limit)
    .map(({ place }) => place.label);
}

function closest<T>(items: readonly T[], distanceOf: (item: T) => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const item of items) best = Math.min(best, distanceOf(item));
  return best;
}

function choseongScorer(initials: string) {
  return (spelling: Spelling) =>
    spelling.choseong.startsWith(initials)
      ? spelling.choseong.length - initials.length
      : Number.POSITIVE_INFINITY;
}

/** A mistyped last syllable is usually the kind word ("강남억" for 강남역), so it is also tried without. */
function probesFor(text: string): Probe[] {
  const probes = [{ text: disassemble(text), penalty: 0 }];
  if (text.length > 2 && HANGUL_SYLLABLE.test(text))
    probes.push({ text: disassemble(text.slice(0, -1)), penalty: 1 });
  return probes;
}

function spellingScorer(probes: Probe[]) {
  return (spelling: Spelling) => closest(probes, (probe) => distanceTo(probe, spelling.jamo));
}

function distanceTo(probe: Probe, jamo: string): number {
  if (probe.penalty === 0 && probe.text.length >= MIN_PREFIX_JAMO && jamo.startsWith(probe.text)) return 0.5;
  const limit = Math.max(1, Math.floor(probe.text.length / 4));
  const distance = editDistance(probe.text, jamo, limit);
  return distance > limit ? Number.POSITIVE_INFINITY : distance + probe.penalty;
}

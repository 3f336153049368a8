import { disassemble } from "es-hangul";
import { metresBetween } from "../cells.js";
import { editDistance } from "./edit-distance.js";
import type { PlaceKind } from "./entry.js";
import { byPreference, type IndexedPlace, lookupIndex, type Spelling } from "./lookup-index.js";
import { bestMatch } from "./match.js";
import { compact, fitsKindWord, nameHead, parseQuery, splitKoreanSuffix, type Term } from "./normalize.js";

interface Probe {
  /** The query, or the part of it the probe keeps, as typed. */
  text: string;
  /** The same in the form it is compared in: jamo for Hangul, letters for Latin. */
  jamo: string;
  head: string;
  /** A stem the probe cut off a kind word, so only names written without theirs compare with it. */
  bare: boolean;
  /** Added to the distance for what the probe guessed: a dropped syllable, a kind word that does not fit. */
  penaltyFor: (place: IndexedPlace) => number;
}

interface Scored {
  place: IndexedPlace;
  distance: number;
}

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/u;
const HANGUL_SYLLABLE = /[가-힣]$/u;
/** A typed start this long is taken as the beginning of a name ("서울특" → 서울특별시). */
const MIN_PREFIX_JAMO = 4;
/** How far from a place given as context ("마포구 …") a suggestion may lie and still be near it. */
const NEAR_CONTEXT_METRES = 15_000;
/** A context small enough to offer instead of the place inside it it could not find. */
const OFFERED_CONTEXT_KINDS: ReadonlySet<PlaceKind> = new Set(["district", "town"]);
const HANGUL_START = /^[가-힣]/u;

/**
 * Labels of the places closest to a name that did not resolve, best first, and none that are not
 * close. Hangul is compared letter by letter (jamo), so "마포꾸" is one slip from 마포구; a name's
 * kind word is set apart ("강남역" is 강남 + 역, near 강남구); a query of initial consonants only
 * ("ㄱㄴㄱ") matches names that start with them. Words before the name ("마포구 망원동") keep the
 * suggestions near the place they name, and offer that place when nothing in it is close.
 */
export function suggestPlaces(query: string, limit = 3): string[] {
  if (limit <= 0) return [];
  const parsed = parseQuery(query);
  if (!parsed) return [];
  const around = parsed.context.length > 0 ? bestMatch(parsed.context.map(spelled).join(" ")) : undefined;
  if (!around)
    return nearInSpelling(compact(query))
      .slice(0, limit)
      .map(({ place }) => place.label);
  const inside = nearInSpelling(spelled(parsed.target))
    .filter(({ place }) => place !== around && isNear(place, around))
    .sort((a, b) => metresBetween(a.place, around) - metresBetween(b.place, around))
    .map(({ place }) => place.label);
  const offered = OFFERED_CONTEXT_KINDS.has(around.kind) ? [around.label] : [];
  return [...inside.slice(0, limit - offered.length), ...offered].slice(0, limit);
}

function spelled(term: Term): string {
  return term.stem + term.suffix;
}

function isNear(place: IndexedPlace, around: IndexedPlace): boolean {
  return place.ancestors.includes(around.index) || metresBetween(place, around) <= NEAR_CONTEXT_METRES;
}

/** Places whose names are a slip or two from the text, keeping only the closest tier of them. */
function nearInSpelling(text: string): Scored[] {
  if (text === "") return [];
  const choseongOnly = CHOSEONG_ONLY.test(text);
  const score = choseongOnly ? choseongScorer(text) : spellingScorer(probesFor(text));
  const scored = lookupIndex()
    .places.map((place) => ({
      place,
      distance: closest(place.spellings, (spelling) => score(place, spelling)),
    }))
    .filter(({ distance }) => Number.isFinite(distance))
    .sort((a, b) => a.distance - b.distance || byPreference(a.place, b.place));
  // Initials only say how a name starts, so every name that starts so is as close as the next.
  if (choseongOnly) return scored;
  const best = scored[0]?.distance ?? 0;
  return scored.filter(({ distance }) => distance < best + 1);
}

function closest<T>(items: readonly T[], distanceOf: (item: T) => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const item of items) best = Math.min(best, distanceOf(item));
  return best;
}

function choseongScorer(initials: string) {
  return (_place: IndexedPlace, spelling: Spelling) =>
    spelling.choseong.startsWith(initials)
      ? spelling.choseong.length - initials.length
      : Number.POSITIVE_INFINITY;
}

/**
 * The query as typed, and its stem: without the kind word it ends with ("강남역" → 강남), or else
 * without its last syllable, which is usually a mistyped kind word ("강남억" for 강남역).
 */
function probesFor(text: string): Probe[] {
  const probe = (kept: string, bare: boolean, penaltyFor: Probe["penaltyFor"]) => ({
    text: kept,
    jamo: disassemble(kept),
    head: nameHead(kept),
    bare,
    penaltyFor,
  });
  const probes = [probe(text, false, () => 0)];
  const kindWord = splitKoreanSuffix(text);
  if (kindWord) {
    probes.push(probe(kindWord.stem, true, (place) => kindWordPenalty(place, kindWord.suffix)));
  } else if (text.length > 2 && HANGUL_SYLLABLE.test(text)) {
    probes.push(probe(text.slice(0, -1), true, () => 1));
  }
  return probes;
}

/**
 * A 동 or station is often named for the district it lies in (강남역 in 강남구), so a larger place of
 * that name is one step off; a town of that name is another place ("성수동" is not 임실군 성수면).
 */
function kindWordPenalty(place: IndexedPlace, kindWord: string): number {
  if (fitsKindWord(place, kindWord)) return 0;
  return place.kind === "town" ? Number.POSITIVE_INFINITY : 1;
}

/** A probe that guessed at the kind word must then find the stem as typed: one guess, not two slips. */
function spellingScorer(probes: Probe[]) {
  return (place: IndexedPlace, spelling: Spelling) =>
    closest(probes, (probe) => {
      const penalty = probe.penaltyFor(place);
      const distance = distanceTo(probe, spelling);
      return penalty > 0 && distance > 0 ? Number.POSITIVE_INFINITY : distance + penalty;
    });
}

/**
 * A name that starts differently is another name to a reader ("망원" is not "강원", "연남" not "안남",
 * though one letter apart), and so is one with a syllable more or less ("이태원" is not "이원"): only
 * names with the same first syllable, and in Hangul as many syllables, are measured.
 */
function distanceTo(probe: Probe, spelling: Spelling): number {
  if (probe.bare && !spelling.bare) return Number.POSITIVE_INFINITY;
  if (probe.head !== spelling.head) return Number.POSITIVE_INFINITY;
  if (!probe.bare && probe.jamo.length >= MIN_PREFIX_JAMO && spelling.jamo.startsWith(probe.jamo)) return 0.5;
  if (HANGUL_START.test(probe.text) && probe.text.length !== spelling.text.length)
    return Number.POSITIVE_INFINITY;
  const limit = Math.max(1, Math.floor(probe.jamo.length / 4));
  const distance = editDistance(probe.jamo, spelling.jamo, limit);
  return distance > limit ? Number.POSITIVE_INFINITY : distance;
}

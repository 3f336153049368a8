import { byPreference, type IndexedPlace, lookupIndex } from "./lookup-index.js";
import { compact, fitsKindWord, parseQuery, splitKoreanSuffix, type Term } from "./normalize.js";

interface Match {
  place: IndexedPlace;
  /** Named in full ("강남구") rather than recognised without its kind word ("강남"). */
  exact: boolean;
}

/**
 * The place a name means: "강남구", "강남", "Gangnam-gu", "서울시", "충북", "수원시 장안구". A shared name
 * ("중구") means the one in Seoul, else the larger place; words before the name ("부산 중구") say
 * which place it lies in.
 */
export function bestMatch(query: string): IndexedPlace | undefined {
  const parsed = parseQuery(query);
  if (!parsed) return undefined;
  const joined = parsed.context.length > 0 ? matchesFor({ stem: compact(query), suffix: "" }) : [];
  const matches =
    joined.length > 0
      ? joined
      : matchesFor(parsed.target).filter(({ place }) => parsed.context.every((term) => liesIn(place, term)));
  return matches.sort(byExactnessThenPreference)[0]?.place;
}

function matchesFor(term: Term): Match[] {
  const { exact, loose } = lookupIndex();
  const full = term.stem + term.suffix;
  const named = [
    ...(exact.get(full) ?? []).map((place) => ({ place, exact: true })),
    ...(loose.get(full) ?? []).map((place) => ({ place, exact: false })),
  ];
  const reading = term.suffix === "" ? splitKoreanSuffix(term.stem) : term;
  if (!reading) return named;
  const bare = (loose.get(reading.stem) ?? []).filter((place) => fitsKindWord(place, reading.suffix));
  return [...named, ...bare.map((place) => ({ place, exact: false }))];
}

function liesIn(place: IndexedPlace, term: Term): boolean {
  return matchesFor(term).some((container) => place.ancestors.includes(container.place.index));
}

/** A name typed in full beats one recognised without its kind word: "광주시" is 경기 광주시. */
function byExactnessThenPreference(a: Match, b: Match): number {
  return Number(b.exact) - Number(a.exact) || byPreference(a.place, b.place);
}

import { disassemble, getChoseong } from "es-hangul";
import { type GazetteerEntry, gazetteerDataSchema, placeKinds } from "./entry.js";
import data from "./gazetteer-data.json" with { type: "json" };
import { compact, nameHead, stripKindSuffix } from "./normalize.js";

/** Most people using honjok live in Seoul, so a name shared with a place elsewhere means Seoul's. */
const PREFERRED_PROVINCE = "서울특별시";

export interface IndexedPlace extends GazetteerEntry {
  index: number;
  /** Indexes of the places containing this one, nearest first. */
  ancestors: number[];
  inPreferredProvince: boolean;
  kindRank: number;
  spellings: Spelling[];
}

/** A way of writing a place's name, kept in the forms suggestions compare. */
export interface Spelling {
  text: string;
  jamo: string;
  choseong: string;
  /** How it starts, as nameHead reads it. */
  head: string;
  /** Written without its kind word ("강남" of 강남구, "gangnam"), so a typed stem can be set against it. */
  bare: boolean;
}

export interface LookupIndex {
  places: IndexedPlace[];
  /** Full names and labels: "강남구", "서울중구", "서울특별시". */
  exact: Map<string, IndexedPlace[]>;
  /** Names without their kind word and English names: "강남", "서울", "gangnam". */
  loose: Map<string, IndexedPlace[]>;
  /** Each place by the label it is shown with, which no other place shares. */
  byLabel: Map<string, IndexedPlace>;
}

let built: LookupIndex | undefined;

/** Built on first use rather than at import, so processes that never look up a place pay nothing. */
export function lookupIndex(): LookupIndex {
  built ??= buildIndex(gazetteerDataSchema.parse(data).places);
  return built;
}

function buildIndex(entries: GazetteerEntry[]): LookupIndex {
  const places = entries.map((entry, index) => indexPlace(entries, entry, index));
  const exact = new Map<string, IndexedPlace[]>();
  const loose = new Map<string, IndexedPlace[]>();
  for (const place of places) {
    for (const key of exactKeys(place)) addTo(exact, key, place);
    for (const key of looseKeys(place)) addTo(loose, key, place);
  }
  return { places, exact, loose, byLabel: new Map(places.map((place) => [place.label, place])) };
}

/** Seoul before elsewhere, then larger places before smaller, then the order of the data file. */
export function byPreference(a: IndexedPlace, b: IndexedPlace): number {
  return (
    Number(b.inPreferredProvince) - Number(a.inPreferredProvince) ||
    a.kindRank - b.kindRank ||
    a.index - b.index
  );
}

function indexPlace(entries: GazetteerEntry[], entry: GazetteerEntry, index: number): IndexedPlace {
  const ancestors = ancestorsOf(entries, entry);
  const top = entries[ancestors.at(-1) ?? index];
  return {
    ...entry,
    index,
    ancestors,
    inPreferredProvince: top?.name === PREFERRED_PROVINCE,
    kindRank: placeKinds.indexOf(entry.kind),
    spellings: spellingsOf(entry),
  };
}

function ancestorsOf(entries: GazetteerEntry[], entry: GazetteerEntry): number[] {
  const ancestors: number[] = [];
  for (let parent = entry.parent; parent !== null; parent = entries[parent]?.parent ?? null) {
    ancestors.push(parent);
  }
  return ancestors;
}

function hangulNames(entry: GazetteerEntry): string[] {
  return [entry.name, ...entry.aliases];
}

function exactKeys(entry: GazetteerEntry): string[] {
  const full = hangulNames(entry).filter((name) => stripKindSuffix(entry.kind, name) !== undefined);
  return unique([...full, entry.label].map(compact));
}

/** Bare names of one letter ("중" of 중구) would match too much, so they are left out. */
function looseKeys(entry: GazetteerEntry): string[] {
  const bare = hangulNames(entry).map((name) => stripKindSuffix(entry.kind, name) ?? name);
  const keys = [...bare.filter((name) => name.length > 1), ...entry.en].map(compact);
  return unique(keys.filter((key) => key.length > 0));
}

function spellingsOf(entry: GazetteerEntry): Spelling[] {
  const spelling = (bare: boolean) => (text: string) => ({
    text,
    jamo: disassemble(text),
    choseong: getChoseong(text),
    head: nameHead(text),
    bare,
  });
  return [...exactKeys(entry).map(spelling(false)), ...looseKeys(entry).map(spelling(true))];
}

function addTo(map: Map<string, IndexedPlace[]>, key: string, place: IndexedPlace) {
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

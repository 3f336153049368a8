import { lookupIndex } from "./places/lookup-index.js";
import { compact } from "./places/normalize.js";

const CAPITALISED = /^\p{Lu}/u;

/**
 * The English name of the gazetteer place labelled `label` ("서울특별시" → "Seoul"), where the
 * gazetteer has one; undefined for any other label (a venue someone typed, a district the
 * gazetteer names in Korean only). A place keeps its Korean label wherever it is stored, so an
 * English reply looks the name up when it is shown.
 *
 * The gazetteer's English spellings are search keys, mostly romanised in lower case ("mapogu");
 * the capitalised one is GeoNames' own name of the place, the one to show.
 */
export function englishPlaceName(label: string): string | undefined {
  const named = lookupIndex()
    .exact.get(compact(label))
    ?.find((place) => place.label === label);
  return named?.en.find((name) => CAPITALISED.test(name));
}

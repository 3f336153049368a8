import type { Place } from "../place.js";
import { precisionByKind } from "./entry.js";
import { lookupIndex } from "./lookup-index.js";
import { bestMatch } from "./match.js";

export { suggestPlaces } from "./suggest.js";

/**
 * The place a person means by a name typed instead of coordinates: "강남구", "강남", "Gangnam-gu",
 * "서울시", "충북", "수원시 장안구". A shared name ("중구") means the one in Seoul, else the larger
 * place; words before the name ("부산 중구") say which place it lies in.
 */
export function resolvePlace(query: string): Place | undefined {
  const place = bestMatch(query);
  return (
    place && { lat: place.lat, lng: place.lng, label: place.label, precision: precisionByKind[place.kind] }
  );
}

/**
 * What an English reply calls a place the gazetteer labelled ("마포구" → "Mapo-gu", "부산 중구" →
 * "Jung-gu, Busan"); undefined for a label it did not give, such as one a person typed.
 */
export function englishPlaceLabel(label: string): string | undefined {
  return lookupIndex().byLabel.get(label)?.labelEn;
}

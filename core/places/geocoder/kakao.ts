import { z } from "zod";
import { type Found, type GeocodeProvider, getJson, shortLabel } from "./provider.js";

// Kakao Local (https://developers.kakao.com/docs/latest/ko/local/dev-guide): what Korean services
// use to find a place by the words people type. Keyword search knows landmarks, shops and
// stations ("망원한강공원"); address search knows road and lot addresses ("월드컵로 12길 34").

export interface KakaoOptions {
  /** The REST API key of the app (Kakao Developers → 앱 키). */
  apiKey: string;
  /** https://dapi.kakao.com, or a stand-in (KAKAO_API_ROOT). */
  apiRoot: string;
}

/** Kakao sends coordinates as decimal strings: x is the longitude, y the latitude (WGS84). */
const coordinate = z.string().trim().min(1).pipe(z.coerce.number());

const metaSchema = z.object({ total_count: z.number().int().min(0) });

const keywordAnswer = z.object({
  meta: metaSchema,
  documents: z.array(z.object({ place_name: z.string(), x: coordinate, y: coordinate })),
});

const region = z.object({ region_2depth_name: z.string(), region_3depth_name: z.string() }).nullish();

const addressAnswer = z.object({
  meta: metaSchema,
  documents: z.array(
    z.object({
      address_name: z.string(),
      x: coordinate,
      y: coordinate,
      address: region,
      road_address: region,
    }),
  ),
});

/** The documents, unless meta says there are none (Kakao may still send a stale page). */
function documentsOf<T>({ meta, documents }: { meta: { total_count: number }; documents: T[] }): T[] {
  return meta.total_count === 0 ? [] : documents;
}

/**
 * An address may be someone's home: it is labelled by its district and neighbourhood only
 * ("마포구 망원동"), never by its street and number.
 */
function areaOf(document: z.infer<typeof addressAnswer>["documents"][number]): string | undefined {
  const parts = document.address ?? document.road_address;
  if (!parts) return undefined;
  return shortLabel([parts.region_2depth_name, parts.region_3depth_name].filter(Boolean).join(" "));
}

export function kakaoProvider({ apiKey, apiRoot }: KakaoOptions): GeocodeProvider {
  const headers = { authorization: `KakaoAK ${apiKey}` };
  const search = async (path: string, words: string, signal: AbortSignal) => {
    const url = new URL(path, apiRoot);
    url.search = new URLSearchParams({ query: words, size: "1" }).toString();
    return getJson(url, headers, signal);
  };
  return {
    name: "kakao",
    async search(words, signal): Promise<Found | undefined> {
      const [place] = documentsOf(
        keywordAnswer.parse(await search("/v2/local/search/keyword.json", words, signal)),
      );
      if (place) return { lat: place.y, lng: place.x, label: shortLabel(place.place_name), kind: "poi" };
      const [address] = documentsOf(
        addressAnswer.parse(await search("/v2/local/search/address.json", words, signal)),
      );
      return address && { lat: address.y, lng: address.x, label: areaOf(address), kind: "address" };
    },
  };
}

import type { GeocoderOptions } from "../core/places/geocoder/geocoder.js";
import { kakaoProvider } from "../core/places/geocoder/kakao.js";
import { nominatimProvider } from "../core/places/geocoder/nominatim.js";
import type { BaseConfig } from "./config.js";

/** How the geocoder is set up, short of the database and the report the context adds. */
export type Geocoding = Pick<GeocoderOptions, "provider" | "timeoutMs" | "perSecond">;

/** Kakao when its key is set, else Nominatim when its server is, else none: the gazetteer alone. */
export function geocodingFrom(config: BaseConfig): Geocoding | undefined {
  const limits = { timeoutMs: config.GEOCODER_TIMEOUT_MS, perSecond: config.GEOCODER_PER_SECOND };
  if (config.KAKAO_REST_API_KEY) {
    return {
      provider: kakaoProvider({ apiKey: config.KAKAO_REST_API_KEY, apiRoot: config.KAKAO_API_ROOT }),
      ...limits,
    };
  }
  if (config.NOMINATIM_URL) {
    const userAgent = `honjok (+${config.PUBLIC_URL})`;
    return { provider: nominatimProvider({ url: config.NOMINATIM_URL, userAgent }), ...limits };
  }
  return undefined;
}

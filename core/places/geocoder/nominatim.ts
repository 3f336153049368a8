import { z } from "zod";
import { type Found, type GeocodeProvider, getJson, shortLabel } from "./provider.js";

// Nominatim (https://nominatim.org/release-docs/latest/api/Search/), for operators who host
// OpenStreetMap data themselves. Its usage policy asks every application to name itself in the
// User-Agent; the language of the answer is fixed (Korean names), never the person's.

export interface NominatimOptions {
  /** The server's base address (NOMINATIM_URL), e.g. http://nominatim.internal:8080. */
  url: string;
  /** Names honjok and where to reach its operator (PUBLIC_URL). */
  userAgent: string;
}

const resultSchema = z.object({
  lat: z.coerce.number(),
  lon: z.coerce.number(),
  name: z.string().nullish(),
  display_name: z.string(),
  address: z.record(z.string(), z.string()).optional(),
});

type Result = z.infer<typeof resultSchema>;

/** A result with a house number is a street address, which may be someone's home. */
function isAddress(result: Result): boolean {
  return result.address?.house_number !== undefined;
}

/** An address is labelled by its district and neighbourhood only, never by its street and number. */
function areaOf({ address = {} }: Result): string | undefined {
  const district = address.borough ?? address.city_district ?? address.county ?? address.city;
  const neighbourhood = address.quarter ?? address.suburb ?? address.neighbourhood;
  return shortLabel([district, neighbourhood].filter(Boolean).join(" "));
}

export function nominatimProvider({ url, userAgent }: NominatimOptions): GeocodeProvider {
  const base = url.endsWith("/") ? url : `${url}/`;
  return {
    name: "nominatim",
    async search(words, signal): Promise<Found | undefined> {
      const request = new URL("search", base);
      request.search = new URLSearchParams({
        q: words,
        format: "jsonv2",
        countrycodes: "kr",
        limit: "1",
        addressdetails: "1",
        "accept-language": "ko",
      }).toString();
      const [result] = z
        .array(resultSchema)
        .parse(await getJson(request, { "user-agent": userAgent }, signal));
      if (!result) return undefined;
      const point = { lat: result.lat, lng: result.lon };
      if (isAddress(result)) return { ...point, label: areaOf(result), kind: "address" };
      return { ...point, label: shortLabel(result.name ?? result.display_name.split(",")[0]), kind: "poi" };
    },
  };
}

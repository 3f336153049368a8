import { type FakeService, type ServedRequest, startFakeService } from "./server.js";

// A fake Nominatim (/search, format=jsonv2) answering as the real one does: an array of results
// with lat/lon as strings, addressdetails when asked, and 403 to a request without a User-Agent
// (its usage policy).

export interface NominatimResult {
  lat: string;
  lon: string;
  name: string;
  display_name: string;
  address: Record<string, string>;
}

export const nominatimPlaces: Record<string, NominatimResult> = {
  망원한강공원: {
    lat: "37.5551",
    lon: "126.896",
    name: "망원한강공원",
    display_name: "망원한강공원, 망원동, 마포구, 서울, 대한민국",
    address: { park: "망원한강공원", suburb: "망원동", borough: "마포구", city: "서울", country_code: "kr" },
  },
  "월드컵로 12길 34": {
    lat: "37.55731",
    lon: "126.90412",
    name: "",
    display_name: "34, 월드컵로12길, 망원동, 마포구, 서울, 대한민국",
    address: { house_number: "34", road: "월드컵로12길", suburb: "망원동", borough: "마포구", city: "서울" },
  },
};

function answer({ path, query, headers }: ServedRequest) {
  if (!headers["user-agent"]?.startsWith("honjok")) return { status: 403, body: { error: "Access blocked" } };
  if (path !== "/search") return { status: 404, body: { error: "unknown path" } };
  if (query.format !== "jsonv2" || query.countrycodes !== "kr")
    return { status: 400, body: { error: "bad query" } };
  const found = query.q ? nominatimPlaces[query.q] : undefined;
  const { address, ...result } = found ?? { address: {} };
  return {
    status: 200,
    body: found
      ? [
          {
            place_id: 1,
            category: "leisure",
            type: "park",
            ...result,
            ...(query.addressdetails === "1" ? { address } : {}),
          },
        ]
      : [],
  };
}

export function startFakeNominatim(): Promise<FakeService> {
  return startFakeService(answer);
}

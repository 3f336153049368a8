import { boundingBox, METRES_PER_DEGREE_LAT } from "../cells.js";
import { compatible } from "./grouping.js";
import { extraDistanceGuess } from "./ranking.js";
import type { CarpoolSettings } from "./settings.js";
import type { RideWish } from "./types.js";

// The open requests a matching worker holds in memory, rebuilt from Postgres on start. Requests
// come and go every second, which static indexes (kdbush, flatbush) cannot follow without a
// rebuild, so this is a plain grid that takes inserts and deletes: about 1 km cells by the half
// hour a window opens in. A search reads the cells within reach of its pickup, from the half hour
// in which the longest window held would have had to open to reach its own, up to its latest
// departure; a request is filed once, so memory stays proportional to the requests.

const CELL_LAT_DEG = 0.009;
/** About 1 km at Seoul's latitude; elsewhere the cells are merely less square. */
const CELL_LNG_DEG = 0.0113;
const LNG_COLUMNS = Math.ceil(360 / CELL_LNG_DEG);
const BUCKET_MS = 30 * 60_000;
/**
 * Half hours are kept modulo 512 (10.7 days) so that a cell and a half hour make one exact number
 * below 2^53. Requests that far apart may share a shelf; a search sets them apart by their
 * windows, which (checkWindow) are far shorter than that.
 */
const BUCKET_SLOTS = 512;

const rowOf = (lat: number) => Math.floor((lat + 90) / CELL_LAT_DEG);
const columnOf = (lng: number) => Math.floor((lng + 180) / CELL_LNG_DEG);
const bucketOf = (at: number) => Math.floor(at / BUCKET_MS);
const keyOf = (row: number, column: number, bucket: number) =>
  (row * LNG_COLUMNS + column) * BUCKET_SLOTS + (bucket & (BUCKET_SLOTS - 1));
const shelfKeyOf = (wish: RideWish) =>
  keyOf(rowOf(wish.origin.lat), columnOf(wish.origin.lng), bucketOf(wish.earliest));

/**
 * The requests whose pickup lies in one cell and whose window opens in one half hour, with each
 * one's pickup, drop-off and window copied beside it in one flat array of numbers. A search turns
 * most requests away, and ranks the rest, on those numbers alone: reaching for each request
 * object (scattered over the heap) cost a cache miss each, which dominated the search at 10^6.
 */
interface Shelf {
  wishes: RideWish[];
  /** Of wishes[i], from 6i: pickup lat and lng, drop-off lat and lng, earliest, latest. */
  numbers: number[];
  /** The longest window ever filed here: whether any request on the shelf may reach a search's. */
  longestMs: number;
}

const NUMBERS_PER_WISH = 6;
const FLAT_MAP_MARGIN = 1.01;
/** More than any search gathers (all requests within a kilometre and an overlapping window). */
const RANK_SLOTS = 2 ** 21;

export class OpenRequests {
  readonly #byId = new Map<string, RideWish>();
  readonly #shelves = new Map<number, Shelf>();
  /** The longest window held (or since the last clear): how far back a search must look. */
  #longestMs = 0;
  // Reused by every search, so that one allocates next to nothing and the collector (which
  // pauses for milliseconds with 10^6 requests held) seldom interrupts a match.
  readonly #near: RideWish[] = [];
  #ranks = new Float64Array(1024);

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): RideWish | undefined {
    return this.#byId.get(id);
  }

  waiting(): IterableIterator<RideWish> {
    return this.#byId.values();
  }

  /** Holds `wish` in place of an earlier version; false (and nothing changes) when a later one is held. */
  upsert(wish: RideWish): boolean {
    const held = this.#byId.get(wish.id);
    if (held && held.version > wish.version) return false;
    if (held) this.#unfile(held);
    this.#byId.set(wish.id, wish);
    const key = shelfKeyOf(wish);
    let shelf = this.#shelves.get(key);
    if (!shelf) {
      shelf = { wishes: [], numbers: [], longestMs: 0 };
      this.#shelves.set(key, shelf);
    }
    const { origin, destination, earliest, latest } = wish;
    shelf.wishes.push(wish);
    shelf.numbers.push(origin.lat, origin.lng, destination.lat, destination.lng, earliest, latest);
    shelf.longestMs = Math.max(shelf.longestMs, latest - earliest);
    this.#longestMs = Math.max(this.#longestMs, latest - earliest);
    return true;
  }

  remove(id: string): boolean {
    const held = this.#byId.get(id);
    if (!held) return false;
    this.#unfile(held);
    this.#byId.delete(id);
    return true;
  }

  clear(): void {
    this.#byId.clear();
    this.#shelves.clear();
    this.#longestMs = 0;
  }

  /**
   * The requests held that may share a taxi with `wish` (see `compatible`): all of them, or the
   * `limit` most promising by `extraDistanceGuess`, the order `bestGroupFor` plans them in. With
   * `CANDIDATES_PLANNED` as the limit, a crowded place costs no more than a quiet one.
   */
  candidatesFor(
    wish: RideWish,
    settings: Pick<CarpoolSettings, "originRadiusM">,
    limit = Number.POSITIVE_INFINITY,
  ): RideWish[] {
    const near = this.#near;
    const count = this.#collectNear(wish, settings);
    const found: RideWish[] = [];
    if (count > limit) {
      const ranks = this.#ranks.subarray(0, count).sort();
      for (let k = 0; k < count && found.length < limit; k++) {
        const other = near[(ranks[k] as number) % RANK_SLOTS] as RideWish;
        if (compatible(wish, other, settings)) found.push(other);
      }
    } else {
      for (const other of near) if (compatible(wish, other, settings)) found.push(other);
    }
    near.length = 0;
    return found;
  }

  /**
   * Gathers into #near the requests whose pickup is within reach and whose window overlaps
   * `wish`'s, and into #ranks each one's guessed extra distance in whole metres times RANK_SLOTS
   * plus its place in #near: a plain numeric sort of #ranks then orders them by promise.
   */
  #collectNear(wish: RideWish, settings: Pick<CarpoolSettings, "originRadiusM">): number {
    const { lat: originLat, lng: originLng } = wish.origin;
    const box = boundingBox(originLat, originLng, settings.originRadiusM);
    // Distances on a flat map around the pickup, a hair generous: `compatible` measures exactly.
    const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((originLat * Math.PI) / 180);
    const reachSquared = (settings.originRadiusM * FLAT_MAP_MARGIN) ** 2;
    const guess = extraDistanceGuess(wish);
    const first = bucketOf(wish.earliest - this.#longestMs);
    const last = bucketOf(wish.latest);
    const near = this.#near;
    for (let row = rowOf(box.minLat); row <= rowOf(box.maxLat); row++) {
      for (let column = columnOf(box.minLng); column <= columnOf(box.maxLng); column++) {
        for (let bucket = first; bucket <= last; bucket++) {
          const shelf = this.#shelves.get(keyOf(row, column, bucket));
          // Every window on the shelf opened in this half hour, so none outlasts its end by more
          // than the shelf's longest window: the whole shelf may have closed before `wish` opens.
          if (!shelf || (bucket + 1) * BUCKET_MS + shelf.longestMs < wish.earliest) continue;
          const { wishes, numbers } = shelf;
          for (let i = 0, at = 0; i < wishes.length; i++, at += NUMBERS_PER_WISH) {
            const lat = numbers[at] as number;
            const lng = numbers[at + 1] as number;
            const northM = (lat - originLat) * METRES_PER_DEGREE_LAT;
            const eastM = (lng - originLng) * metresPerDegreeLng;
            if (northM * northM + eastM * eastM > reachSquared) continue;
            const earliest = numbers[at + 4] as number;
            if (earliest > wish.latest || (numbers[at + 5] as number) < wish.earliest) continue;
            const guessM = guess(lat, lng, numbers[at + 2] as number, numbers[at + 3] as number);
            this.#rank(near.length, guessM);
            near.push(wishes[i] as RideWish);
          }
        }
      }
    }
    return near.length;
  }

  #rank(place: number, guessM: number): void {
    if (place >= this.#ranks.length) {
      const grown = new Float64Array(this.#ranks.length * 2);
      grown.set(this.#ranks);
      this.#ranks = grown;
    }
    this.#ranks[place] = Math.max(0, Math.floor(guessM)) * RANK_SLOTS + place;
  }

  #unfile(wish: RideWish): void {
    const key = shelfKeyOf(wish);
    const { wishes, numbers } = this.#shelves.get(key) as Shelf;
    // Order on a shelf means nothing, so the last request fills the gap.
    const at = wishes.indexOf(wish);
    const lastAt = wishes.length - 1;
    wishes[at] = wishes[lastAt] as RideWish;
    wishes.pop();
    numbers.copyWithin(at * NUMBERS_PER_WISH, lastAt * NUMBERS_PER_WISH);
    numbers.length = lastAt * NUMBERS_PER_WISH;
    if (lastAt === 0) this.#shelves.delete(key);
  }
}

// Shared by the market, relay and tips integration tests: people, items and places to start from.
import { destination, point } from "@turf/turf";
import type { Database } from "../db/client.js";
import { AppError } from "../errors.js";
import { registerAccount } from "../identity/mutations.js";
import { createDraft, publishItem } from "./items/mutations.js";
import type { ItemInput } from "./schema.js";

export const sillim = { lat: 37.4841, lng: 126.9297 };
export const gangnam = { lat: 37.4979, lng: 127.0276 };

export interface Point {
  lat: number;
  lng: number;
}

/** The point `metres` from `from` towards `bearing` (degrees from north). */
export function near(from: Point, metres: number, bearing = 45): Point {
  const [lng, lat] = destination(point([from.lng, from.lat]), metres, bearing, { units: "meters" }).geometry
    .coordinates as [number, number];
  return { lat, lng };
}

let nextExternalId = 1;

/** A new Telegram person; `handle` is their public username, shared only when they agree. */
export async function person(db: Database, displayName = "이웃", handle?: string): Promise<string> {
  const externalId = String(nextExternalId++);
  const profile = await registerAccount(db, {
    platform: "telegram",
    externalId,
    chatId: externalId,
    displayName,
    ...(handle ? { handle } : {}),
  });
  return profile.userId;
}

export function itemInput(changes: Partial<ItemInput> & { at?: Point } = {}): ItemInput {
  const { at = sillim, ...rest } = changes;
  return {
    title: "원목의자",
    description: "이사 가서 팝니다",
    price: 10_000,
    category: "furniture",
    condition: "good",
    photos: [],
    place: { ...at, precision: 0 },
    ...rest,
  };
}

/** A published item, bumped (so sorted) at `now`. */
export async function listedItem(
  db: Database,
  sellerId: string,
  changes: Parameters<typeof itemInput>[0] = {},
  now = new Date(),
): Promise<string> {
  const itemId = await createDraft(db, sellerId, itemInput(changes), now);
  await publishItem(db, itemId, sellerId, now);
  return itemId;
}

/** The AppError code a call fails with, undefined when it succeeds. */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

/** The outbox rows waiting for one person, oldest first. */
export function outboxOf(db: Database, userId: string, messageKey?: string) {
  return db.notification.findMany({
    where: { userId, ...(messageKey ? { messageKey } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

import type { Database } from "../db/client.js";
import { registerAccount } from "./mutations.js";
import type { Platform } from "./types.js";

let nextId = 1;

/** A new person on `platform`, introduced as their messenger would: an account id of their own. */
export async function newPerson(db: Database, platform: Platform = "telegram") {
  const externalId = String(nextId++);
  const profile = await registerAccount(db, { platform, externalId, chatId: externalId });
  return { platform, externalId, userId: profile.userId };
}

import type { Database } from "../../core/db/client.js";
import { expireItems, remindExpiry } from "../../core/market/items/mutations.js";
import { findItemsToRemind } from "../../core/market/items/queries.js";

/** Reminders start days ahead, so items beyond one batch only wait for the next run. */
const REMINDER_BATCH = 1000;

async function sendExpiryReminders(db: Database, now: Date): Promise<number> {
  let sent = 0;
  // A short transaction per item: each claims its own row, so a run on another worker skips it.
  for (const itemId of await findItemsToRemind(db, now, REMINDER_BATCH)) {
    if (await remindExpiry(db, itemId, now)) sent += 1;
  }
  return sent;
}

/** Warns sellers whose listings end soon, then takes ended listings off the market. */
export async function runExpiry(db: Database, now = new Date()) {
  const reminded = await sendExpiryReminders(db, now);
  const expired = await expireItems(db, now);
  return { reminded, expired };
}

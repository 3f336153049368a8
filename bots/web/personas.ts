import { randomUUID } from "node:crypto";
import type { Database } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { registerAccount } from "../../core/identity/mutations.js";
import { findProfileByAccount, type PersonaSummary } from "../../core/identity/queries.js";
import type { Language, Profile } from "../../core/identity/types.js";
import { personaIdSchema } from "./schema.js";

// A persona is a web account: its id is the account's externalId (a UUID the playground made)
// and core makes every web account a playground User, apart from real people.

/** The web account's profile; any id that is not an existing web persona is simply not found. */
export async function findPersona(db: Database, id: string): Promise<Profile> {
  if (!personaIdSchema.safeParse(id).success) throw new AppError("not-found");
  const profile = await findProfileByAccount(db, { platform: "web", externalId: id });
  // Core never lets a web account join a real person; checked again so that can never leak here.
  if (!profile?.playground) throw new AppError("not-found");
  return profile;
}

export async function createPersona(
  db: Database,
  { name, language, verified }: { name: string; language: Language; verified: boolean },
): Promise<PersonaSummary> {
  const id = randomUUID();
  const profile = await registerAccount(db, {
    platform: "web",
    externalId: id,
    chatId: id,
    displayName: name,
    language,
    unverifiedPersona: !verified,
  });
  return { id, displayName: profile.displayName, language: profile.language };
}

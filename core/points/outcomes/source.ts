import type { Database } from "../../db/client.js";
import type { EarningKind } from "../settings.js";
import type { CreditInput } from "../types.js";

/**
 * Where one kind of earning comes from: the outcomes since a moment whose earners have no ledger
 * entry for them yet. The points scan credits what a source returns, so a cause is paid however
 * late its worker ran, and once (creditPoints is idempotent by cause).
 */
export interface OutcomeSource {
  kind: EarningKind;
  outstanding(db: Database, since: Date, limit: number): Promise<CreditInput[]>;
  /** Entries of the kind whose cause was undone since then, each with the reason ("no-show:<id>"). */
  undone?(db: Database, since: Date, limit: number): Promise<{ entryId: string; reason: string }[]>;
}

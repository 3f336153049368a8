import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { takeTurns } from "../../db/turns.js";
import { AppError } from "../../errors.js";
import { refuseOtherWorld } from "../queries.js";
import { REPORTS_TO_HIDE, statusColumns } from "../rules.js";
import type { ReportReason } from "../types.js";

/** One report per person; the third person's report hides the item until someone reviews it. */
export async function reportItem(
  db: Database,
  itemId: string,
  reporterId: string,
  reason: ReportReason,
  now = new Date(),
): Promise<{ hidden: boolean }> {
  return db.$transaction(async (tx) => {
    // Reports at the same moment would each count too few to hide the item.
    await takeTurns(tx, { itemId });
    const item = await tx.item.findUnique({ where: { id: itemId } });
    if (!item || item.status === "draft") throw new AppError("not-found");
    await refuseOtherWorld(tx, reporterId, item.playground);
    if (item.sellerId === reporterId) throw new AppError("own-item");
    try {
      await tx.itemReport.create({ data: { itemId, reporterId, reason } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("already-reported");
      throw error;
    }
    const reports = await tx.itemReport.count({ where: { itemId } });
    if (reports < REPORTS_TO_HIDE || item.hiddenAt) return { hidden: item.hiddenAt !== null };
    await tx.item.update({
      where: { id: itemId },
      data: { hiddenAt: now, ...statusColumns(item.status, now, now) },
    });
    return { hidden: true };
  });
}

import { z } from "zod";
import type { Button } from "../reply.js";
import { text } from "../reply.js";

/** A page number carried by a button; the first page when there is none. */
export const pageArgument = z.coerce.number().int().min(1).max(100).default(1);

/** One page of a list core returns whole (members, pickers): `size` items and whether more follow. */
export function pageOf<T>(items: T[], page: number, size: number): { items: T[]; hasMore: boolean } {
  const from = (page - 1) * size;
  return { items: items.slice(from, from + size), hasMore: items.length > from + size };
}

/**
 * Previous and next buttons as one row, or none. `actionFor` gives undefined for a page its
 * arguments do not fit a button for, which then goes without.
 */
export function pageButtons(
  page: number,
  hasMore: boolean,
  actionFor: (page: number) => string | undefined,
): Button[][] {
  const button = (labelKey: string, to: number): Button[] => {
    const action = actionFor(to);
    return action ? [{ label: text(labelKey), action }] : [];
  };
  const row = [
    ...(page > 1 ? button("button-previous", page - 1) : []),
    ...(hasMore ? button("button-next", page + 1) : []),
  ];
  return row.length ? [row] : [];
}

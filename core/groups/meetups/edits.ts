import type { z } from "zod";
import type { NotificationParams } from "../../notifications/types.js";
import type { meetupChangesSchema } from "./schema.js";
import type { VenueColumns } from "./venue.js";

const editableParts = ["title", "time", "place", "capacity", "cost"] as const;
type EditablePart = (typeof editableParts)[number];

interface Editable extends VenueColumns {
  title: string;
  startAt: Date;
  endAt: Date;
  capacity: number | null;
  costNote: string | null;
}

type ParsedChanges = z.output<typeof meetupChangesSchema>;

/** The parts an edit really changes: typing the same title again is no change to tell anyone of. */
export function changedParts(before: Editable, edit: ParsedChanges): EditablePart[] {
  const { times, place } = edit;
  const differs: Record<EditablePart, boolean> = {
    title: edit.title !== undefined && edit.title !== before.title,
    time:
      times !== undefined &&
      (times.startAt.getTime() !== before.startAt.getTime() ||
        times.endAt.getTime() !== before.endAt.getTime()),
    place:
      place !== undefined &&
      (place.lat !== before.placeLat ||
        place.lng !== before.placeLng ||
        (place.label ?? null) !== before.placeLabel),
    capacity: edit.capacity !== undefined && edit.capacity !== before.capacity,
    cost: edit.costNote !== undefined && edit.costNote !== before.costNote,
  };
  return editableParts.filter((part) => differs[part]);
}

/**
 * What the change notification marks and shows besides the meetup's time and venue: a `yes` or
 * `no` per part (`timeChanged`…), and the capacity and cost note as they now are (`none` without).
 */
export function changeParams(changed: EditablePart[], after: Editable): NotificationParams {
  const marks = Object.fromEntries(
    editableParts.map((part) => [`${part}Changed`, changed.includes(part) ? "yes" : "no"]),
  );
  return { ...marks, capacity: after.capacity ?? "none", cost: after.costNote ?? "none" };
}

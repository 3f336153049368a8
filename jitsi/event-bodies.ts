import { z } from "zod";
import type { OccupantStay } from "../core/workouts/presence/types.js";

// The JSON that jitsi-contrib's event_sync prosody module (mod_event_sync_component.lua) posts, as
// it writes it: times are its os.time(), whole seconds since 1970, as numbers; an occupant carries
// the token's context.user (name, email, id) and its connection's jid. Only the id is read: the
// name and e-mail address are dropped here, never stored or logged.

/** Far beyond any real time, but inside what a Date holds: a larger number is not a time. */
const LATEST_SECONDS = 1e11;

const deploymentTime = z
  .number()
  .min(0)
  .max(LATEST_SECONDS)
  .transform((seconds) => new Date(seconds * 1000));

/** The seat a token named (context.user.id); anything else, or nothing (no token), names none. */
const seatId = z
  .unknown()
  .optional()
  .transform((id) => (typeof id === "string" && id.length > 0 && id.length <= 64 ? id : undefined));

const occupantFields = {
  occupant_jid: z.string().min(1).max(255),
  id: seatId,
  joined_at: deploymentTime,
};

const toStay = (occupant: {
  occupant_jid: string;
  id: string | undefined;
  joined_at: Date;
  left_at?: Date | undefined;
}): OccupantStay => ({
  occupantJid: occupant.occupant_jid,
  seatId: occupant.id,
  joinedAt: occupant.joined_at,
  leftAt: occupant.left_at,
});

const occupant = z.object({ ...occupantFields, left_at: deploymentTime.optional() }).transform(toStay);
const occupantWhoLeft = z.object({ ...occupantFields, left_at: deploymentTime }).transform(toStay);

/** Prosody's JSON encoder cannot tell an empty list from an empty object, and writes `{}`. */
const isEmptyObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

const occupantList = z.preprocess(
  (value) => (isEmptyObject(value) ? [] : value),
  z.array(occupant).max(10_000),
);

/** A breakout room's events name its main room in room_name, and say they are a breakout's. */
const roomFields = {
  room_name: z
    .string()
    .min(1)
    .max(64)
    .transform((name) => name.toLowerCase()),
  is_breakout: z.boolean().default(false),
};

export const eventBodies = {
  roomCreated: z.object({ ...roomFields, created_at: deploymentTime }),
  roomDestroyed: z.object({
    ...roomFields,
    created_at: deploymentTime,
    destroyed_at: deploymentTime,
    all_occupants: occupantList,
  }),
  occupantJoined: z.object({ ...roomFields, occupant }),
  occupantLeft: z.object({ ...roomFields, occupant: occupantWhoLeft }),
};

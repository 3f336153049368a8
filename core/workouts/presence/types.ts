// What the Jitsi deployment's event sync tells about a room, as core takes it: plain times (the
// deployment's own, in whole seconds) and the seat a token named, never a name or an address.

/** One run of the room on the deployment: created when the first person came, destroyed when it emptied. */
export interface RoomRun {
  createdAt: Date;
  destroyedAt?: Date | undefined;
}

/**
 * One stay of an occupant, identified by the occupant's connection (`occupantJid`) and when it
 * joined; `seatId` is the token's context.user.id, absent for anyone who came without a token.
 */
export interface OccupantStay {
  occupantJid: string;
  seatId: string | undefined;
  joinedAt: Date;
  leftAt?: Date | undefined;
}

/** What became of an event: taken (perhaps with an impossible time set right), or rightly ignored. */
export type EventOutcome =
  | { taken: true; adjusted?: "left-before-joined" }
  | { taken: false; ignored: "no-seat" | "room-settled" };

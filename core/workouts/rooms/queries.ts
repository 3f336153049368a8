import type { Database } from "../../db/client.js";
import { roomIsOver } from "./rules.js";

/** What a visitor of a room's page may be told about it: nothing but whether it still takes people. */
export type RoomState = "open" | "over" | "unknown";

export async function roomState(db: Database, name: string, now: Date): Promise<RoomState> {
  const room = await db.videoRoom.findUnique({
    where: { name },
    select: { opensAt: true, closesAt: true, endedAt: true, endedBy: true },
  });
  if (!room) return "unknown";
  return roomIsOver(room, now) ? "over" : "open";
}

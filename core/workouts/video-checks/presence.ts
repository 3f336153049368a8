import type { Prisma } from "../../db/client.js";
import { queueNotifications } from "../../notifications/mutations.js";

/**
 * For the room events (core/workouts/presence): a seat of a video check room came in or went out,
 * so the other of the two is told. Call it in the event's transaction, once when a stay is first
 * recorded ("joined") and once when it first gets its end ("left"), not for repeats; seats of any
 * other room are left alone.
 */
export async function tellVideoCheckPresence(
  tx: Prisma.TransactionClient,
  seatId: string,
  change: "joined" | "left",
): Promise<void> {
  const seat = await tx.roomParticipant.findUnique({
    where: { id: seatId },
    select: {
      userId: true,
      user: { select: { displayName: true } },
      room: { select: { purpose: true, participants: { select: { userId: true } } } },
    },
  });
  if (seat?.room.purpose !== "videoCheck") return;
  const others = seat.room.participants.filter((participant) => participant.userId !== seat.userId);
  await queueNotifications(
    tx,
    others.map(({ userId }) => ({
      userId,
      messageKey: change === "joined" ? "notify-video-check-joined" : "notify-video-check-left",
      params: { name: seat.user.displayName },
    })),
  );
}

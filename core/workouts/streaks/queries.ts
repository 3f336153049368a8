import type { Database, Prisma } from "../../db/client.js";
import { goalOf } from "../goal.js";
import type { WorkoutGoal } from "../types.js";
import type { AttendedSession } from "./types.js";

type Reader = Database | Prisma.TransactionClient;

const goalSelect = { goalPeriod: true, goalSessions: true, goalMinutes: true } as const;

export async function findGroupGoal(db: Reader, groupId: string): Promise<WorkoutGoal | undefined> {
  const group = await db.group.findUnique({ where: { id: groupId }, select: goalSelect });
  return group ? goalOf(group) : undefined;
}

/** Each of these people still in the group, with their time zone and the group's workouts they attended. */
export async function listMembersAttendance(
  db: Reader,
  groupId: string,
  userIds: string[],
): Promise<{ userId: string; timeZone: string; sessions: AttendedSession[] }[]> {
  const members = await db.groupMember.findMany({
    where: { groupId, userId: { in: userIds } },
    select: {
      user: {
        select: {
          id: true,
          timeZone: true,
          roomSeats: {
            where: { attended: true, room: { meetup: { groupId } } },
            select: { presentSeconds: true, room: { select: { meetup: { select: { startAt: true } } } } },
          },
        },
      },
    },
  });
  return members.map(({ user }) => ({
    userId: user.id,
    timeZone: user.timeZone,
    sessions: user.roomSeats.flatMap(({ presentSeconds, room }) =>
      room.meetup ? [{ startAt: room.meetup.startAt, presentSeconds: presentSeconds ?? 0 }] : [],
    ),
  }));
}

import type { Database } from "../../db/client.js";
import type { GroupRole } from "../roles.js";

let made = 0;

/**
 * A group with its members, written straight to the tables so the chat-link tests do not hang
 * on the group rules they are not about.
 */
export async function groupWithMembers(db: Database, members: [userId: string, role: GroupRole][]) {
  made++;
  const group = await db.group.create({
    data: {
      name: `풋살 모임 ${made}`,
      description: "",
      category: "sports",
      areaLat: 37.5,
      areaLng: 127,
      cell: 0,
      memberCount: members.length,
      searchText: "",
      searchChoseong: "",
      members: { create: members.map(([userId, role]) => ({ userId, role })) },
    },
  });
  return group.id;
}

/** A meetup of the group, `startInMin` minutes after `now`, lasting two hours. */
export async function meetupOf(db: Database, groupId: string, hostId: string, now: Date, startInMin: number) {
  const startAt = new Date(now.getTime() + startInMin * 60_000);
  const meetup = await db.meetup.create({
    data: {
      groupId,
      hostId,
      title: "일요일 풋살",
      startAt,
      endAt: new Date(startAt.getTime() + 2 * 3_600_000),
      placeLat: 37.55,
      placeLng: 126.97,
      placeLabel: "효창운동장",
      costNote: "구장비 5천원",
    },
  });
  return meetup.id;
}

// Shared by the groups integration tests: people around 신림 and the groups they run, made
// through the groups' own mutations as people would make them.
import type { Database } from "../db/client.js";
import { getProfile } from "../identity/queries.js";
import { newPerson } from "../identity/test-people.js";
import type { Profile } from "../identity/types.js";
import { person, sillim } from "../market/test-seed.js";
import { createGroup, decideJoinRequest, joinGroup } from "./mutations.js";
import type { GroupInput } from "./schema.js";

/** An open 풋살 group in 신림동: change what a test needs. */
export function groupInput(changes: Partial<GroupInput> = {}): GroupInput {
  return {
    name: "신림 풋살 모임",
    description: "주말 아침마다 공 차요. 초보 환영!",
    category: "sports",
    tags: ["풋살", "운동"],
    area: { ...sillim, label: "신림동", precision: 0 },
    joinPolicy: "open",
    ...changes,
  };
}

/** A new Telegram person with this name. */
export async function someone(db: Database, name: string): Promise<Profile> {
  return getProfile(db, await person(db, name));
}

/** A playground persona, who lives apart from real people. */
export async function persona(db: Database): Promise<Profile> {
  return getProfile(db, (await newPerson(db, "web")).userId);
}

export interface TestGroup {
  groupId: string;
  owner: Profile;
  members: Profile[];
}

/**
 * A group made by `owner` (a new person unless given), joined by a new person for each of
 * `members`; in a group that needs approval, the owner approves each of them.
 */
export async function createTestGroup(
  db: Database,
  options: { owner?: Profile; members?: string[]; input?: Partial<GroupInput>; now?: Date } = {},
): Promise<TestGroup> {
  const now = options.now ?? new Date();
  const owner = options.owner ?? (await someone(db, "모임장"));
  const groupId = await createGroup(db, owner, groupInput(options.input), now);
  const members: Profile[] = [];
  for (const name of options.members ?? []) {
    const member = await someone(db, name);
    const outcome = await joinGroup(db, member.userId, groupId, undefined, now);
    if (outcome === "requested") {
      const decision = { moderatorId: owner.userId, groupId, requesterId: member.userId, approve: true };
      await decideJoinRequest(db, decision, now);
    }
    members.push(member);
  }
  return { groupId, owner, members };
}

// Shared by the board's integration tests: a group whose members hear of posts in each way.
import type { Database } from "../../db/client.js";
import type { Profile } from "../../identity/types.js";
import { setModerator } from "../mutations.js";
import { createTestGroup, type TestGroup } from "../test-groups.js";
import { setPostNotice } from "./mutations.js";

export interface TestBoard extends TestGroup {
  moderator: Profile;
  /** Members who chose to hear of each post, a daily digest, and nothing. */
  each: Profile;
  digest: Profile;
  none: Profile;
}

/** A group of an owner, a moderator and three members who chose each, digest and none, at `now`. */
export async function createTestBoard(db: Database, now: Date): Promise<TestBoard> {
  const group = await createTestGroup(db, { members: ["운영진", "매번", "하루한번", "조용히"], now });
  const [moderator, each, digest, none] = group.members as [Profile, Profile, Profile, Profile];
  await setModerator(db, group.owner.userId, group.groupId, moderator.userId, true);
  await setPostNotice(db, digest.userId, group.groupId, "digest", now);
  await setPostNotice(db, none.userId, group.groupId, "none", now);
  return { ...group, moderator, each, digest, none };
}

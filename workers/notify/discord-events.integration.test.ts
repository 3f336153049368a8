import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkGroupChat } from "../../core/groups/chats/mutations.js";
import { groupWithMembers, meetupOf } from "../../core/groups/chats/test-linked-group.js";
import { getProfile } from "../../core/identity/queries.js";
import { newPerson } from "../../core/identity/test-people.js";
import { createTranslator } from "../../i18n/translator.js";
import { configuredScheduledEvents } from "../../runtime/workers.js";
import { startFakeDiscord } from "../../test/fake-discord/server.js";
import { testLogger } from "../../test/logger.js";
import { createTestDatabase, type TestDatabase } from "../../test/postgres.js";
import { type DiscordEventDeps, syncDiscordEvents } from "./discord-events.js";

let database: TestDatabase;
let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
let deps: DiscordEventDeps;

beforeAll(async () => {
  [database, discord] = await Promise.all([createTestDatabase(), startFakeDiscord()]);
  // The Discord client as the worker process is handed it, against the fake.
  const events = configuredScheduledEvents({ DISCORD_TOKEN: "token", DISCORD_API_ROOT: discord.apiRoot });
  if (!events) throw new Error("a Discord token configures scheduled events");
  deps = { db: database.db, events, translator: createTranslator(), logger: testLogger };
});
afterAll(async () => {
  await Promise.all([database?.drop(), discord?.close()]);
});

const now = new Date(Date.now() + 60_000);

async function linkedMeetup(guildId: string, startInMin = 24 * 60) {
  const { userId } = await newPerson(database.db, "discord");
  const owner = await getProfile(database.db, userId);
  const groupId = await groupWithMembers(database.db, [[userId, "owner"]]);
  const chat = {
    platform: "discord" as const,
    id: `chan-${guildId}`,
    kind: "group" as const,
    canManage: true,
  };
  await linkGroupChat(database.db, owner, groupId, { ...chat, guildId });
  return meetupOf(database.db, groupId, userId, now, startInMin);
}

const eventsOf = (guildId: string) => discord.events.filter((event) => event.guildId === guildId);

describe("syncing meetups to Discord scheduled events", () => {
  it("creates an external event with the venue, then follows an edit and a cancellation", async () => {
    const meetupId = await linkedMeetup("g1");
    await syncDiscordEvents(deps, now);

    expect(eventsOf("g1")).toEqual([
      expect.objectContaining({
        name: "일요일 풋살",
        entity_type: 3,
        privacy_level: 2,
        entity_metadata: { location: "효창운동장" },
        status: 1,
      }),
    ]);
    expect(eventsOf("g1")[0]?.description).toContain("구장비 5천원");
    expect(await syncDiscordEvents(deps, now)).toBe(0);

    await database.db.meetup.update({ where: { id: meetupId }, data: { title: "토요일 풋살", version: 2 } });
    expect(await syncDiscordEvents(deps, now)).toBe(1);
    expect(eventsOf("g1").map((event) => event.name)).toEqual(["토요일 풋살"]);

    await database.db.meetup.update({ where: { id: meetupId }, data: { status: "cancelled", version: 3 } });
    await syncDiscordEvents(deps, now);
    expect(eventsOf("g1").map((event) => event.status)).toEqual([4]);
  });

  it("shows a workout's video room as the location, never a venue or a link", async () => {
    const meetupId = await linkedMeetup("g6");
    await database.db.meetup.update({ where: { id: meetupId }, data: { workoutKind: "yoga" } });
    await syncDiscordEvents(deps, now);
    const [event] = eventsOf("g6");
    expect(event?.entity_metadata).toEqual({
      location: deps.translator.translate("ko", "discord-event-location-video-room"),
    });
    expect(JSON.stringify(event)).not.toMatch(/jwt|효창운동장/u);
  });

  it("adopts the event a lost answer left behind instead of making a second one", async () => {
    const meetupId = await linkedMeetup("g2");
    await syncDiscordEvents(deps, now);
    // As if the process died after Discord made the event and before the database recorded it.
    await database.db.discordEvent.deleteMany({ where: { meetupId } });
    await syncDiscordEvents(deps, now);

    expect(eventsOf("g2")).toHaveLength(1);
    expect((await database.db.discordEvent.findFirstOrThrow({ where: { meetupId } })).eventId).toBe(
      eventsOf("g2")[0]?.id,
    );
  });

  it("records a server that refuses for good as done, so it is not asked again for that version", async () => {
    // The fake answers 404 for an event it does not know: Discord's answer once an event is deleted there.
    const meetupId = await linkedMeetup("g3");
    await syncDiscordEvents(deps, now);
    discord.events.splice(
      discord.events.findIndex((event) => event.guildId === "g3"),
      1,
    );
    await database.db.meetup.update({ where: { id: meetupId }, data: { title: "바뀐 제목", version: 2 } });

    expect(await syncDiscordEvents(deps, now)).toBe(0);
    expect((await database.db.discordEvent.findFirstOrThrow({ where: { meetupId } })).version).toBe(2);
  });

  it("goes on to the other servers when one fails for a while, and catches that one up later", async () => {
    discord.failingGuilds.add("g4");
    // The failing server's meetup is the sooner one, so the pass meets it first.
    await linkedMeetup("g4", 23 * 60);
    await linkedMeetup("g5");
    await syncDiscordEvents(deps, now);
    expect([eventsOf("g4").length, eventsOf("g5").length]).toEqual([0, 1]);

    discord.failingGuilds.delete("g4");
    await syncDiscordEvents(deps, now);
    expect(eventsOf("g4")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import { setGroupGoal } from "../../core/workouts/mutations.js";
import { recomputeGroupStreaks } from "../../core/workouts/streaks/mutations.js";
import { attendedWorkout } from "../../core/workouts/streaks/test-streaks.js";
import { discordEndToEnd } from "../../test/fake-discord/end-to-end.js";
import { textOf } from "../../test/fake-discord/messages.js";
import { type Person, slashCommand } from "../../test/fake-discord/payloads.js";

// `/streak` on Discord: the words in the embed, the calendar uploaded with the answer as an
// attachment the embed shows, only to the person who asked.

const discord = discordEndToEnd();

const EPHEMERAL = 64;

const runner: Person = {
  id: "2400000000000000001",
  username: "runner",
  globalName: "Runner",
  locale: "en-US",
  where: "guild",
};

describe("/streak on Discord", () => {
  it("answers ephemerally with my streak in the embed and the calendar as its attached image", async () => {
    const payload = slashCommand(runner, "help");
    await discord().send(payload, 1);
    const profile = await discord().profileOf(runner);
    const groupId = await groupWith(discord().ctx.db, profile);
    await setGroupGoal(discord().ctx.db, profile.userId, groupId, {
      period: "day",
      sessions: 1,
      minutes: undefined,
    });
    await attendedWorkout(discord().ctx.db, {
      groupId,
      host: profile,
      startAt: new Date(Date.now() - 60 * 60_000),
      attendees: [{ userId: profile.userId }],
    });
    await recomputeGroupStreaks(discord().ctx.db, groupId);

    const command = slashCommand(runner, "streak");
    const answer = await discord().send(command, 1);
    expect((answer.callback.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const [message] = answer.messages;
    expect(textOf(message)).toContain("My streak: 1 day (best 1 day)");
    expect(JSON.stringify(message)).toContain("attachment://streak.png");
    const upload = discord().api.calls.find(
      (call) => call.path.includes(`/${command.token}`) && call.files.length > 0,
    );
    const [file] = upload?.files ?? [];
    expect(file?.name).toBe("streak.png");
    expect(file?.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});

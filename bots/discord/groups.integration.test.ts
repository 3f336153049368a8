import { describe, expect, it } from "vitest";
import { createMeetup } from "../../core/groups/meetups/mutations.js";
import { createGroup } from "../../core/groups/mutations.js";
import { discordEndToEnd } from "../../test/fake-discord/end-to-end.js";
import { button, GUILD_CHANNEL_ID, GUILD_ID, textOf } from "../../test/fake-discord/messages.js";
import {
  buttonPress,
  MANAGE_CHANNELS,
  type Person,
  sentMessage,
  slashCommand,
} from "../../test/fake-discord/payloads.js";
import { t } from "../../test/korean.js";

// Hobby groups through Discord's own idioms: `/group …` and `/meetup …` slash commands, buttons
// on the replies, and a group linked to a server channel, against a local stand-in for Discord's
// REST API.

const discord = discordEndToEnd();

const host: Person = {
  id: "2200000000000000001",
  username: "host",
  globalName: "모임장",
  locale: "ko",
  where: "guild",
  permissions: MANAGE_CHANNELS,
};
const neighbour: Person = {
  id: "2200000000000000002",
  username: "neighbour",
  globalName: "이웃",
  locale: "ko",
  where: "dm",
};

describe("hobby groups on Discord", () => {
  let groupId: string;

  it("lists my groups with /group mine, and links one to the server channel with /group link", async () => {
    const mine = await discord().send(slashCommand(host, "group", {}, "mine"), 1);
    expect(textOf(mine.messages[0])).toBe(t("mygroups-list-empty"));
    const owner = await discord().profileOf(host);
    groupId = await createGroup(discord().ctx.db, owner, {
      name: "망원 러닝 크루",
      description: "주말 아침 한강 러닝",
      category: "sports",
      tags: ["러닝"],
      area: { lat: 37.5556, lng: 126.8956, label: "망원동", precision: 0 },
      joinPolicy: "open",
    });

    const picker = await discord().send(slashCommand(host, "group", {}, "link"), 1);
    expect(textOf(picker.messages[0])).toBe(t("group-link-pick"));
    const pick = button(picker.messages[0], "망원 러닝 크루");
    const linked = await discord().send(
      buttonPress(host, pick.custom_id, sentMessage(picker.messages[0])),
      1,
    );
    expect(textOf(linked.messages[0])).toContain("망원 러닝 크루");
    expect(await discord().ctx.db.groupChat.findFirst({ where: { groupId } })).toMatchObject({
      platform: "discord",
      chatId: GUILD_CHANNEL_ID,
      guildId: GUILD_ID,
    });
  });

  it("finds the group with /group list, joins it, and answers a meetup's notification in one tap", async () => {
    const found = await discord().send(
      slashCommand(neighbour, "group", { query: "러닝", place: "마포구" }, "list"),
      1,
    );
    const open = button(found.messages[0], t("button-group-number", { n: 1 }));
    const card = await discord().send(
      buttonPress(neighbour, open.custom_id, sentMessage(found.messages[0])),
      1,
    );
    const join = button(card.messages[0], t("button-group-join"));
    const joined = await discord().send(
      buttonPress(neighbour, join.custom_id, sentMessage(card.messages[0])),
      2,
    );
    expect(textOf(joined.messages[0])).toBe(t("group-joined"));

    const startAt = new Date(Date.now() + 2 * 24 * 3_600_000);
    await createMeetup(discord().ctx.db, await discord().profileOf(host), {
      groupId,
      title: "한강 저녁 러닝",
      startAt,
      endAt: new Date(startAt.getTime() + 2 * 3_600_000),
      place: { lat: 37.5556, lng: 126.8956, label: "망원한강공원", precision: 0 },
      capacity: 10,
    });
    const listed = await discord().send(slashCommand(neighbour, "meetup", {}, "list"), 1);
    expect(textOf(listed.messages[0])).toContain("한강 저녁 러닝");

    const member = await discord().profileOf(neighbour);
    const notice = await discord().ctx.db.notification.findFirstOrThrow({
      where: { userId: member.userId, messageKey: "notify-meetup-new" },
    });
    const going = (notice.buttons as { label: { key: string }; action: string }[][])
      .flat()
      .find((candidate) => candidate.label.key === "button-rsvp-going");
    if (!going) throw new Error("the notification has no going button");
    const answered = await discord().send(buttonPress(neighbour, going.action), 1);
    expect(textOf(answered.messages[0])).toContain(t("rsvp-going", { title: "한강 저녁 러닝" }).slice(0, 12));
    expect(await discord().ctx.db.rsvp.count({ where: { userId: member.userId, status: "going" } })).toBe(1);
  });
});

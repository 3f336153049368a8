import { describe, expect, it } from "vitest";
import { groupWith } from "../../core/groups/meetups/test-meetups.js";
import type { NotificationButton } from "../../core/notifications/types.js";
import { discordEndToEnd } from "../../test/fake-discord/end-to-end.js";
import { button, buttonsOf, textOf } from "../../test/fake-discord/messages.js";
import {
  buttonPress,
  MANAGE_CHANNELS,
  modalSubmit,
  type Person,
  sentMessage,
  slashCommand,
} from "../../test/fake-discord/payloads.js";
import { t } from "../../test/korean.js";
import { passInTestLink } from "../../test/room-links.js";

// Workouts through Discord's idioms: `/workout plan` as a subcommand, the kind as buttons, the
// typed questions in one modal; a member's Join, pressed in a server channel, answers ephemerally
// with a link button carrying their own seat.

const discord = discordEndToEnd();

const EPHEMERAL = 64;
/** Discord's style for a button that opens an address. */
const LINK_STYLE = 5;

const coach: Person = {
  id: "2300000000000000001",
  username: "coach",
  globalName: "코치",
  locale: "ko",
  where: "guild",
  permissions: MANAGE_CHANNELS,
};
const member: Person = {
  id: "2300000000000000002",
  username: "member",
  globalName: "회원",
  locale: "ko",
  where: "guild",
};

describe("workouts on Discord", () => {
  it("/workout plan → kind → one modal; a member's Join in the channel answers with their own link, ephemerally", async () => {
    const none = await discord().send(slashCommand(coach, "workout", {}, "plan"), 1);
    expect(textOf(none.messages[0])).toBe(t("workout-no-moderated-groups"));
    await discord().send(slashCommand(member, "help"), 1);
    const groupId = await groupWith(discord().ctx.db, await discord().profileOf(coach), [
      { profile: await discord().profileOf(member), role: "member" },
    ]);

    const pick = await discord().send(slashCommand(coach, "workout", {}, "plan"), 1);
    expect(textOf(pick.messages[0])).toBe(t("workout-pick-plan"));
    const group = button(pick.messages[0], "망원 러닝 크루");
    const kind = await discord().send(buttonPress(coach, group.custom_id, sentMessage(pick.messages[0])), 1);
    const yoga = button(kind.messages[0], t("workout-kind-yoga"));
    const asked = await discord().send(buttonPress(coach, yoga.custom_id, sentMessage(kind.messages[0])), 1);
    const fillIn = button(asked.messages[0], t("discord-fill-in"));
    const form = await discord().send(
      buttonPress(coach, fillIn.custom_id, sentMessage(asked.messages[0])),
      0,
    );
    const formId = form.callback.data?.custom_id ?? "";
    const values = { title: "아침 요가", when: "내일 07:00", minutes: "30", capacity: "" };
    const planned = await discord().send(modalSubmit(coach, formId, values), 2);
    expect(textOf(planned.messages[0])).toBe(t("workout-planned", { title: "아침 요가" }));
    expect(textOf(planned.messages[1])).toContain("🎥");
    const meetup = await discord().ctx.db.meetup.findFirstOrThrow({
      where: { groupId },
      include: { room: true },
    });
    expect(meetup).toMatchObject({ workoutKind: "yoga", title: "아침 요가" });

    const notice = await discord().ctx.db.notification.findFirstOrThrow({
      where: { userId: (await discord().profileOf(member)).userId, messageKey: "notify-workout-new" },
    });
    const going = (notice.buttons as NotificationButton[][])
      .flat()
      .find((b) => b.label.key === "button-rsvp-going");
    const answered = await discord().send(buttonPress(member, going?.action ?? ""), 1);
    const join = button(answered.messages[0], t("button-workout-join"));
    const linked = await discord().send(
      buttonPress(member, join.custom_id, sentMessage(answered.messages[0])),
      1,
    );

    expect((linked.callback.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const [enter] = buttonsOf(linked.messages[0]);
    expect(enter).toMatchObject({ style: LINK_STYLE, label: t("button-room-enter") });
    const seat = await discord().ctx.db.roomParticipant.findFirstOrThrow({
      where: { userId: (await discord().profileOf(member)).userId },
    });
    expect(passInTestLink(enter?.url ?? "")).toMatchObject({
      room: meetup.room?.name,
      seatId: seat.id,
      moderator: false,
    });
  });
});

import { commandAction, shortId } from "../../core/actions.js";
import { hasRole } from "../../core/groups/roles.js";
import type { GroupSummary, GroupView, MyGroup } from "../../core/groups/types.js";
import type { Button, Reply, Text } from "../reply.js";
import { reply, text } from "../reply.js";
import { groupButton } from "./group-button.js";

function distanceText(metres: number | undefined): Text | string {
  if (metres === undefined) return "";
  return metres < 1000 ? text("distance-m", { m: metres }) : text("distance-km", { km: metres / 1000 });
}

function membersText(group: GroupSummary): Text {
  return group.memberLimit === undefined
    ? text("group-members-count", { count: group.memberCount })
    : text("group-members-of-limit", { count: group.memberCount, limit: group.memberLimit });
}

function tagsText(tags: string[]): string | Text {
  return tags.length ? tags.map((tag) => `#${tag}`).join(" ") : text("group-no-tags");
}

function standingText(view: GroupView): Text {
  const { standing } = view;
  if (standing.role) return text(`group-standing-${standing.role}`);
  return text(standing.pendingRequest ? "group-standing-pending" : "group-standing-none");
}

/** The way in a stranger is offered: join at once, ask to join, or answer the question first. */
function joinButton(view: GroupView): Button {
  if (view.joinPolicy === "open") return groupButton("button-group-join", "group_join", view.id);
  return view.joinQuestion
    ? groupButton("button-group-request", "group_apply", view.id)
    : groupButton("button-group-request", "group_join", view.id);
}

function memberButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton("button-group-board", "group_board", id),
      groupButton("button-group-write", "group_write", id),
      // The meetups commands (core/groups/meetups) take the group from the same `g`.
      { label: text("button-group-meetups"), action: commandAction("meetups", { g: shortId(id) }) },
    ],
    [
      groupButton("button-group-members", "group_members", id),
      groupButton("button-group-notice", "group_notice", id),
      groupButton("button-group-leave", "group_leave", id),
    ],
  ];
}

function moderatorButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton(text("button-group-requests", { n: view.pendingRequests ?? 0 }), "group_requests", id),
      groupButton("button-group-announce", "group_write", id, { a: "1" }),
      groupButton("button-group-edit", "group_edit", id),
      groupButton("button-group-kick", "group_kick", id),
    ],
  ];
}

function ownerButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton("button-group-mod", "group_mod", id),
      groupButton("button-group-unmod", "group_unmod", id),
      groupButton("button-group-owner", "group_owner", id),
      groupButton("button-group-delete", "group_delete", id),
    ],
  ];
}

/** What the viewer can do here, by their standing: join, or use the group as far as their role goes. */
function cardButtons(view: GroupView): Button[][] {
  const { role } = view.standing;
  if (!role) return view.standing.pendingRequest ? [] : [[joinButton(view)]];
  return [
    ...memberButtons(view),
    ...(hasRole(role, "moderator") ? moderatorButtons(view) : []),
    ...(role === "owner" ? ownerButtons(view) : []),
  ];
}

/** A group's card: what it is, where (the rounded area), who may join and how, and the viewer's place in it. */
export function groupCard(view: GroupView): Reply {
  const asksQuestion = view.joinPolicy === "approval" && view.joinQuestion;
  return reply(
    "group-card",
    {
      name: view.name,
      category: text(`group-category-${view.category}`),
      tags: tagsText(view.tags),
      description: view.description || "-",
      area: view.areaLabel ?? text("area-unnamed"),
      distance: distanceText(view.distanceM),
      members: membersText(view),
      policy: text(`group-policy-${view.joinPolicy}`),
      question: asksQuestion ? text("group-card-question", { question: view.joinQuestion ?? "" }) : "",
      standing: standingText(view),
      notice: view.postNotice
        ? text("group-card-notice", { notice: text(`group-notice-${view.postNotice}`) })
        : "",
    },
    { buttons: cardButtons(view) },
  );
}

function groupLine(group: GroupSummary | MyGroup, n: number): Text {
  return text("group-line", {
    n,
    name: group.name,
    category: text(`group-category-${group.category}`),
    members: membersText(group),
    where: "role" in group ? text(`group-role-${group.role}`) : distanceText(group.distanceM),
  });
}

/** A numbered list with a button per group to open its card, plus any extra rows. */
export function groupList(
  headingKey: string,
  groups: (GroupSummary | MyGroup)[],
  extraRows: Button[][] = [],
): Reply {
  if (groups.length === 0) return reply(`${headingKey}-empty`, {}, { buttons: extraRows });
  const open = groups.map((group, index) =>
    groupButton(text("button-group-number", { n: index + 1 }), "group_view", group.id),
  );
  const lines = groups.map((group, index) => groupLine(group, index + 1));
  return reply(headingKey, { lines }, { buttons: [open, ...extraRows] });
}

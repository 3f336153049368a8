import { actions } from "../../core/actions/table.js";
import { hasRole } from "../../core/groups/roles.js";
import type { GroupSummary, GroupView, MyGroup } from "../../core/groups/types.js";
import type { Button, Reply, Text } from "../reply.js";
import { reply, text } from "../reply.js";
import { goalText } from "../workouts/goal-text.js";
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
  if (view.joinPolicy === "open") return groupButton("button-group-join", actions.groupJoin, view.id);
  return view.joinQuestion
    ? groupButton("button-group-request", actions.groupApply, view.id)
    : groupButton("button-group-request", actions.groupJoin, view.id);
}

function memberButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton("button-group-board", actions.groupBoard, id),
      groupButton("button-group-write", actions.groupWrite, id),
      groupButton("button-group-meetups", actions.meetups, id),
    ],
    [
      groupButton("button-group-members", actions.groupMembers, id),
      groupButton("button-group-notice", actions.groupNotice, id),
      groupButton("button-group-leave", actions.groupLeave, id),
    ],
  ];
}

function moderatorButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton(text("button-group-requests", { n: view.pendingRequests ?? 0 }), actions.groupRequests, id),
      {
        label: text("button-group-announce"),
        action: actions.groupWrite({ groupId: id, announcement: true }),
      },
      groupButton("button-group-edit", actions.groupEdit, id),
      groupButton("button-group-kick", actions.groupKick, id),
    ],
  ];
}

function ownerButtons(view: GroupView): Button[][] {
  const id = view.id;
  return [
    [
      groupButton("button-group-mod", actions.groupMod, id),
      groupButton("button-group-unmod", actions.groupUnmod, id),
      groupButton("button-group-owner", actions.groupOwner, id),
      groupButton("button-group-delete", actions.groupDelete, id),
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
      goal: view.goal ? text("group-card-goal", { goal: goalText(view.goal) }) : "",
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
    groupButton(text("button-group-number", { n: index + 1 }), actions.groupView, group.id),
  );
  const lines = groups.map((group, index) => groupLine(group, index + 1));
  return reply(headingKey, { lines }, { buttons: [open, ...extraRows] });
}

import { z } from "zod";
import { actions } from "../../core/actions/table.js";
import { decideJoinRequest, joinGroup, leaveGroup } from "../../core/groups/mutations.js";
import { listJoinRequests } from "../../core/groups/queries.js";
import { nameWithBadge } from "../../core/identity/badge.js";
import { type CommandContext, defineCommand } from "../command.js";
import { type Button, type Reply, reply, text } from "../reply.js";
import { showGroup } from "./browse.js";
import { confirmedOnGroup } from "./confirm.js";
import { joinAnswerField } from "./fields.js";
import { onGroup } from "./group-button.js";

/** Requests shown at once: each takes a row of buttons, and Discord shows five rows. */
const REQUESTS_SHOWN = 5;

async function join(ctx: CommandContext, groupId: string, answer?: string): Promise<Reply | Reply[]> {
  const outcome = await joinGroup(ctx.db, ctx.profile.userId, groupId, answer, ctx.now);
  const card = await showGroup(ctx, groupId);
  return [reply(outcome === "joined" ? "group-joined" : "group-requested"), card];
}

/** Join on the card of an open group, or of one that asks nothing before approval. */
export const groupJoin = onGroup("group_join", (ctx, groupId) => join(ctx, groupId));

/** Ask to join a group whose card shows its question: the answer goes to its moderators. */
export const groupApply = defineCommand({
  name: "group_apply",
  descriptionKey: "cmd-mygroups",
  listed: false,
  fields: [joinAnswerField],
  schema: z.object({ groupId: z.uuid(), answer: z.string() }),
  run: (ctx, { groupId, answer }) => join(ctx, groupId, answer),
});

function decisionButtons(groupId: string, requesterId: string, name: string): Button[] {
  const request = { groupId, requesterId };
  return [
    { label: text("button-join-approve-name", { name }), action: actions.joinApprove(request) },
    { label: text("button-join-reject-name", { name }), action: actions.joinReject(request) },
  ];
}

/** The pending requests, oldest first, each with its answer and a row to approve or reject it. */
async function requestList(ctx: CommandContext, groupId: string): Promise<Reply> {
  const requests = await listJoinRequests(ctx.db, groupId, ctx.profile.userId);
  if (requests.length === 0) return reply("group-requests-empty");
  const shown = requests.slice(0, REQUESTS_SHOWN);
  const lines = shown.map((request) =>
    text("group-request-line", { name: nameWithBadge(request), answer: request.answer ?? "-" }),
  );
  return reply(
    "group-requests",
    { lines, more: requests.length - shown.length },
    { buttons: shown.map((request) => decisionButtons(groupId, request.userId, request.displayName)) },
  );
}

export const groupRequests = onGroup("group_requests", requestList);

function decision(name: string, approve: boolean) {
  return defineCommand({
    name,
    descriptionKey: "cmd-mygroups",
    listed: false,
    fields: [],
    schema: z.object({ groupId: z.uuid(), requesterId: z.uuid() }),
    async run(ctx, { groupId, requesterId }) {
      const input = { moderatorId: ctx.profile.userId, groupId, requesterId, approve };
      const outcome = await decideJoinRequest(ctx.db, input, ctx.now);
      return [reply(`group-request-${outcome}`), await requestList(ctx, groupId)];
    },
  });
}

/** The buttons under a request's notification and in the request list. */
export const joinApprove = decision("join_approve", true);
export const joinReject = decision("join_reject", false);

export const groupLeave = confirmedOnGroup(
  "group_leave",
  "group-leave-confirm",
  "member",
  async (ctx, groupId, name) => {
    const outcome = await leaveGroup(ctx.db, ctx.profile.userId, groupId);
    return reply(outcome === "left" ? "group-left" : "group-left-ended", { name });
  },
);

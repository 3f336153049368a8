import { z } from "zod";
import { deleteGroup, editGroup } from "../../core/groups/mutations.js";
import { setPostNotice } from "../../core/groups/posts/mutations.js";
import { joinPolicySchema, postNoticeSchema } from "../../core/groups/schema.js";
import { askAgainWhen, defineCommand } from "../command.js";
import { reply, text } from "../reply.js";
import { showGroup } from "./browse.js";
import { confirmedOnGroup } from "./confirm.js";
import {
  groupDescriptionField,
  groupTagsField,
  joinPolicyField,
  joinQuestionField,
  memberLimitField,
  postNoticeField,
} from "./fields.js";

/** A moderator's settings: each part is asked with a skip button, and what is skipped stays as it was. */
export const groupEdit = defineCommand({
  name: "group_edit",
  descriptionKey: "cmd-mygroups",
  listed: false,
  askOptional: true,
  fields: [
    groupDescriptionField,
    groupTagsField,
    { ...joinPolicyField, optional: true },
    memberLimitField,
    joinQuestionField,
  ],
  schema: z.object({
    groupId: z.uuid(),
    description: z.string().optional(),
    tags: z.array(z.string()).optional(),
    policy: joinPolicySchema.optional(),
    limit: z.number().nullable().optional(),
    question: z.string().optional(),
  }),
  async run(ctx, { groupId, description, tags, policy, limit, question }) {
    return askAgainWhen("group-limit-below-members", "limit", async () => {
      const changes = { description, tags, joinPolicy: policy, memberLimit: limit, joinQuestion: question };
      await editGroup(ctx.db, ctx.profile.userId, groupId, changes);
      return [reply("group-edited"), await showGroup(ctx, groupId)];
    });
  },
});

export const groupDelete = confirmedOnGroup(
  "group_delete",
  "group-delete-confirm",
  "owner",
  async (ctx, groupId, name) => {
    await deleteGroup(ctx.db, ctx.profile.userId, groupId);
    return reply("group-deleted", { name });
  },
);

/** How I hear of new posts in this group: each one, a daily digest, or not at all. */
export const groupNotice = defineCommand({
  name: "group_notice",
  descriptionKey: "cmd-mygroups",
  listed: false,
  fields: [postNoticeField],
  schema: z.object({ groupId: z.uuid(), notice: postNoticeSchema }),
  async run(ctx, { groupId, notice }) {
    await setPostNotice(ctx.db, ctx.profile.userId, groupId, notice, ctx.now);
    return reply("group-notice-set", { notice: text(`group-notice-${notice}`) });
  },
});

import { z } from "zod";
import { createGroup } from "../../core/groups/mutations.js";
import { groupCategorySchema, joinPolicySchema } from "../../core/groups/schema.js";
import { placeSchema } from "../../core/place.js";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";
import { showGroup } from "./browse.js";
import {
  groupAreaField,
  groupCategoryField,
  groupDescriptionField,
  groupNameField,
  groupTagsField,
  joinPolicyField,
  joinQuestionField,
  memberLimitField,
} from "./fields.js";

/**
 * `/group` (Discord `/group create`): name, category, tags, area, who may join, a description,
 * and if wanted a member limit and a question for people asking to join.
 */
export const group = defineCommand({
  name: "group",
  descriptionKey: "cmd-group",
  listed: true,
  discordSubcommand: { parent: "group", name: "create" },
  askOptional: true,
  fields: [
    groupNameField,
    groupCategoryField,
    groupTagsField,
    groupAreaField,
    joinPolicyField,
    groupDescriptionField,
    memberLimitField,
    joinQuestionField,
  ],
  schema: z.object({
    name: z.string(),
    category: groupCategorySchema,
    tags: z.array(z.string()).default([]),
    area: placeSchema,
    policy: joinPolicySchema,
    description: z.string().default(""),
    limit: z.number().nullable().optional(),
    question: z.string().optional(),
  }),
  async run(ctx, args) {
    const groupId = await createGroup(
      ctx.db,
      ctx.profile,
      {
        name: args.name,
        description: args.description,
        category: args.category,
        tags: args.tags,
        area: args.area,
        joinPolicy: args.policy,
        memberLimit: args.limit ?? undefined,
        joinQuestion: args.question,
      },
      ctx.now,
    );
    return [reply("group-created", { name: args.name }), await showGroup(ctx, groupId)];
  },
});

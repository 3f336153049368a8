import { z } from "zod";
import { LINK_CODE_TTL_MS } from "../../core/identity/linking.js";
import { consumeLinkCode, issueLinkCode } from "../../core/identity/mutations.js";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";

/** `/link` shows a one-time code; `/link CODE` on the other messenger joins the two accounts. */
export const link = defineCommand({
  name: "link",
  descriptionKey: "cmd-link",
  listed: true,
  changesPerson: true,
  textArgument: "code",
  fields: [
    {
      kind: "text",
      name: "code",
      labelKey: "field-link-code",
      promptKey: "ask-link-code",
      optional: true,
      maxLength: 20,
      schema: z.string().trim(),
    },
  ],
  schema: z.object({ code: z.string().optional() }),
  async run({ db, profile, account, now }, { code }) {
    if (!code) {
      const issued = await issueLinkCode(db, profile.userId, now);
      return reply("link-code", { code: issued.code, minutes: LINK_CODE_TTL_MS / 60_000 });
    }
    const result = await consumeLinkCode(db, { ...account, userId: profile.userId }, code, now);
    return reply(result.mergedProfile ? "link-done-merged" : "link-done", {
      platform: result.linkedPlatform,
    });
  },
});

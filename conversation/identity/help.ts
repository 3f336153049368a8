import { z } from "zod";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";

export const help = defineCommand({
  name: "help",
  sharedChat: true,
  descriptionKey: "cmd-help",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run({ listed }) {
    return reply("help-intro", {}, { commands: listed });
  },
});

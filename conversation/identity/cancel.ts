import { z } from "zod";
import { defineCommand } from "../command.js";
import { reply } from "../reply.js";

export const cancel = defineCommand({
  name: "cancel",
  sharedChat: true,
  descriptionKey: "cmd-cancel",
  listed: true,
  fields: [],
  schema: z.object({}),
  async run({ interrupted }) {
    return interrupted ? reply("cancel-done") : reply("cancel-nothing");
  },
});

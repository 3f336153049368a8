import { z } from "zod";
import { type CommandContext, defineCommand } from "../command.js";
import { shortIdArgument } from "../fields.js";
import type { Reply } from "../reply.js";

/** A button under a ride message (accept, decline, "it happened"): acts on the group it names. */
export function rideGroupButton(
  name: string,
  run: (ctx: CommandContext, groupId: string) => Promise<Reply | Reply[]>,
) {
  return defineCommand({
    name,
    descriptionKey: "cmd-rides",
    listed: false,
    fields: [],
    presets: ["g"],
    schema: z.object({ g: shortIdArgument }),
    run: (ctx, { g }) => run(ctx, g),
  });
}

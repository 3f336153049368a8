import { z } from "zod";
import { type CommandContext, defineCommand } from "./command.js";
import { shortIdArgument } from "./fields.js";
import type { Reply } from "./reply.js";

/**
 * A button-only command that acts on the one thing its button names (a group, a meetup, a ride
 * group) by the short id under `preset`, asking nothing.
 */
export function idButtonCommand(
  name: string,
  descriptionKey: string,
  preset: string,
  run: (ctx: CommandContext, id: string) => Promise<Reply | Reply[]>,
) {
  return defineCommand({
    name,
    descriptionKey,
    listed: false,
    fields: [],
    presets: [preset],
    schema: z.object({ [preset]: shortIdArgument }),
    run: (ctx, args: Record<string, string>) => run(ctx, args[preset] ?? ""),
  });
}

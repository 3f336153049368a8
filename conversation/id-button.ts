import { z } from "zod";
import { type CommandContext, defineCommand } from "./command.js";
import type { Reply } from "./reply.js";

/**
 * A button-only command that acts on the one thing its button names (a group, a meetup, a ride
 * group) by its id under `argument`, asking nothing.
 */
export function idButtonCommand(
  name: string,
  descriptionKey: string,
  argument: string,
  run: (ctx: CommandContext, id: string) => Promise<Reply | Reply[]>,
) {
  return defineCommand({
    name,
    descriptionKey,
    listed: false,
    fields: [],
    schema: z.object({ [argument]: z.uuid() }),
    run: (ctx, args: Record<string, string>) => run(ctx, args[argument] ?? ""),
  });
}

import type { CommandContext } from "../command.js";
import { idButtonCommand } from "../id-button.js";
import type { Reply } from "../reply.js";

/** A button under a ride message (accept, decline, "it happened"): acts on the group it names. */
export function rideGroupButton(
  name: string,
  run: (ctx: CommandContext, groupId: string) => Promise<Reply | Reply[]>,
) {
  return idButtonCommand(name, "cmd-rides", "rideGroupId", run);
}

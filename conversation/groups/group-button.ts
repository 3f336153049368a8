import type { ActionOn } from "../../core/actions/builder.js";
import type { CommandContext } from "../command.js";
import { idButtonCommand } from "../id-button.js";
import type { Button, Reply, Text } from "../reply.js";
import { text } from "../reply.js";

/** A button that runs `action` on the group. */
export function groupButton(label: string | Text, action: ActionOn<"groupId">, groupId: string): Button {
  return { label: typeof label === "string" ? text(label) : label, action: action({ groupId }) };
}

/** A button-only command that acts on the group it names, asking nothing. */
export function onGroup(
  name: string,
  run: (ctx: CommandContext, groupId: string) => Promise<Reply | Reply[]>,
) {
  return idButtonCommand(name, "cmd-mygroups", "groupId", run);
}

import { commandAction, shortId } from "../../core/actions.js";
import type { CommandContext } from "../command.js";
import { idButtonCommand } from "../id-button.js";
import type { Button, Reply, Text } from "../reply.js";
import { text } from "../reply.js";

/** Button data that runs `command` on the group (`g`), with any further preset arguments. */
export function groupAction(command: string, groupId: string, args: Record<string, string> = {}): string {
  return commandAction(command, { g: shortId(groupId), ...args });
}

export function groupButton(
  label: string | Text,
  command: string,
  groupId: string,
  args: Record<string, string> = {},
): Button {
  return {
    label: typeof label === "string" ? text(label) : label,
    action: groupAction(command, groupId, args),
  };
}

/** A button-only command that acts on the group it names, asking nothing. */
export function onGroup(
  name: string,
  run: (ctx: CommandContext, groupId: string) => Promise<Reply | Reply[]>,
) {
  return idButtonCommand(name, "cmd-mygroups", "g", run);
}

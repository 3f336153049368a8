import { commandAction, shortId } from "../../../core/actions.js";
import type { CommandContext } from "../../command.js";
import { idButtonCommand } from "../../id-button.js";
import { type Button, type Reply, text } from "../../reply.js";

/** Button data that runs `command` on the meetup (`m`), with any further preset arguments. */
export function meetupAction(command: string, meetupId: string, args: Record<string, string> = {}): string {
  return commandAction(command, { m: shortId(meetupId), ...args });
}

export function meetupButton(labelKey: string, command: string, meetupId: string): Button {
  return { label: text(labelKey), action: meetupAction(command, meetupId) };
}

/** A button-only command that acts on the meetup it names, asking nothing. */
export function onMeetup(
  name: string,
  run: (ctx: CommandContext, meetupId: string) => Promise<Reply | Reply[]>,
) {
  return idButtonCommand(name, "cmd-meetups", "m", run);
}

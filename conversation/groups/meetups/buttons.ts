import type { ActionOn } from "../../../core/actions/builder.js";
import type { CommandContext } from "../../command.js";
import { idButtonCommand } from "../../id-button.js";
import { type Button, type Reply, text } from "../../reply.js";

export function meetupButton(labelKey: string, action: ActionOn<"meetupId">, meetupId: string): Button {
  return { label: text(labelKey), action: action({ meetupId }) };
}

/** A button-only command that acts on the meetup it names, asking nothing. */
export function onMeetup(
  name: string,
  run: (ctx: CommandContext, meetupId: string) => Promise<Reply | Reply[]>,
) {
  return idButtonCommand(name, "cmd-meetups", "meetupId", run);
}

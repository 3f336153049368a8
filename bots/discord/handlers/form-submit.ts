import { ComponentType, type ModalSubmitInteraction } from "discord.js";
import type { AppContext } from "../../../runtime/context.js";
import { decodeFormId } from "../forms.js";
import { dispatchAndRespond } from "../respond.js";

/** Every text input of the modal by its custom id, which is the field name. */
function typedValues(interaction: ModalSubmitInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, field] of interaction.fields.fields) {
    if (field.type === ComponentType.TextInput) values[name] = field.value;
  }
  return values;
}

/** A submitted modal fills its command's fields; an unknown form is the dispatcher's to refuse. */
export async function handleFormSubmit(ctx: AppContext, interaction: ModalSubmitInteraction) {
  const command = decodeFormId(interaction.customId)?.command ?? "";
  const input = { kind: "form" as const, command, values: typedValues(interaction) };
  // Metric labels only ever name real commands, whatever a forged custom id says.
  const known = ctx.dispatcher.commands.some((candidate) => candidate.name === command);
  return dispatchAndRespond(ctx, interaction, input, known ? command : "unknown");
}

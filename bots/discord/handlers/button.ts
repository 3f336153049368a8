import type { ButtonInteraction } from "discord.js";
import type { AppContext } from "../../../runtime/context.js";
import { buildFormModal, decodeFormId } from "../forms.js";
import { dispatchAndRespond } from "../respond.js";

/**
 * A "fill in" button opens its modal; any other custom id is dispatcher button data, which the
 * dispatcher checks (a stale or forged id gets the help list).
 */
export async function handleButton(ctx: AppContext, interaction: ButtonInteraction) {
  const form = decodeFormId(interaction.customId);
  const modal = form && buildFormModal(ctx.translator, ctx.dispatcher.commands, form);
  if (modal) return interaction.showModal(modal);
  return dispatchAndRespond(ctx, interaction, { kind: "button", data: interaction.customId }, "button");
}

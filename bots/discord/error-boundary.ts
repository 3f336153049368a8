import type { AppContext } from "../../runtime/context.js";
import { renderReply } from "./render.js";
import { type AnsweredInteraction, languageOf, privacyFlags } from "./respond.js";

/**
 * Only the error's name, message and stack are logged: discord.js REST errors carry the request
 * body, which holds what the person typed or was shown.
 */
function loggable(error: unknown) {
  return error instanceof Error
    ? { type: error.name, message: error.message, stack: error.stack }
    : { error };
}

/** Tells the person something went wrong, in whichever way this interaction still allows. */
async function answerWithError(ctx: AppContext, interaction: AnsweredInteraction) {
  const reply = { text: { key: "error-unexpected" } };
  const message = renderReply(ctx.translator, languageOf(interaction.locale), ctx.dispatcher.commands, reply);
  const flags = privacyFlags(interaction);
  if (interaction.replied) await interaction.followUp(flags ? { ...message, flags } : message);
  else if (interaction.deferred) await interaction.editReply(message);
  else await interaction.reply(flags ? { ...message, flags } : message);
}

/** One per interaction: a bug in handling one never reaches the client or the next interaction. */
export async function withErrorBoundary(
  ctx: AppContext,
  interaction: AnsweredInteraction,
  handle: () => Promise<unknown>,
): Promise<void> {
  // Every line about this interaction carries its id, never what the person wrote.
  const log = ctx.logger.child({ platform: "discord", interactionId: interaction.id });
  try {
    await handle();
  } catch (error) {
    ctx.metrics.updateFailures.inc({ platform: "discord" });
    log.error({ err: loggable(error) }, "discord interaction failed");
    await answerWithError(ctx, interaction).catch((replyError: unknown) =>
      log.warn({ err: loggable(replyError) }, "error reply failed"),
    );
  }
}

import type { Outcome } from "../../conversation/dispatcher.js";
import type { AppContext } from "../../runtime/context.js";
import { toDispatcherInput, type WebInput } from "./schema.js";

const PLATFORM = "web";

/** Known command names only, so typos typed into the page cannot grow the metric's label set. */
function commandLabel(ctx: AppContext, input: WebInput): string {
  if (input.kind !== "command") return input.kind;
  return ctx.dispatcher.commands.some((command) => command.name === input.name) ? input.name : "unknown";
}

/** One persona's input through the shared dispatcher, counted like every messenger's updates. */
export async function dispatchAsPersona(
  ctx: AppContext,
  personaId: string,
  input: WebInput,
): Promise<Outcome> {
  ctx.metrics.updatesHandled.inc({ platform: PLATFORM, kind: input.kind });
  const stopTimer = ctx.metrics.commandSeconds.startTimer({
    platform: PLATFORM,
    command: commandLabel(ctx, input),
  });
  try {
    return await ctx.dispatcher.handle(
      { platform: PLATFORM, externalId: personaId, chatId: personaId },
      await toDispatcherInput(input),
    );
  } catch (error) {
    ctx.metrics.updateFailures.inc({ platform: PLATFORM });
    throw error;
  } finally {
    stopTimer();
  }
}

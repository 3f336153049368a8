import { answerAction, skipAction } from "../core/actions/codec.js";
import type { AppError } from "../core/errors.js";
import type { Command } from "./command.js";
import { type Field, isTyped } from "./fields.js";
import { type Button, inRows, type Reply, reply } from "./reply.js";

const BUTTONS_PER_ROW = 3;

function answerButtons(field: Field): Button[] {
  if (field.kind !== "choice") return [];
  return field.options.map((option) => ({
    label: { key: option.labelKey },
    action: answerAction(field.name, option.value),
  }));
}

function skipButton(field: Field): Button[] {
  if (!field.optional) return [];
  const key = field.skipLabelKey ?? (field.kind === "photos" ? "button-done" : "button-skip");
  return [{ label: { key }, action: skipAction(field.name) }];
}

/**
 * The question for the first of `missing`, with its choices and skip button. Typed questions that
 * follow it come along, so Discord can ask a run of them in one modal.
 */
export function promptReply(command: Command, missing: readonly Field[]): Reply {
  const [next, ...rest] = missing;
  if (!next) throw new Error(`${command.name}: nothing left to ask`);
  const firstUntyped = rest.findIndex((field) => !isTyped(field));
  const textRun = !isTyped(next) ? [] : firstUntyped === -1 ? rest : rest.slice(0, firstUntyped);
  const skip = skipButton(next);
  return reply(
    next.promptKey,
    {},
    {
      buttons: [...inRows(answerButtons(next), BUTTONS_PER_ROW), ...(skip.length ? [skip] : [])],
      prompt: { command: command.name, fields: [next, ...textRun] },
    },
  );
}

/** A refusal as the person reads it: a field's label key in the parameters becomes its label. */
export function errorReply(error: AppError): Reply {
  const { field, ...params } = error.params;
  const named = typeof field === "string" ? { ...params, field: { key: field } } : params;
  if (error.code === "invalid-input" && typeof field === "string") return reply("error-invalid-field", named);
  return reply(`error-${error.code}`, named);
}

/** The list of commands under a short explanation (unknown command, stray text, stale button). */
export function helpReply(key: string, listed: readonly string[]): Reply {
  return reply(key, {}, { commands: [...listed] });
}

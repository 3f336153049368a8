import { Events } from "discord.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../conversation/command.js";
import { allCommands } from "../../conversation/registry.js";
import type { Reply } from "../../conversation/reply.js";
import {
  buttonsOf,
  inputFor,
  screenOf,
  type WalkStep,
  walk,
  walkSettings,
} from "../../conversation/test-walks.js";
import { discordEndToEnd } from "../../test/fake-discord/end-to-end.js";
import { deliver } from "../../test/fake-discord/interact.js";
import { textOf } from "../../test/fake-discord/messages.js";
import {
  buttonPress,
  modalSubmit,
  type Payload,
  type Person,
  slashCommand,
} from "../../test/fake-discord/payloads.js";
import type { RecordedCall } from "../../test/fake-discord/server.js";
import { capturingLogger } from "../../test/logger.js";
import { handleInteraction } from "./bot.js";
import { optionName } from "./definitions.js";
import { encodeFormId } from "./forms.js";

// Walks through the Discord adapter: interactions as the gateway sends them into the real client,
// every command running against PostgreSQL and Redis, replies captured by a local REST stand-in.

const captured = capturingLogger();
const discord = discordEndToEnd(captured.logger);
let pending: Promise<void> | undefined;

beforeAll(() => {
  const { ctx, client } = discord();
  // The same handler, but the walk waits for each interaction to be answered in full.
  client.removeAllListeners(Events.InteractionCreate);
  client.on(Events.InteractionCreate, (interaction) => {
    pending = handleInteraction(ctx, interaction);
  });
});

/** The commands a person can type on Discord: those registered as slash commands. */
const registered = allCommands.filter((command) => command.listed || command.discordSubcommand);

function slashFor(person: Person, command: Command, text: string | undefined): Payload {
  const typed = command.fields.find((field) => field.name === command.textArgument);
  const options = typed && text ? { [optionName(typed)]: text.slice(0, 100) } : {};
  const sub = command.discordSubcommand;
  return sub
    ? slashCommand(person, sub.parent, options, sub.name)
    : slashCommand(person, command.name, options);
}

function payloadFor(
  step: WalkStep,
  person: Person,
  screen: { now: Reply[]; seen: string[] },
): Payload | undefined {
  if (step.kind === "command") {
    const command = registered[step.index % registered.length];
    const input = inputFor(step, allCommands, screen, person.id);
    return command && slashFor(person, command, input?.kind === "command" ? input.text : undefined);
  }
  const input = inputFor(step, allCommands, screen, person.id);
  if (input?.kind === "button") return buttonPress(person, input.data.slice(0, 100));
  if (input?.kind === "form") {
    const fields = Object.keys(input.values);
    const values = Object.fromEntries(
      Object.entries(input.values).map(([name, value]) => [name, value.slice(0, 4000)]),
    );
    return modalSubmit(person, encodeFormId({ command: input.command, language: "ko", fields }), values);
  }
  // Discord has no free text, locations or contacts for a bot: those steps are Telegram's.
  return undefined;
}

const messagesOf = (calls: RecordedCall[], token: string) =>
  calls.filter(
    (call) =>
      call.path.includes(`/${token}`) &&
      ((call.method === "PATCH" && call.path.endsWith("/messages/@original")) ||
        (call.method === "POST" && call.path.startsWith("/api/v10/webhooks/"))),
  );

/** The custom id of each button on a message Discord was asked to show. */
function componentIds(body: unknown): string[][] {
  const rows = (body as { components?: { components?: { custom_id?: string }[] }[] }).components ?? [];
  return rows.map((row) => (row.components ?? []).flatMap((button) => button.custom_id ?? []));
}

let walker = 0;

async function runWalk(steps: WalkStep[]): Promise<void> {
  walker += 1;
  const where = walker % 3 === 0 ? "dm" : "guild";
  const person: Person = {
    id: String(1_500_000_000_000_000_000n + BigInt(walker)),
    username: `walker${walker}`,
    locale: "ko",
    where,
  };
  const generic = (["ko", "en"] as const).map((language) =>
    discord().ctx.translator.translate(language, "error-unexpected"),
  );
  const failuresBefore = captured.records.filter(
    (record) => record.msg === "discord interaction failed",
  ).length;
  let screen: Reply[] = [];
  const seen: string[] = [];
  for (const step of steps) {
    const payload = payloadFor(step, person, { now: screen, seen });
    if (!payload) continue;
    pending = undefined;
    deliver(discord().client, payload);
    await pending;
    const bodies = messagesOf(discord().api.calls, payload.token).map((call) => call.body);
    for (const body of bodies) expect(generic).not.toContain(textOf(body as never));
    seen.push(...buttonsOf(screen));
    screen = screenOf(bodies.map(componentIds));
  }
  const failures = captured.records.filter((record) => record.msg === "discord interaction failed").length;
  expect(failures, "interactions failed").toBe(failuresBefore);
}

describe("the Discord bot, walked", () => {
  it(
    "never answers with the generic error, and no interaction fails",
    async () => {
      await fc.assert(
        fc.asyncProperty(walk(10), (steps) => runWalk(steps)),
        { seed: walkSettings.seed, numRuns: 200 * walkSettings.scale },
      );
    },
    120_000 * walkSettings.scale,
  );
});

// Throughput of the Discord front door (`npx tsx bench/discord-interactions.ts`, or
// `npm run bench:discord`), measured as bench:telegram measures Telegram's: interactions shaped as
// the gateway's INTERACTION_CREATE carries them (test/fake-discord/payloads.ts builds them) are
// handed to a discord.js Client whose listener is the real adapter, `handleInteraction`
// (bots/discord/bot.ts: error boundary, metrics, routing, modals, the real dispatcher on a fresh
// PostgreSQL database and Redis, render, deferred reply, edit and follow-ups). The baseline, in
// the same run, is a bare discord.js Client on the same REST that answers every one of the same
// interactions with a fixed `reply("ok")`. A dispatcher column calls the dispatcher alone with the
// same inputs. Three ways: one interaction after another ("1 user"), 100 users at once (each
// user's interactions in order, as a person clicks), and a fixed offered rate (500/s over 100
// users) for the latency of each interaction.
//
// The REST design. The tests' stand-in (startFakeDiscord, an express server on loopback) costs
// the adapter, which makes two REST calls an interaction on average, twice what it costs the
// baseline, which makes one: over it, HTTP is most of the baseline's time and well over a third
// of the adapter's (measured in the same rounds and printed first), so the ratio would tell as
// much about the stand-in as about honjok. The tables answer REST in process instead: a
// `makeRequest` on the clients' REST options gives every call the answer the stand-in would (204
// for callbacks and deletes, the message test/fake-discord's `sentMessage` builds for edits and
// follow-ups), as bench:telegram's Bot API transformer answers at once. All of discord.js's REST
// but the socket still runs (routes, queues, rate-limit buckets, JSON), for both clients alike.
//
// Rate limits. discord.js counts every request that is not an interaction callback against its
// client-side global limit of 50 requests/s and holds back the rest, interaction webhooks (the
// deferred reply's edit, follow-ups) included, although Discord does not bind interaction
// endpoints to its global limit. The production client (createDiscordBot) keeps that default, so
// past 50 edits and follow-ups a second (about 50 interactions/s here) its answers queue. That
// would hide everything else, so both clients of the tables lift it (globalRequestsPerSecond:
// Infinity); a last section measures the adapter with the default, to show what it costs.
//
// Touches only 127.0.0.1: PostgreSQL on 5432 (a database honjok_bench_<random>, dropped at the
// end), Redis on 6379 (keys under its own prefix, deleted at the end) and the stand-in's port.
import { loadavg } from "node:os";
import {
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  RESTEvents,
  type RESTOptions,
  type ResponseLike,
} from "discord.js";
import pino from "pino";
import { handleInteraction } from "../bots/discord/bot.js";
import { encodeFormId } from "../bots/discord/forms.js";
import type { Input } from "../conversation/dispatcher.js";
import { actions } from "../core/actions/table.js";
import type { AppContext } from "../runtime/context.js";
import { deliver } from "../test/fake-discord/interact.js";
import { GUILD_CHANNEL_ID, GUILD_ID } from "../test/fake-discord/messages.js";
import {
  buttonPress,
  modalSubmit,
  type Payload,
  type Person,
  sentMessage,
  slashCommand,
} from "../test/fake-discord/payloads.js";
import { startFakeDiscord } from "../test/fake-discord/server.js";
import {
  everySenderAtOnce,
  type Handle,
  latencyAtRate,
  measureRounds,
  median,
  OFFERED_PER_SECOND,
  oneAfterAnother,
  percentile,
  printLatencies,
  printRates,
  ROUNDS,
  row,
  SENDERS,
  WARM_UP_INPUTS,
  withFreshContext,
} from "./front-door.js";

/** Two whole name dialogs (three interactions each) for each of the users. */
const INTERACTIONS_PER_ROUND = 600;
/** One dialog each: the HTTP pairs and the rate-limited section, which are slower, take fewer. */
const INTERACTIONS_ASIDE = 300;
const USERS = SENDERS;

/** One interaction: its gateway payload, and what the adapter hands the dispatcher for it. */
interface Step {
  person: Person;
  payload: Payload;
  /** Undefined where the adapter answers alone (a "fill in" button opens its modal). */
  input: Input | undefined;
}
const userOf = (step: Step) => step.person.id;

const people: Person[] = Array.from({ length: USERS }, (_, i) => ({
  id: String(1_600_000_000_000_000_000n + BigInt(i)),
  username: `bench${i}`,
  locale: "ko",
  where: "guild",
}));
const personAt = (i: number) => people[i % people.length] as Person;

/** `/help` from everyone in turn: registration lookup, dispatch, one rendered reply. */
const helpSteps = (count: number): Step[] =>
  Array.from({ length: count }, (_, i) => ({
    person: personAt(i),
    payload: slashCommand(personAt(i), "help"),
    input: { kind: "command", name: "help", options: {} },
  }));

const nameForm = encodeFormId({ command: "profile_name", language: "ko", fields: ["name"] });
/**
 * The name dialog as Discord delivers it, in turn for every user: the profile card's "name"
 * button (a dialog opened in Redis, answered with a prompt and its "fill in" button), the "fill
 * in" button (the adapter opens the modal, no dispatcher), then the modal's submission (the name
 * read, checked and written to PostgreSQL, answered with two messages).
 */
const nameDialogs = (round: number, count = INTERACTIONS_PER_ROUND): Step[] =>
  Array.from({ length: count }, (_, i): Step => {
    const person = personAt(i);
    const stage = Math.floor(i / people.length) % 3;
    if (stage === 0) {
      const data = actions.profileName();
      return { person, payload: buttonPress(person, data), input: { kind: "button", data } };
    }
    if (stage === 1) return { person, payload: buttonPress(person, nameForm), input: undefined };
    const values = { name: `이름${round}-${i}` };
    return {
      person,
      payload: modalSubmit(person, nameForm, values),
      input: { kind: "form", command: "profile_name", values },
    };
  });

/**
 * Node's fetch Response, as discord.js's own `makeRequest` returns it; typed as @discordjs/rest's
 * ResponseLike, which names undici's Response (the same class, another package's types).
 */
const response = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { "content-type": "application/json" },
  }) as unknown as ResponseLike;

/** Discord's REST answered in process, as test/fake-discord's stand-in answers it; counts the calls. */
function answerInProcess() {
  const transport = {
    calls: 0,
    async makeRequest(url: string, init: { method?: string; body?: unknown }): Promise<ResponseLike> {
      transport.calls += 1;
      const path = new URL(url).pathname;
      const { method } = init;
      if (method === "PATCH" || (method === "POST" && path.includes("/webhooks/"))) {
        return response(200, sentMessage(JSON.parse(String(init.body))));
      }
      if (path.endsWith("/callback") || method === "DELETE") return response(204);
      return response(404, { message: "404: Not Found", code: 0 });
    },
  };
  return transport;
}

/** The production client's intents; the REST as given. */
const newClient = (rest: Partial<RESTOptions>) => {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest });
  client.rest.setToken("bench-token");
  return client;
};
const withoutGlobalLimit = { globalRequestsPerSecond: Number.POSITIVE_INFINITY };

/**
 * Delivers each step's payload to `client` as the gateway would and waits until `answer` (the
 * client's only listener) has answered it in full. Delivery emits synchronously, so the promise
 * the listener made is this payload's, however many are under way.
 */
function throughClient(
  client: Client,
  answer: (interaction: Interaction) => Promise<unknown> | undefined,
): Handle<Step> {
  let pending: Promise<unknown> | undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    pending = answer(interaction);
  });
  return async (step) => {
    deliver(client, step.payload);
    const answered = pending;
    pending = undefined;
    if (!answered) throw new Error(`interaction ${step.payload.id} was not answered`);
    await answered;
  };
}

const fixedReply = (interaction: Interaction) =>
  interaction.isRepliable() ? interaction.reply({ content: "ok" }) : undefined;

/** The same inputs straight into the dispatcher, as the adapter hands them over in a server channel. */
function dispatcherAlone(app: AppContext): Handle<Step> {
  const chat = { id: GUILD_CHANNEL_ID, kind: "group" as const, canManage: false, guildId: GUILD_ID };
  return async ({ person, input }) => {
    if (!input) return;
    const identity = {
      platform: "discord" as const,
      externalId: person.id,
      chatId: person.id,
      language: person.locale,
      handle: person.username,
    };
    await app.dispatcher.handle(identity, { ...input, chat, readBy: "person" });
  };
}

/** Every error the adapter logs (its boundary's "discord interaction failed"); the run fails on any. */
function countingLogger() {
  const seen = { count: 0, first: "" };
  const logger = pino(
    { level: "warn" },
    {
      write(line: string) {
        seen.count += 1;
        seen.first ||= line;
      },
    },
  );
  return { logger, seen };
}

const say = (line = "") => process.stdout.write(`${line}\n`);

/** One workload one after another in process, then at once over the stand-in's HTTP: interactions/s. */
interface Paired {
  inProcess: number;
  overHttp: number;
}

/**
 * The medians of each pair, and of the share of an interaction's time that is HTTP, from each
 * pair (1 − time in process / time over HTTP).
 */
function reportHttp(http: Map<string, Record<"adapter" | "baseline", Paired[]>>) {
  const widths = [14, 14, 12, 12, 15, 12, 12];
  say();
  say(
    `The tests' fake REST server (HTTP on loopback) against REST in process, ${ROUNDS} rounds × ${INTERACTIONS_ASIDE}, 1 user: median interactions/s`,
  );
  process.stdout.write(
    row(
      ["", "adapter HTTP", "in process", "HTTP share", "baseline HTTP", "in process", "HTTP share"],
      widths,
    ),
  );
  const dominated = new Set<string>();
  for (const [workload, pairs] of http) {
    const cells = [workload];
    for (const name of ["adapter", "baseline"] as const) {
      const share = median(pairs[name].map((pair) => 1 - pair.overHttp / pair.inProcess));
      if (share > 0.5) dominated.add(`the ${name}'s`);
      cells.push(
        median(pairs[name].map((pair) => pair.overHttp)).toFixed(0),
        median(pairs[name].map((pair) => pair.inProcess)).toFixed(0),
        `${(share * 100).toFixed(0)}%`,
      );
    }
    process.stdout.write(row(cells, widths));
  }
  say(
    dominated.size > 0
      ? `HTTP is most of ${[...dominated].join(" and ")} time: the tables below answer REST in process.`
      : "HTTP is less than half of either's time; the tables below answer REST in process all the same.",
  );
}

async function main() {
  say(
    `load average: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}`,
  );
  const { logger, seen } = countingLogger();
  const api = await startFakeDiscord();
  const clients: Client[] = [];
  try {
    await withFreshContext(logger, async (app) => {
      const adapterRest = answerInProcess();
      const baselineRest = answerInProcess();
      const limitedRest = answerInProcess();
      const adapterClient = newClient({ ...withoutGlobalLimit, makeRequest: adapterRest.makeRequest });
      const baselineClient = newClient({ ...withoutGlobalLimit, makeRequest: baselineRest.makeRequest });
      const httpAdapterClient = newClient({ ...withoutGlobalLimit, api: api.apiRoot });
      const httpBaselineClient = newClient({ ...withoutGlobalLimit, api: api.apiRoot });
      // As createDiscordBot builds it: discord.js's default REST limits.
      const limitedClient = newClient({ makeRequest: limitedRest.makeRequest });
      clients.push(adapterClient, baselineClient, httpAdapterClient, httpBaselineClient, limitedClient);
      const held = { limited: 0, others: 0 };
      for (const client of clients) {
        client.rest.on(RESTEvents.RateLimited, () => {
          if (client === limitedClient) held.limited += 1;
          else held.others += 1;
        });
      }

      const adapt = (interaction: Interaction) => handleInteraction(app, interaction);
      const handlers = {
        adapter: throughClient(adapterClient, adapt),
        baseline: throughClient(baselineClient, fixedReply),
        dispatcher: dispatcherAlone(app),
      };
      const overHttp = {
        adapter: throughClient(httpAdapterClient, adapt),
        baseline: throughClient(httpBaselineClient, fixedReply),
      };
      const limited = throughClient(limitedClient, adapt);

      // Warm up (JIT, connection pools) and register every bench person once, untimed.
      await oneAfterAnother(handlers.baseline, helpSteps(WARM_UP_INPUTS));
      await oneAfterAnother(handlers.adapter, helpSteps(people.length));
      await oneAfterAnother(overHttp.adapter, helpSteps(WARM_UP_INPUTS));
      await oneAfterAnother(overHttp.baseline, helpSteps(WARM_UP_INPUTS));

      // REST calls an interaction makes, from one pass of each workload (untimed).
      const callsPer = async (handle: Handle<Step>, rest: { calls: number }, steps: Step[]) => {
        const before = rest.calls;
        await oneAfterAnother(handle, steps);
        return (rest.calls - before) / steps.length;
      };
      const dialog = () => nameDialogs(0, 3 * people.length);
      const calls = {
        adapter: [
          await callsPer(handlers.adapter, adapterRest, helpSteps(people.length)),
          await callsPer(handlers.adapter, adapterRest, dialog()),
        ],
        baseline: [
          await callsPer(handlers.baseline, baselineRest, helpSteps(people.length)),
          await callsPer(handlers.baseline, baselineRest, dialog()),
        ],
      };

      const workloads = { "/help": () => helpSteps(INTERACTIONS_PER_ROUND), "name dialog": nameDialogs };
      const fewer = {
        "/help": () => helpSteps(INTERACTIONS_ASIDE),
        "name dialog": (round: number) => nameDialogs(round, INTERACTIONS_ASIDE),
      };
      const http = new Map<string, Record<"adapter" | "baseline", Paired[]>>();
      const { rates, latencies } = await measureRounds({
        rounds: ROUNDS,
        handlers,
        workloads,
        modes: {
          "1 user": oneAfterAnother,
          [`${USERS} users`]: (handle, steps) => everySenderAtOnce(handle, steps, userOf),
        },
        latency: (handle, round) => latencyAtRate(handle, nameDialogs(round), OFFERED_PER_SECOND, userOf),
        // What the stand-in's HTTP costs: each workload one after another over HTTP, right after
        // the same in process, so that the machine's load changes little between the two.
        async alsoEachRound(round) {
          for (const [workload, steps] of Object.entries(fewer)) {
            const figures = http.get(workload) ?? { adapter: [], baseline: [] };
            for (const name of ["adapter", "baseline"] as const) {
              const inProcess = await oneAfterAnother(handlers[name], steps(round));
              const overHttpRate = await oneAfterAnother(overHttp[name], steps(round));
              figures[name].push({ inProcess, overHttp: overHttpRate });
            }
            http.set(workload, figures);
            api.calls.length = 0;
          }
        },
      });

      // The default limit, once: /help from 100 users at once, and the name dialogs at 500/s.
      const limitedRate = await everySenderAtOnce(limited, fewer["/help"](), userOf);
      const limitedLatency = await latencyAtRate(
        limited,
        fewer["name dialog"](ROUNDS + 1),
        OFFERED_PER_SECOND,
        userOf,
      );

      if (seen.count > 0)
        throw new Error(`${seen.count} log lines at warn or above; the first: ${seen.first}`);
      if (held.others > 0) throw new Error(`${held.others} requests held by a rate limit that was lifted`);

      reportHttp(http);
      const [adapterHelp, adapterDialog] = calls.adapter.map((figure) => figure.toFixed(2));
      const [baselineHelp, baselineDialog] = calls.baseline.map((figure) => figure.toFixed(2));
      say(
        `REST calls an interaction: adapter ${adapterHelp} (/help), ${adapterDialog} (name dialog); baseline ${baselineHelp}, ${baselineDialog}`,
      );
      printRates(
        `Discord interactions, ${ROUNDS} rounds × ${INTERACTIONS_PER_ROUND}, REST in process: median interactions/s`,
        rates,
      );
      printLatencies(
        `Name dialogs offered at ${OFFERED_PER_SECOND} interactions/s over ${USERS} users: latency of an interaction, ms`,
        latencies,
      );
      say();
      say(
        `The adapter with discord.js's default global limit (50 requests/s), as createDiscordBot builds it, ${INTERACTIONS_ASIDE} interactions:`,
      );
      say(`  /help, ${USERS} users: ${limitedRate.toFixed(0)} interactions/s`);
      const [p50, p99] = [percentile(limitedLatency, 50), percentile(limitedLatency, 99)];
      say(
        `  name dialogs offered at ${OFFERED_PER_SECOND}/s: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms; a request held back ${held.limited} times`,
      );
      say(
        `load average: ${loadavg()
          .map((load) => load.toFixed(1))
          .join(" ")}`,
      );
    });
  } finally {
    for (const client of clients) await client.destroy();
    await api.close();
  }
}

await main();
